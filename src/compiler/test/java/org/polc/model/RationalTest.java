package org.polc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact fractions for compile-time values: literals, caps, interval bounds. */
class RationalTest {

    private static Rational r(long n, long d) {
        return Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    private static void assertFraction(long n, long d, Rational value) {
        assertEquals(BigInteger.valueOf(n), value.numerator(), "numerator of " + value);
        assertEquals(BigInteger.valueOf(d), value.denominator(), "denominator of " + value);
    }

    @Test
    void normalisedOnConstruction() {
        assertFraction(1, 2, r(2, 4));
        assertFraction(-3, 2, r(6, -4));
        assertFraction(-3, 2, r(-6, 4));
        assertFraction(3, 2, r(-6, -4));
        assertFraction(0, 1, r(0, -5));
        assertFraction(0, 1, r(0, 7));
        assertFraction(79, 2000, r(395, 10000)); // 3.95%
        assertFraction(7, 1, Rational.of(7));
        assertEquals(r(1, 2), r(50, 100));
        assertEquals(r(1, 2).hashCode(), r(50, 100).hashCode());
    }

    @Test
    void zeroDenominatorIsRejected() {
        assertThrows(ArithmeticException.class, () -> r(1, 0));
        assertThrows(ArithmeticException.class, () -> r(0, 0));
        assertThrows(ArithmeticException.class, () -> Rational.ONE.dividedBy(Rational.ZERO));
    }

    @Test
    void constants() {
        assertFraction(0, 1, Rational.ZERO);
        assertFraction(1, 1, Rational.ONE);
    }

    @Test
    void arithmetic() {
        // 1/2 + 1/3 = 5/6
        assertEquals(r(5, 6), r(1, 2).plus(r(1, 3)));
        // 1/2 − 1/3 = 1/6
        assertEquals(r(1, 6), r(1, 2).minus(r(1, 3)));
        // 2/3 × 3/4 = 1/2
        assertEquals(r(1, 2), r(2, 3).times(r(3, 4)));
        // 2/3 ÷ 4/9 = 3/2
        assertEquals(r(3, 2), r(2, 3).dividedBy(r(4, 9)));
        // dividing by a negative keeps the denominator positive
        assertFraction(-3, 2, r(2, 3).dividedBy(r(-4, 9)));
        assertEquals(r(-2, 3), r(2, 3).negate());
        assertEquals(Rational.ZERO, Rational.ZERO.negate());
    }

    @Test
    void noBinaryFloatingPointErrors() {
        // 0.1 + 0.2 = 0.3 exactly
        assertEquals(r(3, 10), r(1, 10).plus(r(2, 10)));
        // 54.2 + 10 + 47.9 = 112.1 (clause 九, in 亿元)
        assertEquals(r(1121, 10), r(542, 10).plus(Rational.of(10)).plus(r(479, 10)));
        // 1.5亿元 = 150,000,000 元
        assertEquals(Rational.of(150_000_000), r(15, 10).times(Rational.of(100_000_000)));
    }

    @Test
    void bigValuesDoNotOverflow() {
        Rational big = Rational.of(Long.MAX_VALUE);
        Rational square = big.times(big);
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).pow(2), square.numerator());
        assertEquals(big, square.dividedBy(big));
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), big.plus(Rational.ONE).numerator());
    }

    @Test
    void signumAndIsInteger() {
        assertEquals(1, r(1, 3).signum());
        assertEquals(-1, r(-1, 3).signum());
        assertEquals(0, Rational.ZERO.signum());
        assertTrue(r(4, 2).isInteger());
        assertTrue(Rational.ZERO.isInteger());
        assertFalse(r(1, 3).isInteger());
        assertTrue(r(-6, 3).isInteger());
    }

    @Test
    void comparison() {
        assertTrue(r(1, 3).compareTo(r(1, 2)) < 0);
        assertTrue(r(1, 2).compareTo(r(1, 3)) > 0);
        assertEquals(0, r(2, 4).compareTo(r(1, 2)));
        assertTrue(r(-1, 2).compareTo(r(-1, 3)) < 0);
        // 199999999/100 < 2000000 < 200000001/100 (one 分 either side of 200万元)
        assertTrue(r(199_999_999, 100).compareTo(Rational.of(2_000_000)) < 0);
        assertTrue(r(200_000_001, 100).compareTo(Rational.of(2_000_000)) > 0);
    }

    @Test
    void minAndMax() {
        assertEquals(r(1, 3), r(1, 3).min(r(1, 2)));
        assertEquals(r(1, 3), r(1, 2).min(r(1, 3)));
        assertEquals(r(1, 2), r(1, 3).max(r(1, 2)));
        assertEquals(r(-5, 1), r(-5, 1).min(Rational.ZERO));
        Rational a = r(1, 2);
        assertSame(a, a.min(r(2, 4)), "equal values: the receiver");
        assertSame(a, a.max(r(2, 4)), "equal values: the receiver");
    }

    @ParameterizedTest(name = "{0}/{1} → {3} by {2}")
    @CsvSource({
        // 1/3 元 = 0.3333… → 0.33 / 0.33 / 0.34
        "1, 3, HALF_UP, 0.33", "1, 3, DOWN, 0.33", "1, 3, UP, 0.34",
        // 2/3 元 = 0.6666… → 0.67 / 0.66 / 0.67
        "2, 3, HALF_UP, 0.67", "2, 3, DOWN, 0.66", "2, 3, UP, 0.67",
        // 0.005 元: exactly half a 分 → rounds up under 四舍五入
        "1, 200, HALF_UP, 0.01", "1, 200, DOWN, 0.00", "1, 200, UP, 0.01",
        // negative amounts round by absolute value
        "-1, 200, HALF_UP, -0.01", "-1, 200, DOWN, 0.00", "-1, 200, UP, -0.01",
        "-2, 3, DOWN, -0.66",
        // already whole 分
        "1234, 100, UP, 12.34", "5, 1, DOWN, 5",
    })
    void roundToTheFen(long n, long d, Rounding mode, String expected) {
        Rational rounded = r(n, d).round(100, mode);
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(rounded.numerator()).divide(new BigDecimal(rounded.denominator()))),
                r(n, d) + " rounded " + mode + " = " + rounded);
        assertTrue(rounded.times(Rational.of(100)).isInteger());
    }

    @Test
    void roundToOtherScales() {
        // 7/3 to whole units: 2 / 2 / 3
        assertEquals(Rational.of(2), r(7, 3).round(1, Rounding.HALF_UP));
        assertEquals(Rational.of(3), r(7, 3).round(1, Rounding.UP));
        assertEquals(r(233, 100), r(7, 3).round(100, Rounding.HALF_UP));
    }

    @Test
    void plainString() {
        assertEquals("0.05", r(1, 20).toPlainString());
        assertEquals("0.0395", r(79, 2000).toPlainString());
        assertEquals("3", Rational.of(3).toPlainString());
        assertEquals("150000000", Rational.of(150_000_000).toPlainString());
        assertEquals("-1.5", r(-3, 2).toPlainString());
        assertEquals("0", Rational.ZERO.toPlainString());
        assertEquals("2/3", r(2, 3).toPlainString());
        assertEquals("1/3", r(1, 3).toString());
    }

    @Test
    void fieldLawsHoldForRandomFractions() {
        qt().withExamples(500).forAll(longs().between(-1_000_000_000L, 1_000_000_000L), longs().between(1, 1_000_000L),
                longs().between(-1_000_000_000L, 1_000_000_000L), longs().between(1, 1_000_000L))
                .checkAssert((an, ad, bn, bd) -> {
                    Rational a = r(an, ad);
                    Rational b = r(bn, bd);
                    assertEquals(a, a.plus(b).minus(b));
                    assertEquals(a.plus(b), b.plus(a));
                    assertEquals(a.times(b), b.times(a));
                    if (b.signum() != 0) {
                        assertEquals(a, a.times(b).dividedBy(b));
                    }
                    // compareTo agrees with exact decimal arithmetic: a − b has the sign of the comparison
                    assertEquals(Integer.signum(a.compareTo(b)), a.minus(b).signum());
                    // always normalised: gcd 1, positive denominator
                    Rational s = a.plus(b);
                    assertTrue(s.denominator().signum() > 0);
                    assertTrue(s.numerator().gcd(s.denominator()).equals(BigInteger.ONE));
                    assertNotEquals(0, s.denominator().signum());
                });
    }
}
