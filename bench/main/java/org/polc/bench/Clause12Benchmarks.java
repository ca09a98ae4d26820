package org.polc.bench;

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
 * 第十二条 国家省重点科研任务补助: the generated fast and explained methods against hand-written Java (long 分, the baseline;
 * BigDecimal), Commons JEXL, MVEL, SpEL interpreted and compiled, Drools DMN (decision table, FEEL literal),
 * all on the same 1,024 pre-built random cases, taken in turn so that no branch is constant-folded away.
 * Each engine's inputs are built before timing in the form it takes; what the engine does per call with them
 * (a context, a map lookup) is timed. EnginesAgree checks the amounts before this runs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dfile.encoding=UTF-8")
public class Clause12Benchmarks {

    private static final int N = 1024;
    private Clause12Engines.Case[] cases;
    private Clause12Engines engines;
    private int i;

    @Setup
    public void setUp() {
        cases = Clause12Engines.randomCases(N, 12).toArray(new Clause12Engines.Case[0]);
        engines = new Clause12Engines();
    }

    private Clause12Engines.Case next() {
        i = (i + 1) & (N - 1);
        return cases[i];
    }

    /** The baseline: hand-written over long 分. */
    @Benchmark
    public long handLong() {
        return Clause12Engines.handLong(next());
    }

    @Benchmark
    public Object handBigDecimal() {
        return Clause12Engines.handBigDecimal(next());
    }

    @Benchmark
    public Money generatedFast() {
        return Clause12Engines.generatedFast(next());
    }

    @Benchmark
    public Result generatedExplained() {
        return Clause12Engines.generatedExplained(next());
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
