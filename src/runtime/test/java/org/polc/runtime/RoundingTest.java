package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    @Test
    void chinese() {
        assertEquals("四舍五入", Rounding.HALF_UP.chinese());
        assertEquals("舍去", Rounding.DOWN.chinese());
        assertEquals("进一", Rounding.UP.chinese());
    }

    @ParameterizedTest(name = "{0}/{1} → 四舍五入 {2}，舍去 {3}，进一 {4}")
    @CsvSource({
        // 被除数, 除数, HALF_UP, DOWN, UP
        "7,   2,  4,  3,  4",   // 3.5
        "-7,  2, -4, -3, -4",   // -3.5
        "5,   3,  2,  1,  2",   // 1.67
        "4,   3,  1,  1,  2",   // 1.33
        "-4,  3, -1, -1, -2",   // -1.33
        "-5,  3, -2, -1, -2",   // -1.67
        "6,   3,  2,  2,  2",   // 精确
        "-6,  3, -2, -2, -2",
        "0,   5,  0,  0,  0",
        "1,   2,  1,  0,  1",   // 0.5
        "-1,  2, -1,  0, -1",
        "1,   3,  0,  0,  1",
        "-1,  3,  0,  0, -1",
        "49, 100, 0,  0,  1",
        "50, 100, 1,  0,  1",
        "9,   1,  9,  9,  9",
    })
    void divide(long numerator, long denominator, long halfUp, long down, long up) {
        assertEquals(halfUp, Rounding.HALF_UP.divide(numerator, denominator));
        assertEquals(down, Rounding.DOWN.divide(numerator, denominator));
        assertEquals(up, Rounding.UP.divide(numerator, denominator));
    }

    @Test
    void divideAtLongLimits() {
        long max = Long.MAX_VALUE;
        // 9223372036854775807 / 2 = 4611686018427387903.5
        assertEquals(4_611_686_018_427_387_904L, Rounding.HALF_UP.divide(max, 2));
        assertEquals(4_611_686_018_427_387_903L, Rounding.DOWN.divide(max, 2));
        assertEquals(4_611_686_018_427_387_904L, Rounding.UP.divide(max, 2));
        assertEquals(-4_611_686_018_427_387_904L, Rounding.UP.divide(Long.MIN_VALUE, 2));
        assertEquals(Long.MIN_VALUE, Rounding.HALF_UP.divide(Long.MIN_VALUE, 1));
        // -2^63 / (2^63 - 1) = -1.000…0001
        assertEquals(-1L, Rounding.HALF_UP.divide(Long.MIN_VALUE, max));
        assertEquals(-1L, Rounding.DOWN.divide(Long.MIN_VALUE, max));
        assertEquals(-2L, Rounding.UP.divide(Long.MIN_VALUE, max));
        // (2^63 - 2) / (2^63 - 1) 略小于 1
        assertEquals(1L, Rounding.HALF_UP.divide(max - 1, max));
        assertEquals(0L, Rounding.DOWN.divide(max - 1, max));
        assertEquals(1L, Rounding.UP.divide(max - 1, max));
    }

    @Test
    void halfUpNearHalfWithHugeDenominator() {
        long max = Long.MAX_VALUE; // 奇数，max/2 不是整数
        // 4611686018427387903 / max 略小于 0.5；4611686018427387904 / max 略大于 0.5（2|余数| 会溢出 long）
        assertEquals(0L, Rounding.HALF_UP.divide(4_611_686_018_427_387_903L, max));
        assertEquals(1L, Rounding.HALF_UP.divide(4_611_686_018_427_387_904L, max));
        assertEquals(0L, Rounding.HALF_UP.divide(-4_611_686_018_427_387_903L, max));
        assertEquals(-1L, Rounding.HALF_UP.divide(-4_611_686_018_427_387_904L, max));
    }

    @Test
    void divideRejectsNonPositiveDenominator() {
        IllegalArgumentException zero =
                assertThrows(IllegalArgumentException.class, () -> Rounding.HALF_UP.divide(1, 0));
        assertEquals("舍入时除数必须为正数，实际为 0", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rounding.DOWN.divide(1, -3));
        assertThrows(IllegalArgumentException.class, () -> Rounding.UP.divide(0, Long.MIN_VALUE));
    }

    @Test
    void divideBigMatchesRules() {
        BigInteger two = BigInteger.valueOf(2);
        BigInteger three = BigInteger.valueOf(3);
        // 1e19 / 3 = 3333333333333333333.33…
        BigInteger e19 = BigInteger.TEN.pow(19);
        assertEquals(new BigInteger("3333333333333333333"), Rounding.HALF_UP.divide(e19, three));
        assertEquals(new BigInteger("3333333333333333333"), Rounding.DOWN.divide(e19, three));
        assertEquals(new BigInteger("3333333333333333334"), Rounding.UP.divide(e19, three));
        assertEquals(new BigInteger("-3333333333333333334"), Rounding.UP.divide(e19.negate(), three));
        // 2e19 / 3 = 6666666666666666666.67
        BigInteger twoE19 = e19.multiply(two);
        assertEquals(new BigInteger("6666666666666666667"), Rounding.HALF_UP.divide(twoE19, three));
        assertEquals(new BigInteger("-6666666666666666667"), Rounding.HALF_UP.divide(twoE19.negate(), three));
        // 半数：(2e19 + 1) / 2 = 1e19 + 0.5
        BigInteger odd = twoE19.add(BigInteger.ONE);
        assertEquals(e19.add(BigInteger.ONE), Rounding.HALF_UP.divide(odd, two));
        assertEquals(e19, Rounding.DOWN.divide(odd, two));
        assertEquals(e19.add(BigInteger.ONE).negate(), Rounding.HALF_UP.divide(odd.negate(), two));
        assertEquals(e19.negate(), Rounding.DOWN.divide(odd.negate(), two));
        assertEquals(e19, Rounding.UP.divide(twoE19, two));
    }
}
