package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @ParameterizedTest(name = "{0} = {1}/{2} {3}")
    @CsvSource({
        "3000平方米, 3000, 1, 平方米",
        "3000.5平方米, 6001, 2, 平方米",
        "0.3万平方米, 3000, 1, 平方米",
        "6万亩, 60000, 1, 亩",
        "0.8万亩, 8000, 1, 亩",
        "1.5亿美元, 150000000, 1, 美元",
        "450亿千瓦时, 45000000000, 1, 千瓦时",
        "100万吨标准煤, 1000000, 1, 吨标准煤",
        "'２.５', 5, 2, ''",
        "'8000 亩', 8000, 1, 亩",
        "'-1亩', -1, 1, 亩",
    })
    void parsesInTheBaseUnit(String text, long numerator, long denominator, String base) {
        Quantity q = Quantity.parse(text);
        assertEquals(numerator, q.numerator(), text);
        assertEquals(denominator, q.denominator(), text);
        assertEquals(base, q.baseUnit(), text);
    }

    @Test
    void showsItselfInTheUnitItWasWrittenIn() {
        assertEquals("0.8万亩", Quantity.parse("0.8万亩").toString());
        assertEquals("8000亩", Quantity.parse("8000亩").toString());
        assertEquals("3000.5平方米", Quantity.parse("3000.5平方米").toString());
        assertEquals("2.5", Quantity.parse("2.5").toString());
        assertEquals("1/3亩", Quantity.parse("1亩").dividedBy(Rate.of(3, 1)).toString());
        // 1/3 亩 in 万亩 is 1/30000 万亩
        assertEquals("1/30000万亩", Quantity.parse("0万亩").plus(Quantity.parse("1亩").dividedBy(Rate.of(3, 1))).toString());
    }

    @Test
    void multiplesAreTheSameQuantity() {
        assertEquals(Quantity.parse("8000亩"), Quantity.parse("0.8万亩"));
        assertEquals(0, Quantity.parse("8000亩").compareTo(Quantity.parse("0.8万亩")));
        assertEquals(Quantity.parse("8000亩").hashCode(), Quantity.parse("0.8万亩").hashCode());
        assertTrue(Quantity.parse("0.79999万亩").compareTo(Quantity.parse("8000亩")) < 0, "0.79999万亩 = 7999.9亩");
        assertNotEquals(Quantity.parse("1亩"), Quantity.parse("1平方米"));
    }

    @Test
    void arithmeticIsExact() {
        // 9000亩 + 0.1万亩 = 10000亩, shown in the left operand's unit
        assertEquals("10000亩", Quantity.parse("9000亩").plus(Quantity.parse("0.1万亩")).toString());
        assertEquals("0.9999万亩", Quantity.parse("1万亩").minus(Quantity.parse("1亩")).toString());
        // 3000平方米 × 35% = 1050平方米; 3000.5平方米 × 1/3 = 6001/6 平方米
        assertEquals("1050平方米", Quantity.parse("3000平方米").times(Rate.percent(35)).toString());
        assertEquals("6001/6平方米", Quantity.parse("3000.5平方米").times(Rate.of(1, 3)).toString());
        assertEquals("6000平方米", Quantity.parse("3000平方米").dividedBy(Rate.of(1, 2)).toString());
        assertEquals(Quantity.parse("1亩"), Quantity.min(Quantity.parse("1亩"), Quantity.parse("1万亩")));
        assertEquals(Quantity.parse("1万亩"), Quantity.max(Quantity.parse("1亩"), Quantity.parse("1万亩")));
        assertTrue(Quantity.parse("-1亩").isNegative());
        assertFalse(Quantity.parse("0亩").isNegative());
    }

    @Test
    void differentUnitsAreNeverConverted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse("1亩").plus(Quantity.parse("1平方米")));
        assertEquals("以亩计的数量不能与以平方米计的数量相加（1亩，1平方米）：单位不同，不换算", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse("1美元").compareTo(Quantity.parse("1")));
    }

    @Test
    void overflowThrowsRatherThanWraps() {
        Quantity big = Quantity.of(Long.MAX_VALUE, 1, "亩");
        PolicyArithmeticException e = assertThrows(PolicyArithmeticException.class, () -> big.plus(Quantity.parse("1亩")));
        assertTrue(e.getMessage().startsWith("数量超出可计算的范围（溢出）"), e.getMessage());
        assertThrows(PolicyArithmeticException.class, () -> Quantity.of(Long.MAX_VALUE, 1, "万亩"));
        assertThrows(PolicyArithmeticException.class, () -> Quantity.of(new BigDecimal("1E+30"), "亩"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "亩", "三千亩", "1,000亩", "1e3亩", "1.2.3亩", "3000平方米2"})
    void refusesWhatItCannotRead(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse(text));
        assertTrue(e.getMessage().startsWith("无法识别的数量"), e.getMessage());
    }

    @Test
    void aBareNumberIsInTheUnitGiven() {
        assertEquals(Quantity.parse("0.8万亩"), Quantity.parse("0.8", "万亩"));
        assertEquals("0.8万亩", Quantity.parse("0.8", "万亩").toString());
        assertEquals("3000平方米", Quantity.parse("3000平方米", "亩").toString());
    }
}
