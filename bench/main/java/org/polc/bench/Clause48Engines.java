package org.polc.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.polc.policies.hangzhou2024.Clause48;
import org.polc.runtime.Money;
import org.polc.runtime.Result;

/**
 * 第四十八条 出口信用保险资助 (policies/hangzhou2024/part6.pol) in every engine. The .pol:
 *
 * <pre>
 * 资助 出口信用保险资助 累计最高 由 200万元 提高至 500万元，已获 已获出口信用保险资助额：
 *   若 符合条件的制造业企业 则 按不超过 出口信用保险投保费 × 65% 给予
 *   否则 按不超过 出口信用保险投保费 × 由 50% 提高至 60% 给予
 * </pre>
 *
 * A cumulative cap: what is left of 500万元 after what the enterprise already received (never below 0).
 * The product is rounded half up to 分, then limited to what is left.
 */
public final class Clause48Engines extends ClauseEngines<Clause48Engines.Case> {

    /** One enterprise's inputs in the form each engine takes, built once, before timing. */
    public static final class Case extends ClauseEngines.Inputs {
        final long premiumFen;
        final boolean manufacturer;
        final long receivedFen;
        final Clause48.Inputs inputs;
        final BigDecimal premium;
        final BigDecimal received;

        Case(long premiumFen, boolean manufacturer, long receivedFen) {
            super(Map.of("premium", Amounts.yuan(premiumFen), "manufacturer", manufacturer, "received", Amounts.yuan(receivedFen)),
                    new Big(Amounts.yuan(premiumFen), manufacturer, Amounts.yuan(receivedFen)),
                    new Dbl(premiumFen / 100.0, manufacturer, receivedFen / 100.0));
            this.premiumFen = premiumFen;
            this.manufacturer = manufacturer;
            this.receivedFen = receivedFen;
            this.inputs = Clause48.Inputs.builder()
                    .出口信用保险投保费(Money.ofFen(premiumFen))
                    .符合条件的制造业企业(manufacturer)
                    .已获出口信用保险资助额(Money.ofFen(receivedFen))
                    .build();
            this.premium = Amounts.yuan(premiumFen);
            this.received = Amounts.yuan(receivedFen);
        }

        @Override
        public String toString() {
            return "出口信用保险投保费 " + premium + "元，符合条件的制造业企业 " + manufacturer + "，已获 " + received + "元";
        }
    }

    /** SpEL's root over BigDecimal yuan. */
    public record Big(BigDecimal premium, boolean manufacturer, BigDecimal received) {
        public BigDecimal getPremium() {
            return premium;
        }

        public boolean isManufacturer() {
            return manufacturer;
        }

        public BigDecimal getReceived() {
            return received;
        }
    }

    /** SpEL's root over double yuan. */
    public record Dbl(double premium, boolean manufacturer, double received) {
        public double getPremium() {
            return premium;
        }

        public boolean isManufacturer() {
            return manufacturer;
        }

        public double getReceived() {
            return received;
        }
    }

    static final String JEXL = """
            (manufacturer ? (premium * 0.65B).setScale(2, HALF_UP) : (premium * 0.60B).setScale(2, HALF_UP))
              .min(received >= 5000000.0B ? 0.0B : 5000000.0B - received)
            """;
    static final String MVEL = """
            (manufacturer ? (premium * 0.65B).setScale(2, java.math.RoundingMode.HALF_UP)
                          : (premium * 0.60B).setScale(2, java.math.RoundingMode.HALF_UP))
              .min(received >= 5000000.0B ? 0.0B : 5000000.0B - received)
            """;
    static final String SPEL_DECIMAL = """
            (manufacturer ? (premium * 0.65).setScale(2, T(java.math.RoundingMode).HALF_UP)
                          : (premium * 0.60).setScale(2, T(java.math.RoundingMode).HALF_UP))
              .min(received >= 5000000 ? new java.math.BigDecimal('0') : new java.math.BigDecimal('5000000') - received)
            """;
    static final String SPEL_DOUBLE = """
            T(java.lang.Math).min(
              manufacturer ? T(java.lang.Math).floor(premium * 0.65 * 100.0 + 0.5) / 100.0
                           : T(java.lang.Math).floor(premium * 0.60 * 100.0 + 0.5) / 100.0,
              received >= 5000000.0 ? 0.0 : 5000000.0 - received)
            """;

    private static final BigDecimal WAN_500 = new BigDecimal("5000000");
    private static final BigDecimal PERCENT_65 = new BigDecimal("0.65");
    private static final BigDecimal PERCENT_60 = new BigDecimal("0.60");

    Clause48Engines() {
        super(JEXL, MVEL, SPEL_DECIMAL, SPEL_DOUBLE, "dmn/clause48.dmn", checkCases());
    }

    /** The floor by hand over long 分: × 13/20 half up is (13x + 10) / 20, × 3/5 is (3x + 2) / 5, for x ≥ 0. */
    @Override
    long handLong(Case c) {
        long left = c.receivedFen >= 5_000_000_00L ? 0 : 5_000_000_00L - c.receivedFen;
        long amount = c.manufacturer ? (Math.multiplyExact(c.premiumFen, 13) + 10) / 20 : (Math.multiplyExact(c.premiumFen, 3) + 2) / 5;
        return Math.min(amount, left);
    }

    @Override
    BigDecimal handBigDecimal(Case c) {
        BigDecimal left = c.received.compareTo(WAN_500) >= 0 ? BigDecimal.ZERO : WAN_500.subtract(c.received);
        BigDecimal amount = c.premium.multiply(c.manufacturer ? PERCENT_65 : PERCENT_60).setScale(2, RoundingMode.HALF_UP);
        return amount.min(left);
    }

    @Override
    Money generatedFast(Case c) {
        return Clause48.出口信用保险资助金额(c.inputs);
    }

    @Override
    Result generatedExplained(Case c) {
        return Clause48.出口信用保险资助(c.inputs);
    }

    /**
     * Every rounding remainder of 65% and 60%, the premiums where each rate reaches 500万元 on both sides, what is
     * already received on both sides of 500万元 and of the .pol's 440万元, then random cases.
     */
    static List<Case> checkCases() {
        List<Long> premiums = new ArrayList<>();
        for (long p = 0; p <= 20; p++) {
            premiums.add(p);
        }
        for (long d = -12; d <= 12; d++) {
            premiums.add(769_230_769L + d);                    // 500万元 / 65% = 7692307.69…元
            premiums.add(833_333_333L + d);                    // 500万元 / 60% = 8333333.33…元
        }
        premiums.add(1_000_000_00L);
        premiums.add(10_000_000_00L);
        long wan500 = 5_000_000_00L;
        long[] received = {0, 4_400_000_00L, 4_500_000_00L, wan500 - 1, wan500, wan500 + 1, 10_000_000_00L};
        List<Case> cases = new ArrayList<>();
        for (long p : premiums) {
            for (long r : received) {
                cases.add(new Case(p, true, r));
                cases.add(new Case(p, false, r));
            }
        }
        cases.addAll(randomCases(1000, 1248));
        return cases;
    }

    /** Random enterprises: premiums up to 1000万元, received up to 600万元, to the 分. */
    static List<Case> randomCases(int n, long seed) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            long received = random.nextInt(3) == 0 ? 0 : (long) (random.nextDouble() * 6_000_000_00L);
            cases.add(new Case((long) (random.nextDouble() * 10_000_000_00L), random.nextBoolean(), received));
        }
        return cases;
    }
}
