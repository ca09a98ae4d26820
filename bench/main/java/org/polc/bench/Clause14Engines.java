package org.polc.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.polc.policies.hangzhou2024.Clause14;
import org.polc.runtime.Money;
import org.polc.runtime.Result;

/**
 * 第十四条 研发投入补助 (policies/hangzhou2024/part2.pol) in every engine. The .pol:
 *
 * <pre>
 * 定义 新增额 = 年度研发投入额 - 上年度研发投入额
 * 补助 研发投入补助 最高 300万元：
 *   若 非 （经认定的科技型中小企业 或 经认定的高新技术企业） 则 不予
 *   否则若 经营规模 为 符合认定标准 则
 *     若 年度研发投入额 达 1亿元 以上 则 给予 200万元
 *     否则若 新增额 200万元 以上 则 按不超过 新增额 × 5% 给予，最高 200万元
 *     否则 不予
 *   否则
 *     若 年度研发投入额 达 5亿元 以上 则 给予 300万元
 *     否则若 新增额 500万元 以上 则 按不超过 新增额 × 5% 给予，最高 300万元
 *     否则 不予
 * </pre>
 *
 * Rounding as polc declares it: the product rounded half up to 分, then the cap. Every engine but the
 * hand-written {@code long} one works in yuan.
 */
public final class Clause14Engines extends ClauseEngines<Clause14Engines.Case> {

    static final String MEETS = "符合认定标准";
    static final String EXCEEDS = "超过认定标准";

    /** One enterprise's inputs in the form each engine takes, built once, before timing. */
    public static final class Case extends ClauseEngines.Inputs {
        final long thisYearFen;
        final long lastYearFen;
        final boolean smallTech;
        final boolean highTech;
        final boolean meets;
        final Clause14.Inputs inputs;
        final BigDecimal thisYear;
        final BigDecimal lastYear;

        Case(long thisYearFen, long lastYearFen, boolean smallTech, boolean highTech, boolean meets) {
            super(Map.of("thisYear", Amounts.yuan(thisYearFen), "lastYear", Amounts.yuan(lastYearFen), "smallTech", smallTech,
                    "highTech", highTech, "scale", meets ? MEETS : EXCEEDS),
                    new Big(Amounts.yuan(thisYearFen), Amounts.yuan(lastYearFen), smallTech, highTech, meets ? MEETS : EXCEEDS),
                    new Dbl(thisYearFen / 100.0, lastYearFen / 100.0, smallTech, highTech, meets ? MEETS : EXCEEDS));
            this.thisYearFen = thisYearFen;
            this.lastYearFen = lastYearFen;
            this.smallTech = smallTech;
            this.highTech = highTech;
            this.meets = meets;
            this.inputs = Clause14.Inputs.builder()
                    .年度研发投入额(Money.ofFen(thisYearFen))
                    .上年度研发投入额(Money.ofFen(lastYearFen))
                    .经认定的科技型中小企业(smallTech)
                    .经认定的高新技术企业(highTech)
                    .经营规模(meets ? Clause14.经营规模.符合认定标准 : Clause14.经营规模.超过认定标准)
                    .build();
            this.thisYear = Amounts.yuan(thisYearFen);
            this.lastYear = Amounts.yuan(lastYearFen);
        }

        @Override
        public String toString() {
            return "年度研发投入额 " + thisYear + "元，上年度 " + lastYear + "元，科技型中小企业 " + smallTech + "，高新技术企业 "
                    + highTech + "，经营规模 " + (meets ? MEETS : EXCEEDS);
        }
    }

    /** SpEL's root over BigDecimal yuan. */
    public record Big(BigDecimal thisYear, BigDecimal lastYear, boolean smallTech, boolean highTech, String scale) {
        public BigDecimal getThisYear() {
            return thisYear;
        }

        public BigDecimal getLastYear() {
            return lastYear;
        }

        public boolean isSmallTech() {
            return smallTech;
        }

        public boolean isHighTech() {
            return highTech;
        }

        public String getScale() {
            return scale;
        }
    }

    /** SpEL's root over double yuan (all SpEL can compile). */
    public record Dbl(double thisYear, double lastYear, boolean smallTech, boolean highTech, String scale) {
        public double getThisYear() {
            return thisYear;
        }

        public double getLastYear() {
            return lastYear;
        }

        public boolean isSmallTech() {
            return smallTech;
        }

        public boolean isHighTech() {
            return highTech;
        }

        public String getScale() {
            return scale;
        }
    }

    // The same nested choice in each engine's syntax; 新增额 is written out where the engine has no definitions.
    static final String JEXL = """
            !(smallTech || highTech) ? 0.0B
            : scale == '符合认定标准'
              ? (thisYear >= 100000000.0B ? 2000000.0B
                 : (thisYear - lastYear) >= 2000000.0B ? ((thisYear - lastYear) * 0.05B).setScale(2, HALF_UP).min(2000000.0B)
                 : 0.0B)
              : (thisYear >= 500000000.0B ? 3000000.0B
                 : (thisYear - lastYear) >= 5000000.0B ? ((thisYear - lastYear) * 0.05B).setScale(2, HALF_UP).min(3000000.0B)
                 : 0.0B)
            """;

    // Not .min(2000000.0B): MVEL 2.5.2's ASM optimizer, which takes over after about 50 evaluations, fails on a
    // BigDecimal literal as a method argument (IllegalArgumentException "value 2000000.0" from SymbolTable.addConstant).
    static final String MVEL = """
            !(smallTech || highTech) ? 0.0B
            : (scale == '符合认定标准'
              ? (thisYear >= 100000000.0B ? 2000000.0B
                 : ((thisYear - lastYear) >= 2000000.0B
                    ? ((thisYear - lastYear) * 0.05B).setScale(2, java.math.RoundingMode.HALF_UP).min(java.math.BigDecimal.valueOf(2000000)) : 0.0B))
              : (thisYear >= 500000000.0B ? 3000000.0B
                 : ((thisYear - lastYear) >= 5000000.0B
                    ? ((thisYear - lastYear) * 0.05B).setScale(2, java.math.RoundingMode.HALF_UP).min(java.math.BigDecimal.valueOf(3000000)) : 0.0B)))
            """;

    // SpEL over BigDecimal: a BigDecimal operand makes SpEL convert the other (0.05, 2000000) to BigDecimal
    // through its decimal text, so the arithmetic is exact.
    static final String SPEL_DECIMAL = """
            !(smallTech or highTech) ? 0
            : (scale == '符合认定标准'
              ? (thisYear >= 100000000 ? 2000000
                 : ((thisYear - lastYear) >= 2000000
                    ? ((thisYear - lastYear) * 0.05).setScale(2, T(java.math.RoundingMode).HALF_UP).min(new java.math.BigDecimal('2000000')) : 0))
              : (thisYear >= 500000000 ? 3000000
                 : ((thisYear - lastYear) >= 5000000
                    ? ((thisYear - lastYear) * 0.05).setScale(2, T(java.math.RoundingMode).HALF_UP).min(new java.math.BigDecimal('3000000')) : 0)))
            """;

    // SpEL over double, the form SpEL compiles: half up to 分 as floor(x × 100 + 0.5) / 100.
    static final String SPEL_DOUBLE = """
            !(smallTech or highTech) ? 0.0
            : (scale == '符合认定标准'
              ? (thisYear >= 1.0E8 ? 2000000.0
                 : ((thisYear - lastYear) >= 2000000.0
                    ? T(java.lang.Math).min(T(java.lang.Math).floor((thisYear - lastYear) * 0.05 * 100.0 + 0.5) / 100.0, 2000000.0) : 0.0))
              : (thisYear >= 5.0E8 ? 3000000.0
                 : ((thisYear - lastYear) >= 5000000.0
                    ? T(java.lang.Math).min(T(java.lang.Math).floor((thisYear - lastYear) * 0.05 * 100.0 + 0.5) / 100.0, 3000000.0) : 0.0)))
            """;

    private static final BigDecimal YI_1 = new BigDecimal("100000000");
    private static final BigDecimal YI_5 = new BigDecimal("500000000");
    private static final BigDecimal WAN_200 = new BigDecimal("2000000");
    private static final BigDecimal WAN_300 = new BigDecimal("3000000");
    private static final BigDecimal WAN_500 = new BigDecimal("5000000");
    private static final BigDecimal PERCENT_5 = new BigDecimal("0.05");

    Clause14Engines() {
        super(JEXL, MVEL, SPEL_DECIMAL, SPEL_DOUBLE, "dmn/clause14.dmn", checkCases());
    }

    /** The floor: what a careful programmer writes by hand over long 分 (half up: + 10 before ÷ 20). */
    @Override
    long handLong(Case c) {
        if (!(c.smallTech || c.highTech)) {
            return 0;
        }
        long now = c.thisYearFen;
        long increase = now - c.lastYearFen;
        if (c.meets) {
            if (now >= 100_000_000_00L) {
                return 2_000_000_00L;
            }
            if (increase >= 2_000_000_00L) {
                return Math.min((increase + 10) / 20, 2_000_000_00L);
            }
            return 0;
        }
        if (now >= 500_000_000_00L) {
            return 3_000_000_00L;
        }
        if (increase >= 5_000_000_00L) {
            return Math.min((increase + 10) / 20, 3_000_000_00L);
        }
        return 0;
    }

    /** By hand over BigDecimal yuan. */
    @Override
    BigDecimal handBigDecimal(Case c) {
        if (!(c.smallTech || c.highTech)) {
            return BigDecimal.ZERO;
        }
        BigDecimal now = c.thisYear;
        BigDecimal increase = now.subtract(c.lastYear);
        if (c.meets) {
            if (now.compareTo(YI_1) >= 0) {
                return WAN_200;
            }
            if (increase.compareTo(WAN_200) >= 0) {
                return increase.multiply(PERCENT_5).setScale(2, RoundingMode.HALF_UP).min(WAN_200);
            }
            return BigDecimal.ZERO;
        }
        if (now.compareTo(YI_5) >= 0) {
            return WAN_300;
        }
        if (increase.compareTo(WAN_500) >= 0) {
            return increase.multiply(PERCENT_5).setScale(2, RoundingMode.HALF_UP).min(WAN_300);
        }
        return BigDecimal.ZERO;
    }

    @Override
    Money generatedFast(Case c) {
        return Clause14.研发投入补助金额(c.inputs);
    }

    @Override
    Result generatedExplained(Case c) {
        return Clause14.研发投入补助(c.inputs);
    }

    /** The check's cases: each threshold and cap on both sides, every rounding remainder, then random ones. */
    static List<Case> checkCases() {
        List<long[]> amounts = new ArrayList<>();   // {thisYear, lastYear} in 分
        long yi = 100_000_000_00L;
        for (long t : new long[] {yi - 1, yi, yi + 1, 5 * yi - 1, 5 * yi, 5 * yi + 1}) {
            amounts.add(new long[] {t, t - 1_000_000_00L});   // the 1亿/5亿 tests with a small increase
            amounts.add(new long[] {t, 0});                   // … and with a large one
        }
        long last = 10_000_000_00L;                            // 1000万元 last year
        for (long wan : new long[] {200, 500, 4000, 6000}) {   // increase thresholds and where 5% meets the caps
            for (long d = -21; d <= 21; d++) {
                amounts.add(new long[] {last + wan * 1_000_000L + d, last});
            }
        }
        amounts.add(new long[] {0, 0});
        amounts.add(new long[] {last, last + 1});                  // a decrease
        amounts.add(new long[] {7_000_000_00L - 1, 5_000_000_00L}); // the .pol's example: 差1分不到200万元
        List<Case> cases = new ArrayList<>();
        boolean[][] flags = {{true, false}, {false, true}, {true, true}, {false, false}};
        for (long[] a : amounts) {
            for (boolean[] f : flags) {
                cases.add(new Case(a[0], a[1], f[0], f[1], true));
                cases.add(new Case(a[0], a[1], f[0], f[1], false));
            }
        }
        cases.addAll(randomCases(1000, 1214));
        return cases;
    }

    /** Random enterprises: last year up to 5亿元, an increase up to 8000万元, amounts to the 分. */
    static List<Case> randomCases(int n, long seed) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            long lastYear = (long) (random.nextDouble() * 500_000_000_00L);
            long thisYear = lastYear + (long) (random.nextDouble() * 80_000_000_00L);
            cases.add(new Case(thisYear, lastYear, random.nextInt(4) != 0, random.nextBoolean(), random.nextBoolean()));
        }
        return cases;
    }
}
