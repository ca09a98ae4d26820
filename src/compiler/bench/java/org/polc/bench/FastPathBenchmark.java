package org.polc.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Random;
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
import org.polc.policies.hangzhou2024.Clause12;
import org.polc.policies.hangzhou2024.Clause14;
import org.polc.policies.hangzhou2024.Clause48;
import org.polc.runtime.Money;
import org.polc.runtime.Result;

/**
 * Issue 12, items 2 and 3: for clauses 14, 12 and 48, the generated fast method against hand-written Java
 * over long 分 (the floor), and the explained method with and without reading its text, all in one run
 * so that the ratios compare like with like. Inputs cycle through 1,024 pre-built cases (amounts with
 * 分, so products round) so that no branch is constant-folded away; before timing, {@link #setUp}
 * checks that the hand-written code and the generated methods give the same amount on every case.
 *
 * <p>{@code fast*} and {@code explained*} call the private positional methods (the values the public
 * method reads from its {@code Inputs}) through a constant {@link MethodHandle}, which the JIT inlines
 * like a direct call: that is the generated computation itself. {@code fast*Inputs} call the public
 * method with pre-built {@code Inputs}, so they add what reading the named inputs costs (an array access
 * in {@code Facts} each). {@code handWritten*Money} are the hand-written floor with the generated
 * method's boundary ({@code Money} in, checked; {@code Money} out), so that the gap between
 * {@code handWritten*} and {@code fast*} splits into the boundary and the generator.
 *
 * <p>Run: {@code mvn -B -Pcompiler-bench -DskipTests verify -pl src/compiler -am -Dpolc.bench=FastPathBenchmark},
 * or with {@code -prof gc} for allocation as docs/performance.md shows ({@code bench/measure-all.sh} does it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FastPathBenchmark {

    private static final int N = 1024;

    private static final MethodHandle FAST_14;
    private static final MethodHandle EXPLAINED_14;
    private static final MethodHandle FAST_12;
    private static final MethodHandle EXPLAINED_12;
    private static final MethodHandle FAST_48;
    private static final MethodHandle EXPLAINED_48;

    static {
        try {
            MethodType c14 = MethodType.methodType(Money.class, Money.class, Money.class, boolean.class, boolean.class,
                    Clause14.经营规模.class);
            MethodType c12 = MethodType.methodType(Money.class, boolean.class, Clause12.项目类型.class, Money.class);
            MethodType c48 = MethodType.methodType(Money.class, Money.class, boolean.class, Money.class);
            MethodHandles.Lookup l14 = MethodHandles.privateLookupIn(Clause14.class, MethodHandles.lookup());
            MethodHandles.Lookup l12 = MethodHandles.privateLookupIn(Clause12.class, MethodHandles.lookup());
            MethodHandles.Lookup l48 = MethodHandles.privateLookupIn(Clause48.class, MethodHandles.lookup());
            FAST_14 = l14.findStatic(Clause14.class, "研发投入补助金额", c14);
            EXPLAINED_14 = l14.findStatic(Clause14.class, "研发投入补助", c14.changeReturnType(Result.class));
            FAST_12 = l12.findStatic(Clause12.class, "竞争类市重点科研项目补助金额", c12);
            EXPLAINED_12 = l12.findStatic(Clause12.class, "竞争类市重点科研项目补助", c12.changeReturnType(Result.class));
            FAST_48 = l48.findStatic(Clause48.class, "出口信用保险资助金额", c48);
            EXPLAINED_48 = l48.findStatic(Clause48.class, "出口信用保险资助", c48.changeReturnType(Result.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // clause 14: 研发投入补助
    private final long[] thisYear = new long[N];
    private final long[] lastYear = new long[N];
    private final boolean[] hiTech = new boolean[N];
    private final boolean[] small = new boolean[N];
    private final Money[] thisYearMoney = new Money[N];
    private final Money[] lastYearMoney = new Money[N];
    private final Clause14.经营规模[] scale = new Clause14.经营规模[N];
    private final Clause14.Inputs[] inputs14 = new Clause14.Inputs[N];

    // clause 12: 竞争类市重点科研项目补助
    private final boolean[] undertaken = new boolean[N];
    private final Clause12.项目类型[] projectType = new Clause12.项目类型[N];
    private final long[] invested = new long[N];
    private final Money[] investedMoney = new Money[N];
    private final Clause12.Inputs[] inputs12 = new Clause12.Inputs[N];

    // clause 48: 出口信用保险资助
    private final long[] premium = new long[N];
    private final boolean[] manufacturer = new boolean[N];
    private final long[] received = new long[N];
    private final Money[] premiumMoney = new Money[N];
    private final Money[] receivedMoney = new Money[N];
    private final Clause48.Inputs[] inputs48 = new Clause48.Inputs[N];

    private int i;

    @Setup
    public void setUp() throws Throwable {
        Random random = new Random(14);
        Clause12.项目类型[] types = Clause12.项目类型.values();
        for (int k = 0; k < N; k++) {
            lastYear[k] = random.nextInt(500_000_000);                     // up to 500万元, in 分
            thisYear[k] = lastYear[k] + random.nextInt(800_000_000);
            if (k % 64 == 0) {
                thisYear[k] += 60_000_000_000L;                            // now and then above 5亿元
            }
            hiTech[k] = random.nextBoolean();
            small[k] = random.nextBoolean();
            thisYearMoney[k] = Money.ofFen(thisYear[k]);
            lastYearMoney[k] = Money.ofFen(lastYear[k]);
            scale[k] = small[k] ? Clause14.经营规模.符合认定标准 : Clause14.经营规模.超过认定标准;
            inputs14[k] = Clause14.Inputs.builder().年度研发投入额(thisYearMoney[k]).上年度研发投入额(lastYearMoney[k])
                    .经认定的科技型中小企业(true).经认定的高新技术企业(hiTech[k]).经营规模(scale[k]).build();

            undertaken[k] = random.nextInt(8) != 0;
            projectType[k] = random.nextInt(4) == 0 ? types[random.nextInt(types.length)] : types[0];
            invested[k] = random.nextInt(2_000_000_000);                   // up to 2000万元: the cap of 300万元 bites
            investedMoney[k] = Money.ofFen(invested[k]);
            inputs12[k] = Clause12.Inputs.builder().企业承担(undertaken[k]).项目类型(projectType[k])
                    .实际投入额(investedMoney[k]).build();

            premium[k] = random.nextInt(1_000_000_000);                    // up to 1000万元
            manufacturer[k] = random.nextBoolean();
            received[k] = random.nextInt(600_000_000);                     // up to 600万元: past the 500万元 ceiling too
            premiumMoney[k] = Money.ofFen(premium[k]);
            receivedMoney[k] = Money.ofFen(received[k]);
            inputs48[k] = Clause48.Inputs.builder().出口信用保险投保费(premiumMoney[k]).符合条件的制造业企业(manufacturer[k])
                    .已获出口信用保险资助额(receivedMoney[k]).build();
        }
        // The same amounts, or the timings compare different things.
        for (int k = 0; k < N; k++) {
            same(14, k, at(k).handWritten14(), at(k).fast14(), at(k).explained14().amount(),
                    Clause14.研发投入补助金额(inputs14[k]));
            same(14, k, at(k).handWritten14(), at(k).handWritten14Money(), at(k).fast14(), at(k).fast14());
            same(12, k, at(k).handWritten12(), at(k).fast12(), at(k).explained12().amount(),
                    Clause12.竞争类市重点科研项目补助金额(inputs12[k]));
            same(12, k, at(k).handWritten12(), at(k).handWritten12Money(), at(k).fast12(), at(k).fast12());
            same(48, k, at(k).handWritten48(), at(k).fast48(), at(k).explained48().amount(),
                    Clause48.出口信用保险资助金额(inputs48[k]));
            same(48, k, at(k).handWritten48(), at(k).handWritten48Money(), at(k).fast48(), at(k).fast48());
        }
        i = 0;
    }

    private static void same(int clause, int k, long hand, Money fast, Money explained, Money named) {
        if (fast.fen() != hand || explained.fen() != hand || named.fen() != hand) {
            throw new IllegalStateException("clause " + clause + ", case " + k + ": hand-written " + hand + " 分, fast "
                    + fast + ", explained " + explained + ", through Inputs " + named);
        }
    }

    /** This state, with case k next. */
    private FastPathBenchmark at(int k) {
        i = (k - 1) & (N - 1);
        return this;
    }

    private int next() {
        i = (i + 1) & (N - 1);
        return i;
    }

    // ------------------------------------------------------------ clause 14

    /** The floor: what a careful programmer writes by hand over long 分 (inputs already checked). */
    @Benchmark
    public long handWritten14() {
        int k = next();
        long now = thisYear[k];
        long increase = now - lastYear[k];
        if (small[k]) {
            if (now >= 100_000_000_00L) {
                return 2_000_000_00L;
            }
            if (increase >= 2_000_000_00L) {
                return Math.min((increase * 5 + 50) / 100, 2_000_000_00L);
            }
            return 0;
        }
        if (now >= 500_000_000_00L) {
            return 3_000_000_00L;
        }
        if (increase >= 5_000_000_00L) {
            return Math.min((increase * 5 + 50) / 100, 3_000_000_00L);
        }
        return 0;
    }

    private static final Money AWARD_200 = Money.ofFen(2_000_000_00L);
    private static final Money AWARD_300 = Money.ofFen(3_000_000_00L);

    /**
     * The same floor with the generated method's boundary: Money in, inputs checked (null, negative) as
     * the generated code checks them, Money out (a constant, zero, or one new object). What this costs
     * over {@link #handWritten14} is the boundary, not the generator.
     */
    @Benchmark
    public Money handWritten14Money() {
        int k = next();
        Money nowMoney = thisYearMoney[k];
        Money lastMoney = lastYearMoney[k];
        Clause14.经营规模 size = scale[k];
        if (nowMoney == null || lastMoney == null || size == null || nowMoney.signum() < 0 || lastMoney.signum() < 0) {
            throw new IllegalArgumentException("输入不合格");
        }
        long now = nowMoney.fen();
        long increase = Math.subtractExact(now, lastMoney.fen());
        return size == Clause14.经营规模.符合认定标准
                ? tier14(now, increase, 100_000_000_00L, 2_000_000_00L, AWARD_200)
                : tier14(now, increase, 500_000_000_00L, 5_000_000_00L, AWARD_300);
    }

    /** One tier of clause 14: the fixed award from {@code direct} on, else 5% of the increase from {@code threshold} on, at most the award. */
    private static Money tier14(long now, long increase, long direct, long threshold, Money award) {
        if (now >= direct) {
            return award;
        }
        if (increase >= threshold) {
            long amount = Math.multiplyExact(increase, 5L);
            return amount >= award.fen() * 100 ? award : Money.ofFen((amount + 50) / 100);
        }
        return Money.ZERO;
    }

    @Benchmark
    public Money fast14() throws Throwable {
        int k = next();
        return (Money) FAST_14.invokeExact(thisYearMoney[k], lastYearMoney[k], true, hiTech[k], scale[k]);
    }

    @Benchmark
    public Money fast14Inputs() {
        return Clause14.研发投入补助金额(inputs14[next()]);
    }

    @Benchmark
    public Result explained14() throws Throwable {
        int k = next();
        return (Result) EXPLAINED_14.invokeExact(thisYearMoney[k], lastYearMoney[k], true, hiTech[k], scale[k]);
    }

    @Benchmark
    public String explained14Read() throws Throwable {
        return explained14().explanation();
    }

    // ------------------------------------------------------------ clause 12

    /** 企业承担的竞争类市重点科研项目：实际投入额 × 20%（四舍五入到分），最高 300万元. */
    @Benchmark
    public long handWritten12() {
        int k = next();
        if (undertaken[k] && projectType[k] == Clause12.项目类型.竞争类市重点科研项目) {
            return Math.min((invested[k] + 2) / 5, 3_000_000_00L);
        }
        return 0;
    }

    private static final Money CAP_300 = Money.ofFen(3_000_000_00L);

    /** {@link #handWritten12} with the generated method's boundary (Money in, checked; Money out). */
    @Benchmark
    public Money handWritten12Money() {
        int k = next();
        Money investedAmount = investedMoney[k];
        Clause12.项目类型 type = projectType[k];
        if (investedAmount == null || type == null || investedAmount.signum() < 0) {
            throw new IllegalArgumentException("输入不合格");
        }
        if (undertaken[k] && type == Clause12.项目类型.竞争类市重点科研项目) {
            long amount = (investedAmount.fen() + 2) / 5;
            return amount >= 3_000_000_00L ? CAP_300 : Money.ofFen(amount);
        }
        return Money.ZERO;
    }

    @Benchmark
    public Money fast12() throws Throwable {
        int k = next();
        return (Money) FAST_12.invokeExact(undertaken[k], projectType[k], investedMoney[k]);
    }

    @Benchmark
    public Money fast12Inputs() {
        return Clause12.竞争类市重点科研项目补助金额(inputs12[next()]);
    }

    @Benchmark
    public Result explained12() throws Throwable {
        int k = next();
        return (Result) EXPLAINED_12.invokeExact(undertaken[k], projectType[k], investedMoney[k]);
    }

    @Benchmark
    public String explained12Read() throws Throwable {
        return explained12().explanation();
    }

    // ------------------------------------------------------------ clause 48

    /** 投保费 × 65%（制造业企业）或 × 60%，四舍五入到分；累计最高 500万元，扣除已获. */
    @Benchmark
    public long handWritten48() {
        int k = next();
        long amount = manufacturer[k] ? (premium[k] * 13 + 10) / 20 : (premium[k] * 3 + 2) / 5;
        long remaining = Math.max(5_000_000_00L - received[k], 0);
        return Math.min(amount, remaining);
    }

    /** {@link #handWritten48} with the generated method's boundary (Money in, checked; Money out). */
    @Benchmark
    public Money handWritten48Money() {
        int k = next();
        Money premiumAmount = premiumMoney[k];
        Money receivedAmount = receivedMoney[k];
        if (premiumAmount == null || receivedAmount == null || premiumAmount.signum() < 0 || receivedAmount.signum() < 0) {
            throw new IllegalArgumentException("输入不合格");
        }
        long p = premiumAmount.fen();
        long amount = manufacturer[k] ? (Math.multiplyExact(p, 13L) + 10) / 20 : (Math.multiplyExact(p, 3L) + 2) / 5;
        long remaining = Math.max(5_000_000_00L - receivedAmount.fen(), 0);
        return Money.ofFen(Math.min(amount, remaining));
    }

    @Benchmark
    public Money fast48() throws Throwable {
        int k = next();
        return (Money) FAST_48.invokeExact(premiumMoney[k], manufacturer[k], receivedMoney[k]);
    }

    @Benchmark
    public Money fast48Inputs() {
        return Clause48.出口信用保险资助金额(inputs48[next()]);
    }

    @Benchmark
    public Result explained48() throws Throwable {
        int k = next();
        return (Result) EXPLAINED_48.invokeExact(premiumMoney[k], manufacturer[k], receivedMoney[k]);
    }

    @Benchmark
    public String explained48Read() throws Throwable {
        return explained48().explanation();
    }
}
