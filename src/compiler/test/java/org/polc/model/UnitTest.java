package org.polc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Units as written after a number (docs/language.md §9). */
class UnitTest {

    private static Unit unit(String text) {
        return Unit.parse(text).orElseThrow(() -> new AssertionError("no unit " + text));
    }

    @Test
    void moneyUnitsConvertExactlyToYuan() {
        assertEquals(Rational.ONE, unit("元").scale());
        assertEquals(Rational.of(10_000), unit("万元").scale());
        assertEquals(Rational.of(100_000_000), unit("亿元").scale());
        assertEquals(Rational.of(1_000_000_000_000L), unit("万亿元").scale());
        assertEquals(Rational.of(BigInteger.ONE, BigInteger.valueOf(100)), unit("分").scale());
        for (String t : new String[] {"元", "万元", "亿元", "万亿元", "分"}) {
            assertEquals(Unit.Dimension.MONEY, unit(t).dimension(), t);
        }
    }

    @Test
    void percentAndTimesAreRatesWithoutMagnitude() {
        assertEquals(Rational.of(BigInteger.ONE, BigInteger.valueOf(100)), unit("%").scale());
        assertEquals(Unit.Dimension.RATE, unit("%").dimension());
        assertEquals(Rational.ONE, unit("倍").scale());
        assertEquals(Unit.Dimension.RATE, unit("倍").dimension());
        assertTrue(Unit.parse("万%").isEmpty());
        assertTrue(Unit.parse("亿%").isEmpty());
        assertTrue(Unit.parse("万倍").isEmpty());
        assertTrue(Unit.parse("万年").isEmpty());
        assertEquals(Unit.Dimension.YEAR, unit("年").dimension());
    }

    @Test
    void magnitudesNeedAUnit() {
        assertTrue(Unit.parse("万").isEmpty());
        assertTrue(Unit.parse("亿").isEmpty());
        assertTrue(Unit.parse("万亿").isEmpty());
        assertTrue(Unit.parse("斤").isEmpty());
    }

    @Test
    void otherUnitsKeepTheirOwnDimension() {
        assertEquals(Rational.of(10_000), unit("万亩").scale());
        assertEquals("亩", unit("万亩").dimension().id());
        assertEquals(Rational.of(100_000_000), unit("亿千瓦时").scale());
        assertEquals("千瓦时", unit("亿千瓦时").dimension().id());
        assertTrue(unit("家").dimension().isCount());
        assertTrue(unit("人次").dimension().isCount());
        assertEquals(Rational.of(10_000), unit("万家").scale());
        assertTrue(!unit("亩").dimension().isCount());
        assertTrue(!unit("家").dimension().equals(unit("个").dimension()));
    }
}
