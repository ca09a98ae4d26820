package org.polc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table of units: magnitudes follow from it (万亩, 亿千瓦时), and so do the refusals (万%, 万倍). */
class UnitsTest {

    private static BigDecimal scale(String text) {
        return Units.parse(text).orElseThrow(() -> new AssertionError("no unit " + text)).scale();
    }

    private static void assertScale(String expected, String text) {
        assertEquals(0, new BigDecimal(expected).compareTo(scale(text)), text + " = " + scale(text));
    }

    @Test
    void magnitudesMultiplyTheBaseUnit() {
        assertScale("10000", "万亩");
        assertScale("100000000", "亿千瓦时");
        assertScale("1000000000000", "万亿元");
        assertScale("100", "万分");
        assertScale("10000", "万家");
        assertEquals("亩", Units.parse("万亩").orElseThrow().base().name());
        assertEquals(Optional.of("万亿"), Units.parse("万亿元").orElseThrow().magnitude().map(Units.Magnitude::text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"万%", "亿%", "万亿%", "万％", "万倍", "亿倍", "万年"})
    void unitsWithoutMagnitudesRefuseThem(String text) {
        assertEquals(Optional.empty(), Units.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "万", "亿", "万亿", "斤", "亿亿元", "万万元", "元元"})
    void unknownUnitsAndBareMagnitudesAreEmpty(String text) {
        assertEquals(Optional.empty(), Units.parse(text));
    }

    @Test
    void moneyAndRatesShareTheirDimension() {
        assertEquals(Units.base("元").orElseThrow().dimension(), Units.base("分").orElseThrow().dimension());
        assertScale("0.01", "分");
        assertEquals(Units.base("%").orElseThrow().dimension(), Units.base("倍").orElseThrow().dimension());
        assertScale("0.01", "%");
        assertScale("1", "倍");
        assertFalse(Units.base("美元").orElseThrow().dimension().equals(Units.base("元").orElseThrow().dimension()));
    }

    @Test
    void eachCountUnitIsItsOwnDimension() {
        List<String> counts = Units.counts();
        assertTrue(counts.containsAll(List.of("家", "家次", "个", "人次", "项", "次")), counts.toString());
        assertEquals(counts.size(), counts.stream().map(c -> Units.base(c).orElseThrow().dimension()).distinct().count());
        assertEquals("数量（家）", Units.base("家").orElseThrow().dimensionName());
        assertFalse(Units.base("亩").orElseThrow().count());
        assertFalse(Units.base("个月").orElseThrow().count(), "个月 is a duration, not a count of 个");
    }

    @Test
    void theFullWidthPercentIsThePercent() {
        assertEquals(Units.base("%"), Units.base("％"));
        assertEquals("%", Units.canonical("％"));
        assertEquals("万%", Units.canonical("万％"));
        assertEquals("万元", Units.canonical("万元"));
    }
}
