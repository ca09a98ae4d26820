package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateTest {

    private static void assertRate(long numerator, long denominator, Rate rate) {
        assertEquals(numerator, rate.numerator(), "numerator of " + rate);
        assertEquals(denominator, rate.denominator(), "denominator of " + rate);
    }

    @Test
    void ofNormalises() {
        assertRate(1, 2, Rate.of(2, 4));
        assertRate(-3, 2, Rate.of(6, -4));
        assertRate(-3, 2, Rate.of(-6, 4));
        assertRate(3, 2, Rate.of(-6, -4));
        assertRate(0, 1, Rate.of(0, -5));
        assertSame(Rate.ZERO, Rate.of(0, 7));
        assertRate(7, 1, Rate.of(7, 1));
        assertRate(Long.MAX_VALUE, 1, Rate.of(Long.MAX_VALUE, 1));
        assertRate(1, Long.MAX_VALUE, Rate.of(1, Long.MAX_VALUE));
        assertRate(-1, Long.MAX_VALUE, Rate.of(1, -Long.MAX_VALUE));
    }

    @Test
    void ofZeroDenominator() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rate.of(1, 0));
        assertEquals("比率的分母不能为 0：1/0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rate.of(0, 0));
    }

    @Test
    void ofWithLongMinValue() {
        // Long.MIN_VALUE = -2^63
        assertRate(-4_611_686_018_427_387_904L, 1, Rate.of(Long.MIN_VALUE, 2));
        assertRate(1, 1, Rate.of(Long.MIN_VALUE, Long.MIN_VALUE));
        assertRate(-1, 2_305_843_009_213_693_952L, Rate.of(4, Long.MIN_VALUE)); // -4/2^63 = -1/2^61
        assertRate(Long.MIN_VALUE, 1, Rate.of(Long.MIN_VALUE, 1));
        // 2^63 放不进 long
        assertThrows(PolicyArithmeticException.class, () -> Rate.of(Long.MIN_VALUE, -1));
        assertThrows(PolicyArithmeticException.class, () -> Rate.of(5, Long.MIN_VALUE));
    }

    @Test
    void percentLong() {
        assertRate(1, 20, Rate.percent(5));
        assertRate(13, 20, Rate.percent(65));
        assertRate(2, 1, Rate.percent(200));
        assertRate(1, 1, Rate.percent(100));
        assertRate(-1, 10, Rate.percent(-10));
        assertSame(Rate.ZERO, Rate.percent(0));
    }

    @ParameterizedTest
    @CsvSource({
        "3.95,   79,  2000",
        "5,       1,    20",
        "65,     13,    20",
        "200,     2,     1",
        "0.5,     1,   200",
        "12.5,    1,     8",
        "3.950,  79,  2000",
        "-1.5,   -3,   200",
        "0.0001,  1, 1000000",
        "0,       0,     1",
        "００５,  1,    20",
    })
    void percentDecimal(String text, long numerator, long denominator) {
        assertRate(numerator, denominator, Rate.percent(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "3.", ".5", "1e2", "3,5", "+5", "5%", "3.9.5"})
    void percentDecimalRejects(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rate.percent(text));
        assertEquals("无法识别的百分比：“" + text + "”，请写成 5 或 3.95 这样的数字", e.getMessage());
    }

    @Test
    void percentDecimalNullAndOverflow() {
        assertThrows(IllegalArgumentException.class, () -> Rate.percent((String) null));
        // 10^-18 % = 1/10^20，分母放不进 long；10^21 % = 10^19，分子放不进 long
        assertThrows(PolicyArithmeticException.class, () -> Rate.percent("0.000000000000000001"));
        assertThrows(PolicyArithmeticException.class, () -> Rate.percent("1" + "0".repeat(21)));
    }

    @Test
    void timesAndConstants() {
        assertRate(2, 1, Rate.times(2));
        assertRate(-3, 1, Rate.times(-3));
        assertRate(1, 1, Rate.ONE);
        assertRate(0, 1, Rate.ZERO);
        assertEquals(Rate.ONE, Rate.times(1));
        assertEquals(Rate.ONE, Rate.percent(100));
    }

    @Test
    void compareToIsExact() {
        assertTrue(Rate.of(1, 3).compareTo(Rate.of(1, 2)) < 0);
        assertTrue(Rate.of(1, 2).compareTo(Rate.of(1, 3)) > 0);
        assertEquals(0, Rate.of(2, 4).compareTo(Rate.of(1, 2)));
        assertTrue(Rate.of(-1, 2).compareTo(Rate.of(1, 3)) < 0);
        assertTrue(Rate.of(-1, 2).compareTo(Rate.of(-1, 3)) < 0);
        assertTrue(Rate.ZERO.compareTo(Rate.of(1, Long.MAX_VALUE)) < 0);
        assertTrue(Rate.ZERO.compareTo(Rate.of(-1, Long.MAX_VALUE)) > 0);
    }

    @Test
    void compareToNeedsMoreThan64Bits() {
        long a = Long.MAX_VALUE;
        // a/(a-1) = 1 + 1/(a-1) 比 (a-1)/(a-2) = 1 + 1/(a-2) 小，交叉相乘会超出 long
        Rate left = Rate.of(a, a - 1);
        Rate right = Rate.of(a - 1, a - 2);
        assertTrue(left.compareTo(right) < 0);
        assertTrue(right.compareTo(left) > 0);
        assertEquals(0, left.compareTo(Rate.of(a, a - 1)));
        Rate negLeft = Rate.of(-a, a - 1);
        Rate negRight = Rate.of(-(a - 1), a - 2);
        assertTrue(negLeft.compareTo(negRight) > 0);
        assertTrue(Rate.of(Long.MIN_VALUE, 1).compareTo(Rate.of(Long.MAX_VALUE, 1)) < 0);
        assertTrue(Rate.of(Long.MAX_VALUE, 1).compareTo(Rate.of(1, Long.MAX_VALUE)) > 0);
    }

    @Test
    void equalsAndHashCode() {
        assertEquals(Rate.of(1, 2), Rate.of(2, 4));
        assertEquals(Rate.of(1, 2).hashCode(), Rate.of(2, 4).hashCode());
        assertEquals(Rate.percent("3.95"), Rate.of(79, 2000));
        assertNotEquals(Rate.of(1, 2), Rate.of(-1, 2));
        assertNotEquals(Rate.of(1, 2), Rate.of(1, 3));
        assertNotEquals(Rate.ONE, (Object) 1L);
    }

    @ParameterizedTest
    @CsvSource({
        "1,        20, 5%",
        "79,     2000, 3.95%",
        "13,       20, 65%",
        "2,         1, 200%",
        "1,         1, 100%",
        "0,         1, 0%",
        "-3,        2, -150%",
        "1,         8, 12.5%",
        "1,   1000000, 0.0001%",
        "1,  10000000, 1/10000000",
        "2,         3, 2/3",
        "-1,        3, -1/3",
        "1,         7, 1/7",
        "1,        64, 1.5625%",
        "1,       128, 1/128",
        "1,        16, 6.25%",
    })
    void toStringPercentOrFraction(long numerator, long denominator, String expected) {
        assertEquals(expected, Rate.of(numerator, denominator).toString());
    }

    @Test
    void toStringLargeNumerator() {
        assertEquals("922337203685477580700%", Rate.times(Long.MAX_VALUE).toString());
    }

    @Test
    void theGreatestCommonDivisorIsEuclids() {
        assertEquals(20, Rate.gcd(100, 60));
        assertEquals(7, Rate.gcd(0, 7));
        assertEquals(7, Rate.gcd(7, 0));
        assertEquals(0, Rate.gcd(0, 0));
        assertEquals(1L << 61, Rate.gcd(1L << 62, 3L << 61));
        assertEquals(1, Rate.gcd(Long.MAX_VALUE, Long.MAX_VALUE - 1));
        // the binary algorithm against BigInteger's, on every size and on powers of two
        qt().withExamples(5000).forAll(longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE),
                longs().between(0, 62)).checkAssert((a, b, twos) -> {
                    assertEquals(BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact(), Rate.gcd(a, b));
                    long x = (a >>> twos) << twos;
                    long y = (b % 1000) << Math.min(twos, 52);
                    assertEquals(BigInteger.valueOf(x).gcd(BigInteger.valueOf(y)).longValueExact(), Rate.gcd(x, y));
                });
    }
}
