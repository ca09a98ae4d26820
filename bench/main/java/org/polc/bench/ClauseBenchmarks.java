package org.polc.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.polc.runtime.Money;
import org.polc.runtime.Result;

/**
 * A clause's generated fast and explained methods against hand-written Java (long 分, the baseline; BigDecimal),
 * Commons JEXL, MVEL, SpEL interpreted and compiled, Drools DMN (decision table, FEEL literal), all on the same
 * 1,024 pre-built random cases, taken in turn so that no branch is constant-folded away. Each engine's inputs are
 * built before timing in the form it takes; what the engine does per call with them (a context, a map lookup) is
 * timed. EnginesAgree checks the amounts before this runs. JMH runs the benchmarks of each concrete subclass, one
 * per fork, so every call below reaches a single ClauseEngines class and is inlined.
 *
 * @param <C> the clause's case
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dfile.encoding=UTF-8")
public abstract class ClauseBenchmarks<C extends ClauseEngines.Inputs> {

    private static final int N = 1024;
    private List<C> cases;
    private ClauseEngines<C> engines;
    private int i;

    /** The clause's engines. */
    abstract ClauseEngines<C> engines();

    /** {@code n} random cases of the clause. */
    abstract List<C> randomCases(int n);

    @Setup
    public void setUp() {
        cases = List.copyOf(randomCases(N));
        engines = engines();
    }

    private C next() {
        i = (i + 1) & (N - 1);
        return cases.get(i);
    }

    /** The baseline: hand-written over long 分. */
    @Benchmark
    public long handLong() {
        return engines.handLong(next());
    }

    @Benchmark
    public Object handBigDecimal() {
        return engines.handBigDecimal(next());
    }

    @Benchmark
    public Money generatedFast() {
        return engines.generatedFast(next());
    }

    @Benchmark
    public Result generatedExplained() {
        return engines.generatedExplained(next());
    }

    @Benchmark
    public Object jexl() {
        return engines.jexl(next());
    }

    @Benchmark
    public Object mvel() {
        return engines.mvel(next());
    }

    @Benchmark
    public Object spelInterpreted() {
        return engines.spelInterpreted(next());
    }

    /** Inexact: double arithmetic (see EnginesAgree's report). */
    @Benchmark
    public Object spelCompiledDouble() {
        return engines.spelCompiled(next());
    }

    @Benchmark
    public Object dmnDecisionTable() {
        return engines.dmnTable(next());
    }

    @Benchmark
    public Object dmnFeelLiteral() {
        return engines.dmnLiteral(next());
    }
}
