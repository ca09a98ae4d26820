package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
