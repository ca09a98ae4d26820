package org.polc.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.polc.bench.engines.Dmn;
import org.polc.bench.engines.Jexl;
import org.polc.bench.engines.Mvel;
import org.polc.bench.engines.Spel;
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
public final class Clause14Engines {

    static final String MEETS = "符合认定标准";
    static final String EXCEEDS = "超过认定标准";

    /** One enterprise's inputs in the form each engine takes, built once, before timing. */
    public static final class Case {
        final long thisYearFen;
        final long lastYearFen;
        final boolean smallTech;
        final boolean highTech;
        final boolean meets;
        final Clause14.Inputs inputs;
        final BigDecimal thisYear;
        final BigDecimal lastYear;
        final Map<String, Object> vars;
        final Big big;
        final Dbl dbl;

        Case(long thisYearFen, long lastYearFen, boolean smallTech, boolean highTech, boolean meets) {
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
            String scale = meets ? MEETS : EXCEEDS;
            this.vars = Map.of("thisYear", thisYear, "lastYear", lastYear, "smallTech", smallTech, "highTech", highTech,
                    "scale", scale);
            this.big = new Big(thisYear, lastYear, smallTech, highTech, scale);
            this.dbl = new Dbl(thisYearFen / 100.0, lastYearFen / 100.0, smallTech, highTech, scale);
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

    final Jexl jexl = new Jexl(JEXL);
    final Mvel mvel = new Mvel(MVEL);
    final Spel spelInterpreted;
    final Spel spelCompiled;
    final Dmn dmn = new Dmn("dmn/clause14.dmn");

    /** SpEL is given the check's cases first, so that it has seen every branch before it compiles. */
    Clause14Engines() {
        List<Case> samples = checkCases();
        spelInterpreted = Spel.interpreted(SPEL_DECIMAL, samples.stream().map(c -> c.big).toList());
        spelCompiled = Spel.compiled(SPEL_DOUBLE, samples.stream().map(c -> c.dbl).toList());
    }

    /** The floor: what a careful programmer writes by hand over long 分 (half up: + 10 before ÷ 20). */
    static long handLong(Case c) {
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
    static BigDecimal handBigDecimal(Case c) {
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

    static Money generatedFast(Case c) {
        return Clause14.研发投入补助金额(c.inputs);
    }

    static Result generatedExplained(Case c) {
        return Clause14.研发投入补助(c.inputs);
    }

    Object jexl(Case c) {
        return jexl.evaluate(c.vars);
    }

    Object mvel(Case c) {
        return mvel.evaluate(c.vars);
    }

    Object spelInterpreted(Case c) {
        return spelInterpreted.evaluate(c.big);
    }

    Object spelCompiled(Case c) {
        return spelCompiled.evaluate(c.dbl);
    }

    Object dmnTable(Case c) {
        return dmn.evaluate("decision table", c.vars);
    }

    Object dmnLiteral(Case c) {
        return dmn.evaluate("literal expression", c.vars);
    }

    /** Every engine by name, for the check before timing; exact engines must agree to the 分. */
    List<Engine<Case>> all() {
        return List.of(
                Engine.exact("hand-written long 分", c -> Amounts.yuan(handLong(c))),
                Engine.exact("generated fast", c -> Amounts.decimal(generatedFast(c))),
                Engine.exact("generated explained", c -> Amounts.decimal(generatedExplained(c).amount())),
                Engine.exact("hand-written BigDecimal", c -> handBigDecimal(c)),
                Engine.exact("Commons JEXL (BigDecimal)", c -> Amounts.decimal(jexl(c))),
                Engine.exact("MVEL (BigDecimal)", c -> Amounts.decimal(mvel(c))),
                Engine.exact("SpEL interpreted (BigDecimal)", c -> Amounts.decimal(spelInterpreted(c))),
                Engine.inexact("SpEL compiled (double)", c -> Amounts.decimal(spelCompiled(c))),
                Engine.exact("Drools DMN decision table", c -> Amounts.decimal(dmnTable(c))),
                Engine.exact("Drools DMN FEEL literal", c -> Amounts.decimal(dmnLiteral(c))));
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
