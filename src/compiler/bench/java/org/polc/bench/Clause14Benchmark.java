package org.polc.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.polc.Compiler;
import org.polc.eval.Interpreter;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.policies.hangzhou2024.Clause14;
import org.polc.runtime.Money;
import org.polc.runtime.Result;

/**
 * Clause 十四 four ways: hand-written Java over long 分 (the floor), the generated fast method, the
 * generated explained method, and the interpreter behind polc eval. Inputs cycle through 1,024
 * pre-built cases so that no branch is constant-folded away.
 *
 * <p>Run: mvn -B -Pbench -DskipTests verify
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Clause14Benchmark {

    private static final int N = 1024;
    private final long[] thisYear = new long[N];
    private final long[] lastYear = new long[N];
    private final Money[] thisYearMoney = new Money[N];
    private final Money[] lastYearMoney = new Money[N];
    private final boolean[] small = new boolean[N];
    private final Clause14.Inputs[] inputs = new Clause14.Inputs[N];
    private final Map<String, Object>[] facts = newMaps();
    private Clause clause;
    private Calculator calculator;
    private int i;

    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] newMaps() {
        return new Map[N];
    }

    @Setup
    public void setUp() {
        java.util.Random random = new java.util.Random(14);
        for (int k = 0; k < N; k++) {
            lastYear[k] = random.nextInt(5_000_000) * 100L;           // up to 500万元, in 分
            thisYear[k] = lastYear[k] + random.nextInt(8_000_000) * 100L;
            small[k] = random.nextBoolean();
            thisYearMoney[k] = Money.ofFen(thisYear[k]);
            lastYearMoney[k] = Money.ofFen(lastYear[k]);
            Map<String, Object> f = new LinkedHashMap<>();
            inputs[k] = Clause14.Inputs.builder().经认定的科技型中小企业(true).经认定的高新技术企业(false)
                    .经营规模(small[k] ? Clause14.经营规模.符合认定标准 : Clause14.经营规模.超过认定标准)
                    .年度研发投入额(thisYearMoney[k]).上年度研发投入额(lastYearMoney[k]).build();
            f.put("经认定的科技型中小企业", true);
            f.put("经认定的高新技术企业", false);
            f.put("经营规模", small[k] ? "符合认定标准" : "超过认定标准");
            f.put("年度研发投入额", thisYearMoney[k]);
            f.put("上年度研发投入额", lastYearMoney[k]);
            facts[k] = f;
        }
        Compiler.Compilation c = Compiler.compile(Path.of(System.getProperty("polc.policies", "policies")));
        clause = c.clauses().stream().filter(x -> x.number() == 14).findFirst().orElseThrow();
        calculator = clause.calculators().get(0);
    }

    private int next() {
        i = (i + 1) & (N - 1);
        return i;
    }

    /** The floor: what a careful programmer writes by hand over long 分. */
    @Benchmark
    public long handWrittenLongFen() {
        int k = next();
        long now = thisYear[k];
        long increase = now - lastYear[k];
        if (small[k]) {
            if (now >= 100_000_000_00L) {
                return 2_000_000_00L;
            }
            if (increase >= 2_000_000_00L) {
                return Math.min(Math.floorDiv(increase * 5 + 50, 100), 2_000_000_00L);
            }
            return 0;
        }
        if (now >= 500_000_000_00L) {
            return 3_000_000_00L;
        }
        if (increase >= 5_000_000_00L) {
            return Math.min(Math.floorDiv(increase * 5 + 50, 100), 3_000_000_00L);
        }
        return 0;
    }

    @Benchmark
    public Money generatedFast() {
        return Clause14.研发投入补助金额(inputs[next()]);
    }

    @Benchmark
    public Result generatedExplained() {
        return Clause14.研发投入补助(inputs[next()]);
    }

    @Benchmark
    public Result interpreter() {
        return new Interpreter(clause, facts[next()]).calculate(calculator);
    }
}
