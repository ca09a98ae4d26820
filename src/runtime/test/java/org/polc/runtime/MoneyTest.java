package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    // ---- factories ----

    @Test
    void factoriesScaleToFen() {
        assertEquals(0L, Money.ZERO.fen());
        assertEquals(7L, Money.ofFen(7).fen());
        assertEquals(1_200L, Money.ofYuan(12).fen());
        assertEquals(1_000_000L, Money.ofWan(1).fen());
        assertEquals(10_000_000_000L, Money.ofYi(1).fen());
        assertEquals(-300L, Money.ofYuan(-3).fen());
        assertSame(Money.ZERO, Money.ofFen(0));
    }

    @Test
    void ofYuanLongBoundary() {
        // Long.MAX_VALUE = 9223372036854775807 分 → 最多 92233720368547758 元
        assertEquals(9_223_372_036_854_775_800L, Money.ofYuan(92_233_720_368_547_758L).fen());
        assertThrows(PolicyArithmeticException.class, () -> Money.ofYuan(92_233_720_368_547_759L));
        assertEquals(-9_223_372_036_854_775_800L, Money.ofYuan(-92_233_720_368_547_758L).fen());
        assertThrows(PolicyArithmeticException.class, () -> Money.ofYuan(-92_233_720_368_547_759L));
    }

    @Test
    void ofWanBoundary() {
        // 9223372036854 万元 = 9223372036854000000 分
        assertEquals(9_223_372_036_854_000_000L, Money.ofWan(9_223_372_036_854L).fen());
        PolicyArithmeticException e =
                assertThrows(PolicyArithmeticException.class, () -> Money.ofWan(9_223_372_036_855L));
        assertEquals("金额超出可计算的范围（溢出）：9223372036855万元", e.getMessage());
        assertTrue(e.getCause() instanceof ArithmeticException);
    }

    @Test
    void ofYiBoundary() {
        // 922337203 亿元 = 9223372030000000000 分；922337204 亿元 超出
        assertEquals(9_223_372_030_000_000_000L, Money.ofYi(922_337_203L).fen());
        assertThrows(PolicyArithmeticException.class, () -> Money.ofYi(922_337_204L));
        assertEquals(-9_223_372_030_000_000_000L, Money.ofYi(-922_337_203L).fen());
        assertThrows(PolicyArithmeticException.class, () -> Money.ofYi(-922_337_204L));
    }

    @Test
    void ofYuanDecimalIsExact() {
        assertEquals(1_234L, Money.ofYuan(new BigDecimal("12.34")).fen());
        assertEquals(100L, Money.ofYuan(new BigDecimal("1.000")).fen());
        assertEquals(100_000L, Money.ofYuan(new BigDecimal("1E+3")).fen());
        assertEquals(-5L, Money.ofYuan(new BigDecimal("-0.05")).fen());
        assertSame(Money.ZERO, Money.ofYuan(new BigDecimal("0.000")));
        assertEquals(Long.MAX_VALUE, Money.ofYuan(new BigDecimal("92233720368547758.07")).fen());
        assertEquals(Long.MIN_VALUE, Money.ofYuan(new BigDecimal("-92233720368547758.08")).fen());
    }

    @Test
    void ofYuanDecimalRejectsSubFen() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Money.ofYuan(new BigDecimal("0.001")));
        assertEquals("金额精确到分：0.001元 有分以下的位数", e.getMessage());
        // 极小的指数不应生成超长消息
        IllegalArgumentException tiny =
                assertThrows(IllegalArgumentException.class, () -> Money.ofYuan(new BigDecimal("1E-999999999")));
        assertEquals("金额精确到分：1E-999999999元 有分以下的位数", tiny.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.ofYuan((BigDecimal) null));
    }

    @Test
    void ofYuanDecimalOverflow() {
        assertThrows(PolicyArithmeticException.class, () -> Money.ofYuan(new BigDecimal("92233720368547758.08")));
        assertThrows(PolicyArithmeticException.class, () -> Money.ofYuan(new BigDecimal("-92233720368547758.09")));
        assertThrows(PolicyArithmeticException.class, () -> Money.ofYuan(new BigDecimal("1E+30")));
        PolicyArithmeticException huge = assertThrows(PolicyArithmeticException.class,
                () -> Money.ofYuan(new BigDecimal("1E+999999999")));
        assertEquals("金额超出可计算的范围（溢出）：1E+999999999元", huge.getMessage());
    }

    // ---- parse ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1200万元       | 1200000000",
        "1.5亿元        | 15000000000",
        "112.1亿元      | 1121000000000",
        "12.34元        | 1234",
        "1200000        | 120000000",
        "200 万元       | 200000000",
        "２００万元      | 200000000",
        "１２．３４元    | 1234",
        "-5元           | -500",
        "－5元          | -500",
        "0.05           | 5",
        "0元            | 0",
        "-0元           | 0",
        "007元          | 700",
        "0.000001万元   | 1",
        "0.0000000001亿元 | 1",
        "1.23456789亿元 | 12345678900",
        "92233720368547758.07元 | 9223372036854775807",
        "-92233720368547758.08元 | -9223372036854775808",
    })
    void parseAcceptedForms(String text, long fen) {
        assertEquals(fen, Money.parse(text).fen());
    }

    @Test
    void parseAllowsSurroundingAndIdeographicSpace() {
        assertEquals(1_234L, Money.parse("  12.34元\t").fen());
        assertEquals(200_000_000L, Money.parse("\u3000200\u3000万元\u3000").fen());
    }

    @Test
    void parseUnknownTextNamesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("abc"));
        assertEquals("无法识别的金额：“abc”，请写成 1200万元、1.5亿元 或 12.34元", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "元", "万元", "-元", "1.2.3元", "1,200元", "12.34美元", "1200万", "1亿",
        ".5元", "5.元", "--5元", "- 5元", "+5元", "1e3元", "1E3", "5元元", "五元", "1亿 元", "元5", "1 2元",
        "\u0661\u0662元"})
    void parseRejects(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse(text));
        assertEquals("无法识别的金额：“" + text + "”，请写成 1200万元、1.5亿元 或 12.34元", e.getMessage());
    }

    @Test
    void parseNull() {
        assertThrows(IllegalArgumentException.class, () -> Money.parse(null));
    }

    @Test
    void parseRejectsSubFen() {
        IllegalArgumentException yuan = assertThrows(IllegalArgumentException.class, () -> Money.parse("0.001元"));
        assertEquals("金额精确到分：0.001元 有分以下的位数", yuan.getMessage());
        IllegalArgumentException plain = assertThrows(IllegalArgumentException.class, () -> Money.parse("0.001"));
        assertEquals("金额精确到分：0.001元 有分以下的位数", plain.getMessage());
        IllegalArgumentException wan = assertThrows(IllegalArgumentException.class, () -> Money.parse("0.0000001万元"));
        assertEquals("金额精确到分：0.0000001万元 有分以下的位数", wan.getMessage());
        // 1.23456789012亿元 = 123456789.012元
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1.23456789012亿元"));
        // 末尾的 0 不算分以下的位数
        assertEquals(1_234L, Money.parse("12.3400元").fen());
    }

    @Test
    void parseOverflow() {
        PolicyArithmeticException e =
                assertThrows(PolicyArithmeticException.class, () -> Money.parse("92233720368547758.08元"));
        assertEquals("金额超出可计算的范围（溢出）：92233720368547758.08元", e.getMessage());
        assertThrows(PolicyArithmeticException.class, () -> Money.parse("922337204亿元"));
        assertThrows(PolicyArithmeticException.class, () -> Money.parse("-92233720368547758.09元"));
        assertThrows(PolicyArithmeticException.class, () -> Money.parse("1" + "0".repeat(40) + "元"));
    }

    // ---- accessors ----

    @Test
    void yuanHasScaleTwo() {
        assertEquals(new BigDecimal("12.34"), Money.ofFen(1234).yuan());
        assertEquals(new BigDecimal("5.00"), Money.ofYuan(5).yuan());
        assertEquals(2, Money.ofYuan(5).yuan().scale());
        assertEquals(new BigDecimal("0.00"), Money.ZERO.yuan());
        assertEquals(new BigDecimal("-0.07"), Money.ofFen(-7).yuan());
    }

    // ---- arithmetic ----

    @Test
    void plusMinusNegateTimes() {
        assertEquals(Money.ofFen(1_500), Money.ofYuan(12).plus(Money.ofYuan(3)));
        assertEquals(Money.ofFen(900), Money.ofYuan(12).minus(Money.ofYuan(3)));
        assertEquals(Money.ofFen(-300), Money.ofYuan(3).minus(Money.ofYuan(6)));
        assertEquals(Money.ofFen(-1_234), Money.ofFen(1_234).negate());
        assertEquals(Money.ofWan(6), Money.ofWan(2).times(3));
        assertEquals(Money.ofFen(-10), Money.ofFen(5).times(-2));
    }

    @Test
    void plusMinusOverflowThrows() {
        Money max = Money.ofFen(Long.MAX_VALUE);
        Money min = Money.ofFen(Long.MIN_VALUE);
        PolicyArithmeticException e = assertThrows(PolicyArithmeticException.class, () -> max.plus(Money.ofFen(1)));
        assertEquals("金额超出可计算的范围（溢出）：92233720368547758.07元 + 0.01元", e.getMessage());
        assertEquals(Long.MAX_VALUE, max.plus(Money.ZERO).fen());
        assertThrows(PolicyArithmeticException.class, () -> min.minus(Money.ofFen(1)));
        assertThrows(PolicyArithmeticException.class, () -> min.plus(Money.ofFen(-1)));
        assertThrows(PolicyArithmeticException.class, () -> max.minus(Money.ofFen(-1)));
        assertEquals(-1L, max.plus(min).fen());
    }

    @Test
    void negateAndTimesOverflowThrows() {
        assertThrows(PolicyArithmeticException.class, () -> Money.ofFen(Long.MIN_VALUE).negate());
        assertEquals(-Long.MAX_VALUE, Money.ofFen(Long.MAX_VALUE).negate().fen());
        assertThrows(PolicyArithmeticException.class, () -> Money.ofFen(Long.MAX_VALUE / 2 + 1).times(2));
        assertEquals(Long.MAX_VALUE - 1, Money.ofFen(Long.MAX_VALUE / 2).times(2).fen());
        assertThrows(PolicyArithmeticException.class, () -> Money.ofFen(Long.MIN_VALUE).times(-1));
    }

    // ---- times(Rate, Rounding) ----

    @Test
    void timesPercent() {
        // 400万元 × 5% = 20万元
        assertEquals(Money.ofWan(20), Money.ofWan(400).times(Rate.percent(5), Rounding.HALF_UP));
        // 12345.67元 × 3.95%：1234567 × 79 / 2000 = 97530793 / 2000 = 48765.3965 分
        Money base = Money.ofFen(1_234_567);
        Rate rate = Rate.percent("3.95");
        assertEquals(48_765L, base.times(rate, Rounding.HALF_UP).fen());
        assertEquals(48_765L, base.times(rate, Rounding.DOWN).fen());
        assertEquals(48_766L, base.times(rate, Rounding.UP).fen());
        assertSame(Money.ZERO, Money.ofWan(3).times(Rate.ZERO, Rounding.UP));
        assertEquals(Money.ofWan(3), Money.ofWan(3).times(Rate.ONE, Rounding.DOWN));
        assertEquals(Money.ofWan(6), Money.ofWan(3).times(Rate.times(2), Rounding.DOWN));
    }

    @Test
    void timesThirds() {
        // 1元 × 1/3 = 33.33… 分；1元 × 2/3 = 66.66… 分
        Money yuan = Money.ofYuan(1);
        assertEquals(33L, yuan.times(Rate.of(1, 3), Rounding.HALF_UP).fen());
        assertEquals(33L, yuan.times(Rate.of(1, 3), Rounding.DOWN).fen());
        assertEquals(34L, yuan.times(Rate.of(1, 3), Rounding.UP).fen());
        assertEquals(67L, yuan.times(Rate.of(2, 3), Rounding.HALF_UP).fen());
        assertEquals(66L, yuan.times(Rate.of(2, 3), Rounding.DOWN).fen());
        assertEquals(67L, yuan.times(Rate.of(2, 3), Rounding.UP).fen());
        assertEquals(-67L, yuan.negate().times(Rate.of(2, 3), Rounding.HALF_UP).fen());
        assertEquals(-66L, yuan.negate().times(Rate.of(2, 3), Rounding.DOWN).fen());
        assertEquals(-67L, yuan.negate().times(Rate.of(2, 3), Rounding.UP).fen());
    }

    @Test
    void timesExactHalves() {
        Rate half = Rate.of(1, 2);
        assertEquals(1L, Money.ofFen(1).times(half, Rounding.HALF_UP).fen());
        assertEquals(0L, Money.ofFen(1).times(half, Rounding.DOWN).fen());
        assertEquals(1L, Money.ofFen(1).times(half, Rounding.UP).fen());
        assertEquals(-1L, Money.ofFen(-1).times(half, Rounding.HALF_UP).fen());
        assertEquals(0L, Money.ofFen(-1).times(half, Rounding.DOWN).fen());
        assertEquals(-1L, Money.ofFen(-1).times(half, Rounding.UP).fen());
        assertEquals(2L, Money.ofFen(3).times(half, Rounding.HALF_UP).fen());
        assertEquals(-2L, Money.ofFen(-3).times(half, Rounding.HALF_UP).fen());
    }

    @Test
    void timesWithWideIntermediateIsStillExact() {
        // 5e18 分 × 2/3：乘积 1e19 超出 long，结果 3333333333333333333.33… 分
        Money big = Money.ofFen(5_000_000_000_000_000_000L);
        Rate twoThirds = Rate.of(2, 3);
        assertEquals(3_333_333_333_333_333_333L, big.times(twoThirds, Rounding.HALF_UP).fen());
        assertEquals(3_333_333_333_333_333_333L, big.times(twoThirds, Rounding.DOWN).fen());
        assertEquals(3_333_333_333_333_333_334L, big.times(twoThirds, Rounding.UP).fen());
        assertEquals(-3_333_333_333_333_333_333L, big.negate().times(twoThirds, Rounding.HALF_UP).fen());
        assertEquals(-3_333_333_333_333_333_334L, big.negate().times(twoThirds, Rounding.UP).fen());
        // (5e18+1) × 3/2 = 7500000000000000001.5 分
        Money odd = Money.ofFen(5_000_000_000_000_000_001L);
        Rate threeHalves = Rate.of(3, 2);
        assertEquals(7_500_000_000_000_000_002L, odd.times(threeHalves, Rounding.HALF_UP).fen());
        assertEquals(7_500_000_000_000_000_001L, odd.times(threeHalves, Rounding.DOWN).fen());
        assertEquals(7_500_000_000_000_000_002L, odd.times(threeHalves, Rounding.UP).fen());
        assertEquals(-7_500_000_000_000_000_002L, odd.negate().times(threeHalves, Rounding.HALF_UP).fen());
        assertEquals(-7_500_000_000_000_000_001L, odd.negate().times(threeHalves, Rounding.DOWN).fen());
        // Long.MIN_VALUE × 1/2 不触及宽路径也应精确
        assertEquals(Long.MIN_VALUE / 2, Money.ofFen(Long.MIN_VALUE).times(Rate.of(1, 2), Rounding.UP).fen());
    }

    @Test
    void timesRateOverflowThrows() {
        assertThrows(PolicyArithmeticException.class,
                () -> Money.ofFen(Long.MAX_VALUE).times(Rate.of(3, 2), Rounding.DOWN));
        assertThrows(PolicyArithmeticException.class,
                () -> Money.ofFen(Long.MIN_VALUE).times(Rate.of(-1, 1), Rounding.DOWN));
        // 6e18 × 3/2 = 9e18，刚好放得下；7e18 × 3/2 = 1.05e19 放不下
        assertEquals(9_000_000_000_000_000_000L,
                Money.ofFen(6_000_000_000_000_000_000L).times(Rate.of(3, 2), Rounding.DOWN).fen());
        PolicyArithmeticException e = assertThrows(PolicyArithmeticException.class,
                () -> Money.ofFen(7_000_000_000_000_000_000L).times(Rate.of(3, 2), Rounding.DOWN));
        assertEquals("金额超出可计算的范围（溢出）：700000000亿元 × 150%", e.getMessage());
    }

    // ---- comparison ----

    @Test
    void minMax() {
        Money a = Money.ofYuan(3);
        Money b = Money.ofYuan(5);
        assertSame(a, a.min(b));
        assertSame(a, b.min(a));
        assertSame(b, a.max(b));
        assertSame(b, b.max(a));
        assertSame(a, Money.min(a, b));
        assertSame(b, Money.max(a, b));
        Money a2 = Money.ofFen(300);
        assertSame(a, Money.min(a, a2));
        assertSame(a, Money.max(a, a2));
    }

    @Test
    void signs() {
        assertTrue(Money.ofFen(-1).isNegative());
        assertFalse(Money.ZERO.isNegative());
        assertFalse(Money.ofFen(1).isNegative());
        assertTrue(Money.ZERO.isZero());
        assertFalse(Money.ofFen(1).isZero());
        assertEquals(-1, Money.ofFen(Long.MIN_VALUE).signum());
        assertEquals(0, Money.ZERO.signum());
        assertEquals(1, Money.ofFen(Long.MAX_VALUE).signum());
    }

    @Test
    void compareEqualsHashCode() {
        assertTrue(Money.ofFen(Long.MIN_VALUE).compareTo(Money.ofFen(Long.MAX_VALUE)) < 0);
        assertTrue(Money.ofYuan(2).compareTo(Money.ofFen(199)) > 0);
        assertEquals(0, Money.ofWan(1).compareTo(Money.ofYuan(10_000)));
        assertEquals(Money.ofWan(1), Money.ofYuan(10_000));
        assertEquals(Money.ofWan(1).hashCode(), Money.ofYuan(10_000).hashCode());
        assertEquals(Money.parse("1.5亿元"), Money.ofWan(15_000));
        assertNotEquals(Money.ofFen(1), Money.ofFen(2));
        assertNotEquals(Money.ofFen(1), (Object) 1L);
    }

    // ---- toString ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0                    | 0元",
        "15000000000          | 1.5亿元",
        "1121000000000        | 112.1亿元",
        "10000000000          | 1亿元",
        "12345000000          | 1.2345亿元",
        "10000000001000000    | 1000000.0001亿元",
        "200000000            | 200万元",
        "20500000             | 20.5万元",
        "1000100              | 1.0001万元",
        "1000000              | 1万元",
        "9999999900           | 9999.9999万元",
        "10000000100          | 10000.0001万元",
        "1234                 | 12.34元",
        "999900               | 9999元",
        "999999               | 9999.99元",
        "10000050             | 100000.50元",
        "15000000001          | 150000000.01元",
        "1                    | 0.01元",
        "10                   | 0.10元",
        "105                  | 1.05元",
        "-500                 | -5元",
        "-1234                | -12.34元",
        "-200000000           | -200万元",
        "-15000000000         | -1.5亿元",
        "9223372036854775807  | 92233720368547758.07元",
        "-9223372036854775808 | -92233720368547758.08元",
    })
    void toStringChinese(long fen, String expected) {
        assertEquals(expected, Money.ofFen(fen).toString());
    }
}
