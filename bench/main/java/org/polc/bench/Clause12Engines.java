package org.polc.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.polc.policies.hangzhou2024.Clause12;
import org.polc.runtime.Money;
import org.polc.runtime.Result;

/**
 * 第十二条 国家省重点科研任务补助 (policies/hangzhou2024/part2.pol) in every engine. The .pol:
 *
 * <pre>
 * 补助 国家省重点科研任务补助 最高 500万元：
 *   若 企业承担 且 项目类型 属于（国家重点科研任务，省重点科研任务） 则 给予 实际到账补助资金 × 25%，最高 500万元
 *   否则 不予
 * </pre>
 *
 * The clause's other items (20% of 实际投入额 capped at 300万元, a fixed ceiling of 1000万元, an eligibility)
 * have the same shape or less; this one adds a membership test. Half up to 分, then the cap.
 */
public final class Clause12Engines extends ClauseEngines<Clause12Engines.Case> {

    static final List<String> TYPES = List.of("竞争类市重点科研项目", "主动设计重大项目", "揭榜挂帅重大项目", "国家重点科研任务", "省重点科研任务");

    /** One enterprise's inputs in the form each engine takes, built once, before timing. */
    public static final class Case extends ClauseEngines.Inputs {
        final boolean undertaken;
        final int type;
        final long receivedFen;
        final Clause12.Inputs inputs;
        final BigDecimal received;

        Case(boolean undertaken, int type, long receivedFen) {
            super(Map.of("undertaken", undertaken, "type", TYPES.get(type), "received", Amounts.yuan(receivedFen)),
                    new Big(undertaken, TYPES.get(type), Amounts.yuan(receivedFen)),
                    new Dbl(undertaken, TYPES.get(type), receivedFen / 100.0));
            this.undertaken = undertaken;
            this.type = type;
            this.receivedFen = receivedFen;
            // The calculator reads only 企业承担, 项目类型 and 实际到账补助资金; the others are given as an embedder would.
            this.inputs = Clause12.Inputs.builder()
                    .企业承担(undertaken)
                    .项目类型(Clause12.项目类型.values()[type])
                    .实际投入额(Money.ZERO)
                    .实际到账补助资金(Money.ofFen(receivedFen))
                    .企业与高校或科研院所签订的横向项目(false)
                    .单个横向项目实际支付金额(Money.ZERO)
                    .符合条件(false)
                    .build();
            this.received = Amounts.yuan(receivedFen);
        }

        @Override
        public String toString() {
            return "企业承担 " + undertaken + "，项目类型 " + TYPES.get(type) + "，实际到账补助资金 " + received + "元";
        }
    }

    /** SpEL's root over BigDecimal yuan. */
    public record Big(boolean undertaken, String type, BigDecimal received) {
        public boolean isUndertaken() {
            return undertaken;
        }

        public String getType() {
            return type;
        }

        public BigDecimal getReceived() {
            return received;
        }
    }

    /** SpEL's root over double yuan. */
    public record Dbl(boolean undertaken, String type, double received) {
        public boolean isUndertaken() {
            return undertaken;
        }

        public String getType() {
            return type;
        }

        public double getReceived() {
            return received;
        }
    }

    // 属于 in each engine's own form: JEXL's =~ over a list, MVEL's contains, SpEL's inline list, FEEL's in.
    static final String JEXL = """
            undertaken && type =~ ['国家重点科研任务', '省重点科研任务']
              ? (received * 0.25B).setScale(2, HALF_UP).min(5000000.0B) : 0.0B
            """;
    // Not .min(2000000.0B): MVEL 2.5.2's ASM optimizer, which takes over after about 50 evaluations, fails on a
    // BigDecimal literal as a method argument (IllegalArgumentException "value 2000000.0" from SymbolTable.addConstant).
    static final String MVEL = """
            (undertaken && ['国家重点科研任务', '省重点科研任务'] contains type)
              ? (received * 0.25B).setScale(2, java.math.RoundingMode.HALF_UP).min(java.math.BigDecimal.valueOf(5000000)) : 0.0B
            """;
    static final String SPEL_DECIMAL = """
            undertaken and {'国家重点科研任务', '省重点科研任务'}.contains(type)
              ? (received * 0.25).setScale(2, T(java.math.RoundingMode).HALF_UP).min(new java.math.BigDecimal('5000000')) : 0
            """;
    // SpEL compiles neither the inline list nor contains(); the membership is written as two comparisons.
    static final String SPEL_DOUBLE = """
            undertaken and (type == '国家重点科研任务' or type == '省重点科研任务')
              ? T(java.lang.Math).min(T(java.lang.Math).floor(received * 0.25 * 100.0 + 0.5) / 100.0, 5000000.0) : 0.0
            """;

    private static final BigDecimal WAN_500 = new BigDecimal("5000000");
    private static final BigDecimal PERCENT_25 = new BigDecimal("0.25");

    Clause12Engines() {
        super(JEXL, MVEL, SPEL_DECIMAL, SPEL_DOUBLE, "dmn/clause12.dmn", checkCases());
    }

    /** The floor by hand over long 分: × 1/4 half up is (x + 2) / 4 for x ≥ 0. */
    @Override
    long handLong(Case c) {
        if (c.undertaken && (c.type == 3 || c.type == 4)) {
            return Math.min((c.receivedFen + 2) / 4, 5_000_000_00L);
        }
        return 0;
    }

    @Override
    BigDecimal handBigDecimal(Case c) {
        if (c.undertaken && (c.type == 3 || c.type == 4)) {
            return c.received.multiply(PERCENT_25).setScale(2, RoundingMode.HALF_UP).min(WAN_500);
        }
        return BigDecimal.ZERO;
    }

    @Override
    Money generatedFast(Case c) {
        return Clause12.国家省重点科研任务补助金额(c.inputs);
    }

    @Override
    Result generatedExplained(Case c) {
        return Clause12.国家省重点科研任务补助(c.inputs);
    }

    /** Every type, both sides of 企业承担, every rounding remainder, the cap on both sides, then random. */
    static List<Case> checkCases() {
        List<Long> received = new ArrayList<>();
        for (long r = 0; r <= 9; r++) {
            received.add(r);                                   // remainders of ÷ 4: half up at 2
        }
        long cap = 20_000_000_00L;                             // 2000万元: 25% is exactly 500万元
        for (long d = -9; d <= 9; d++) {
            received.add(cap + d);
        }
        received.add(10_000_000_00L);                          // the .pol's 1000万元 → 250万元
        received.add(30_000_000_00L);                          // 3000万元 → capped
        List<Case> cases = new ArrayList<>();
        for (long r : received) {
            for (int type = 0; type < TYPES.size(); type++) {
                cases.add(new Case(true, type, r));
                cases.add(new Case(false, type, r));
            }
        }
        cases.addAll(randomCases(1000, 1212));
        return cases;
    }

    /** Random enterprises: 实际到账补助资金 up to 3000万元 to the 分, types and 企业承担 mixed. */
    static List<Case> randomCases(int n, long seed) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            cases.add(new Case(random.nextInt(4) != 0, random.nextInt(TYPES.size()), (long) (random.nextDouble() * 30_000_000_00L)));
        }
        return cases;
    }
}
