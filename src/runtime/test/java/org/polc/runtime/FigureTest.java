package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figures with units, and the target check's rules, worked by hand and probed with QuickTheories (ADR 0001). */
class FigureTest {

    @Test
    void parsesNumbersWithTheirUnits() {
        assertEquals(Figure.of(125, 1, "个"), Figure.parse("125个"));
        assertEquals(Figure.of(396, 100, "%"), Figure.parse("3.96%"));
        assertEquals(Figure.of(2, 3, ""), Figure.parse("2/3"));
        assertEquals(Figure.of(new BigDecimal("810"), "亿元"), Figure.parse(" 810 亿元"));
        assertEquals(Figure.of(2, 1, "万亩"), Figure.parse("２万亩"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Figure.parse("两千家"));
        assertTrue(e.getMessage().contains("无法识别的数「两千家」"), e.getMessage());
    }

    @Test
    void convertsBetweenMultiplesOfOneUnitOnly() {
        assertEquals(Figure.of(60000, 1, "亩"), Figure.parse("6万亩").in("亩"));
        assertEquals(Figure.of(8100000, 1, "万元"), Figure.parse("810亿元").in("万元"));
        assertEquals(Figure.of(1, 100, "元"), Figure.parse("1分").in("元"));
        assertEquals(Figure.of(1, 20, ""), Figure.parse("5%").in(""));
        assertEquals(Figure.of(200, 1, "%"), Figure.parse("2倍").in("%"));
        assertFalse(Figure.parse("80亿美元").convertibleTo("亿元"));
        assertThrows(IllegalArgumentException.class, () -> Figure.parse("6万亩").in("平方米"));
        assertThrows(IllegalArgumentException.class, () -> Figure.parse("3个").in("家"));
    }

    @Test
    void printsExactly() {
        assertEquals("1/30000", Figure.of(1, 30000, "").toString());
        assertEquals("0.01个百分点", Figure.parse("0.01%").asDifference());
        assertEquals("60/11%", TargetCheck.growth(Figure.parse("5800亿元"), Figure.parse("5500亿元")).toString());
    }

    @Test
    void aRepeatingDifferenceIsCutToSixDecimalsForReadersAndStaysExact() {
        // 5/13 = 0.38461538…; 95/13 = 7.30769230…; 1/1500000 = 0.000000666…, whose six decimals are all 0
        assertEquals("0.384615…个百分点", Figure.of(5, 13, "%").asDifference());
        assertEquals("7.307692…个百分点", Figure.of(95, 13, "%").asDifference());
        assertEquals("0.000000666666…亿元", Figure.of(1, 1500000, "亿元").asDifference());
        assertEquals("5/13", Figure.of(5, 13, "%").number());
    }

    @Test
    void aShareWrittenAsAFractionIsComparedWithAPercentageInPercentagePoints() {
        // 66.6% against 三分之二: 66.6 − 200/3 = (199.8 − 200)/3 = −1/15 of a percentage point
        TargetResult r = TargetCheck.compare("第八部分", "比重", "比重 达到 三分之二", Figure.parse("66.6%"), "",
                TargetRelation.AT_LEAST, Figure.of(2, 3, ""), null);
        assertEquals(TargetStatus.NOT_MET, r.status());
        assertEquals(Figure.of(-1, 15, "%"), r.margin().orElseThrow());
        assertEquals("依据第八部分：目标「比重 达到 三分之二」：实际 66.6%，差 0.066666…个百分点，未达成。", r.explanation());
    }

    @Test
    void atLeastIsMetFromTheFigureOnAndWithinToleranceJustBelow() {
        // 以上 includes the figure; with 相差 t 以内 a shortfall of exactly t is within tolerance
        qt().withExamples(1000).forAll(longs().between(-10_000, 10_000), longs().between(0, 10_000), longs().between(0, 500))
                .checkAssert((a, t, tol) -> {
                    TargetResult r = TargetCheck.compare("第一部分", "甲", "甲 " + t + "个 左右", Figure.of(a, 1, "个"), "", TargetRelation.AT_LEAST,
                            Figure.of(t, 1, "个"), Figure.of(tol, 1, "个"));
                    TargetStatus expected = a >= t ? TargetStatus.MET : t - a <= tol ? TargetStatus.WITHIN_TOLERANCE : TargetStatus.NOT_MET;
                    assertEquals(expected, r.status());
                    assertEquals(Figure.of(a - t, 1, "个"), r.margin().orElseThrow());
                });
    }

    @Test
    void strictWordsExcludeTheFigure() {
        qt().withExamples(1000).forAll(longs().between(-1000, 1000), longs().between(-1000, 1000)).checkAssert((a, t) -> {
            Figure actual = Figure.of(a, 100, "%");
            Figure target = Figure.of(t, 100, "%");
            assertEquals(a > t, TargetCheck.compare("p", "x", "x", actual, "", TargetRelation.MORE_THAN, target, null).status() == TargetStatus.MET);
            assertEquals(a < t, TargetCheck.compare("p", "x", "x", actual, "", TargetRelation.LESS_THAN, target, null).status() == TargetStatus.MET);
            assertEquals(a <= t, TargetCheck.compare("p", "x", "x", actual, "", TargetRelation.AT_MOST, target, null).status() == TargetStatus.MET);
            // the margin is positive exactly when the actual is on the right side of the figure
            assertEquals(Long.signum(t - a), TargetCheck.compare("p", "x", "x", actual, "", TargetRelation.AT_MOST, target, null).margin().orElseThrow().signum());
        });
    }

    @Test
    void rangeIncludesBothEnds() {
        qt().withExamples(500).forAll(longs().between(-50, 50), longs().between(0, 20), longs().between(1, 20)).checkAssert((a, low, width) -> {
            TargetResult r = TargetCheck.range("p", "x", "x", Figure.of(a, 1, "个"), Figure.of(low, 1, "个"), Figure.of(low + width, 1, "个"));
            assertEquals(a >= low && a <= low + width, r.status() == TargetStatus.MET);
            assertEquals(r.status() == TargetStatus.MET, r.margin().orElseThrow().signum() >= 0);
        });
    }

    @Test
    void relativeTolerancesAreShares() {
        // 120个 相差 5% 以内 is 6个
        TargetResult r = TargetCheck.compare("第一部分", "甲", "甲", Figure.parse("114个"), "", TargetRelation.AT_LEAST, Figure.parse("120个"), Figure.parse("5%"));
        assertEquals(TargetStatus.WITHIN_TOLERANCE, r.status());
        assertEquals("依据第一部分：目标「甲」：实际 114个，差 6个，容差为相差 6个 以内，在容差内。", r.explanation());
    }
}
