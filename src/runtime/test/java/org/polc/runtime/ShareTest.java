package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void aShareIsTheExactFraction() {
        assertEquals(Rate.of(7, 20), Share.of(Quantity.parse("700亩"), Quantity.parse("0.2万亩"), "第二十七条", "出让土地总量", "…"));
        assertEquals(Rate.of(750002, 1000003), Share.of(Money.parse("7500.02元"), Money.parse("10000.03元"), "第二十五条", "基金投资总额", "…"));
        assertEquals(Rate.of(3, 4), Share.of(3, 4, "第五条", "项目总数", "…"));
        // 74.99997…% is below 75%: compared exactly, it fails 达到 75% 以上
        assertTrue(Share.of(Money.parse("7500.02元"), Money.parse("10000.03元"), "第二十五条", "基金投资总额", "…").compareTo(Rate.percent(75)) < 0);
    }

    @Test
    void aZeroWholeIsAnInputError() {
        PolicyInputException e = assertThrows(PolicyInputException.class,
                () -> Share.of(Quantity.parse("0亩"), Quantity.parse("0亩"), "第二十七条", "出让土地总量", "工业用地出让量 占 出让土地总量 的比重"));
        assertEquals("第二十七条：输入「出让土地总量」为零，「工业用地出让量 占 出让土地总量 的比重」无从计算", e.getMessage());
        assertThrows(PolicyInputException.class, () -> Share.of(Money.ZERO, Money.ZERO, "第二十五条", "基金投资总额", "x"));
        assertThrows(PolicyInputException.class, () -> Share.of(1, 0, "第五条", "项目总数", "x"));
    }

    @Test
    void theDisplayIsExactOrSaysItIsCut() {
        assertEquals("7/20（35%）", Share.show(Rate.of(7, 20)));
        assertEquals("699999/1000000（69.9999%）", Share.show(Rate.of(699_999, 1_000_000)));
        assertEquals("1/3（33.3333…%）", Share.show(Rate.of(1, 3)));
        assertEquals("2/3（66.6666…%）", Share.show(Rate.of(2, 3)), "cut, not rounded up to 66.6667%");
        assertEquals("750002/1000003（74.9999…%）", Share.show(Rate.of(750002, 1000003)), "never shown as 75%");
        assertEquals("1（100%）", Share.show(Rate.ONE));
        assertEquals("0（0%）", Share.show(Rate.ZERO));
        assertEquals("为 7/20（35%）", Share.shown(Quantity.parse("700亩"), Quantity.parse("2000亩")));
        assertEquals("无从计算（分母为零）", Share.shown(Money.ZERO, Money.ZERO));
        assertEquals("无从计算（分母为零）", Share.shown(1, 0));
    }

    /** Small terms and terms near 2⁶² and 2⁶³, where the long fast paths hand over to BigInteger. */
    private static final long[] EDGES = {0, 1, -1, 2, 7, 20, (1L << 31) - 1, (1L << 62) - 1, 1L << 62, -(1L << 62),
            (1L << 62) + 1, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE};

    @Test
    void sharesAndComparisonsInLongArithmeticAgreeWithBigIntegers() {
        // Share.of and Quantity.compareTo/shareOf take a long fast path; each must give exactly the
        // fraction (or the overflow) that arithmetic on BigIntegers gives.
        qt().withExamples(4000).forAll(longs().all(), longs().all(), longs().between(1, 1_000_000), longs().between(0, 13))
                .checkAssert((a, b, d, edge) -> {
                    long e = EDGES[(int) (long) edge];
                    for (long[] pair : new long[][] {{a, b}, {a % 1_000_000_007L, b % 1_000_003L}, {e, b}, {a, e}, {e, e - 1}}) {
                        long part = pair[0];
                        long whole = pair[1];
                        if (whole != 0) {
                            assertEquals(outcome(() -> exact(BigInteger.valueOf(part), BigInteger.valueOf(whole))),
                                    outcome(() -> Share.of(part, whole, "第五条", "项目总数", "x")));
                        }
                        Quantity x = Quantity.of(part, d, "亩");
                        Quantity y = Quantity.of(whole, d + 1, "亩");
                        BigInteger left = BigInteger.valueOf(x.numerator()).multiply(BigInteger.valueOf(y.denominator()));
                        BigInteger right = BigInteger.valueOf(y.numerator()).multiply(BigInteger.valueOf(x.denominator()));
                        assertEquals(Integer.signum(left.compareTo(right)), Integer.signum(x.compareTo(y)));
                        if (y.numerator() != 0) {
                            assertEquals(outcome(() -> exact(left, right)), outcome(() -> x.shareOf(y)));
                        }
                    }
                });
    }

    @Test
    void aShareOfSixtyTwoBitsIsKeptAndOneOfSixtyThreeOverflows() {
        // 2⁶² is beyond the long fast path; reduced by 2 it fits in 62 bits, unreduced it does not
        assertEquals(Rate.of(1L << 61, 1), Share.of(1L << 62, 2, "第五条", "项目总数", "x"));
        PolicyArithmeticException e = assertThrows(PolicyArithmeticException.class, () -> Share.of(1L << 62, 1, "第五条", "项目总数", "x"));
        assertEquals("比重超出可计算的范围（溢出）：4611686018427387904/1", e.getMessage());
        // a share and a difference of quantities in different units are refused, not converted
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse("700亩").shareOf(Quantity.parse("2000平方米")));
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse("700亩").minus(Quantity.parse("2000平方米")));
    }

    /** n/d reduced, denominator positive; beyond 62-bit terms the overflow Share reports. */
    private static Rate exact(BigInteger n, BigInteger d) {
        BigInteger g = n.gcd(d);
        BigInteger rn = n.divide(g).multiply(BigInteger.valueOf(d.signum()));
        BigInteger rd = d.divide(g).abs();
        if (rn.bitLength() > 62 || rd.bitLength() > 62) {
            throw new PolicyArithmeticException("比重超出可计算的范围（溢出）：" + rn + "/" + rd);
        }
        return Rate.of(rn.longValueExact(), rd.longValueExact());
    }

    private static String outcome(java.util.function.Supplier<Rate> share) {
        try {
            return share.get().numerator() + "/" + share.get().denominator();
        } catch (PolicyArithmeticException e) {
            return e.getMessage();
        }
    }
}
