package org.polc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.Span;

/** Numbers of a text matched with what constructs state, by value and dimension, and with 叙述 marks. */
class CoverageTest {

    private static final Span AT = Span.unknown(new SourceFile("test.pol", ""));

    private static StatedNumbers.Stated money(long yuan) {
        return new StatedNumbers.Stated(NumberValue.money(Rational.of(yuan)), "补助「甲」");
    }

    private static StatedNumbers.Stated rate(long n, long d) {
        return new StatedNumbers.Stated(new NumberValue(Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d)), "%"), "补助「甲」");
    }

    private static StatedNumbers.Stated count(long n) {
        return new StatedNumbers.Stated(NumberValue.of(Rational.of(n), "个").orElseThrow(), "目标「甲」");
    }

    private static Narrative mark(String piece) {
        return new Narrative(piece, "理由", AT);
    }

    private static List<String> statuses(Coverage c) {
        return c.numbers().stream().map(n -> n.found().shown() + " " + n.status()).toList();
    }

    @Test
    void numbersMatchByValueAndDimensionNotBySpelling() {
        Coverage c = Coverage.of("新增 200 万元以上，按不超过新增额 5% 给予，2倍配套，三分之二，六五折，1:1，250%，2.5",
                // 250% and 2.5 are the same value written twice: two statements of 5/2 account for them
                List.of(), List.of(money(2_000_000), rate(1, 20), rate(2, 1), rate(2, 3), rate(13, 20), rate(1, 1), rate(5, 2), rate(5, 2)));
        assertEquals(List.of("200 万元 USED", "5% USED", "2倍 USED", "三分之二 USED", "六五折 USED", "1:1 USED", "250% USED", "2.5 USED"),
                statuses(c));
        assertEquals(8, c.used());
        assertEquals(true, c.complete());
    }

    @Test
    void eachStatementAccountsForOneOccurrenceInTheOrderOfTheText() {
        // 第四十九条: the target states 2个 once; the text writes 2个 for the 商圈 and for the two 区 it lists
        Coverage c = Coverage.of("智慧商圈2个；富阳、临平2个区", List.of(), List.of(count(2)));
        assertEquals(List.of("2个 USED", "2个 UNCOVERED"), statuses(c));
        Coverage twice = Coverage.of("智慧商圈2个；富阳、临平2个区", List.of(), List.of(count(2), count(2)));
        assertEquals(List.of("2个 USED", "2个 USED"), statuses(twice));
    }

    @Test
    void statementsGoToUnmarkedOccurrencesFirst() {
        // the mark stands before the target's occurrence, yet the one statement goes to the unmarked 2个
        Narrative districts = mark("2个区");
        Coverage c = Coverage.of("富阳、临平2个区；智慧商圈2个", List.of(districts), List.of(count(2)));
        assertEquals(List.of("2个 NARRATIVE", "2个 USED"), statuses(c));
        assertEquals(Coverage.MarkStatus.COVERS, c.marks().get(0).status());
        // a statement left over goes to the marked occurrence: the mark is redundant
        Coverage spare = Coverage.of("富阳、临平2个区；智慧商圈2个", List.of(districts), List.of(count(2), count(2)));
        assertEquals(List.of("2个 USED", "2个 USED"), statuses(spare));
        assertEquals(Coverage.MarkStatus.REDUNDANT, spare.marks().get(0).status());
    }

    @Test
    void aNumberOfAnotherDimensionIsNotUsed() {
        // 200万元 stated, but the text says 200万美元 and 200万家
        Coverage c = Coverage.of("200万美元，200万家，200万元", List.of(), List.of(money(2_000_000)));
        assertEquals(List.of("200万美元 UNCOVERED", "200万家 UNCOVERED", "200万元 USED"), statuses(c));
        assertEquals(2, c.uncovered());
    }

    @Test
    void aMarkCoversEveryOccurrenceOfItsPieceAndIgnoresSpacesAndDigitWidths() {
        Narrative year = mark("２０２４年");
        Coverage c = Coverage.of("2024 年预算安排，2024年全年，2025年", List.of(year), List.of());
        assertEquals(List.of("2024 年 NARRATIVE", "2024年 NARRATIVE", "2025年 UNCOVERED"), statuses(c));
        Coverage.Mark m = c.marks().get(0);
        assertEquals(Coverage.MarkStatus.COVERS, m.status());
        assertEquals(2, m.occurrences());
        assertEquals("理由", c.numbers().get(0).by());
    }

    @Test
    void aPieceWithContextCoversOnlyThatPlaceAndSeveralNumbers() {
        Coverage c = Coverage.of("执行好要素保障“3 个 70%”，新增能耗比重不低于 70%", List.of(mark("“3个70%”")), List.of());
        assertEquals(List.of("3 个 NARRATIVE", "70% NARRATIVE", "70% UNCOVERED"), statuses(c));
    }

    @Test
    void aConstructWinsOverAMarkAndTheMarkIsRedundant() {
        Coverage c = Coverage.of("最高补助 200 万元", List.of(mark("200 万元")), List.of(money(2_000_000)));
        assertEquals(List.of("200 万元 USED"), statuses(c));
        assertEquals(Coverage.MarkStatus.REDUNDANT, c.marks().get(0).status());
        assertEquals("补助「甲」", c.marks().get(0).inside().get(0).by());
    }

    @Test
    void aMarkNotInTheTextOrWithoutAWholeNumber() {
        Coverage c = Coverage.of("市财政2024年预算安排", List.of(mark("2025年"), mark("2024"), mark("预算安排")), List.of());
        assertEquals(Coverage.MarkStatus.ABSENT, c.marks().get(0).status());
        assertEquals(0, c.marks().get(0).occurrences());
        Coverage.Mark cut = c.marks().get(1);
        assertEquals(Coverage.MarkStatus.NO_NUMBER, cut.status());
        assertEquals("2024年", cut.overlapping().get(0).found().spelling());
        assertEquals(Coverage.MarkStatus.NO_NUMBER, c.marks().get(2).status());
        assertEquals(List.of(), c.marks().get(2).overlapping());
        assertEquals(List.of("2024年 UNCOVERED"), statuses(c));
    }

    @Test
    void aLongTextWithAPieceThatOccursAsOftenStaysFast() {
        String text = "市财政2024年预算安排，".repeat(50_000) + "另有 5 个领域";
        long start = System.nanoTime();
        Coverage c = Coverage.of(text, List.of(mark("2024年"), mark("5 个领域")), List.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(50_001, c.narrative());
        assertEquals(50_000, c.marks().get(0).occurrences());
        // linear-logarithmic: about a second on a loaded machine; quadratic (2.5 billion steps) would take minutes
        assertEquals(true, millis < 30_000, millis + " ms");
    }

    @Test
    void aTextWithoutNumbersIsComplete() {
        Coverage c = Coverage.of("全面落实支持科技创新的税收优惠政策，推进一体化", List.of(), List.of());
        assertEquals(0, c.found());
        assertEquals(true, c.complete());
    }
}
