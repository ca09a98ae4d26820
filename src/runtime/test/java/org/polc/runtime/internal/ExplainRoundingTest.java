package org.polc.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polc.runtime.Money;
import org.polc.runtime.Rate;
import org.polc.runtime.Rounding;

/** How an explanation shows an inexact product: expected texts worked out by hand from the fractions. */
class ExplainRoundingTest {

    @Test
    void aProductOfWholeFenShowsWhatItMultipliesAndTheAmount() {
        // 10000分 × 1/20 = 500分 exactly
        assertEquals("100元 × 5% = 5元", Explain.product(Money.ofYuan(100), Rate.of(1, 20), Rounding.HALF_UP));
        assertEquals("", Explain.rounded("投入额 × 5%", Money.ofYuan(100), Rate.of(1, 20), Rounding.HALF_UP));
        assertEquals(null, Explain.exact(Money.ofYuan(100), Rate.of(1, 20)));
    }

    @Test
    void anInexactProductShowsItsExactValueAndTheRule() {
        // 1234567891分 × 1/20 = 61728394.55分 = 617283.9455元
        assertEquals("12345678.91元 × 5% = 617283.9455元，按四舍五入计到分为 617283.95元",
                Explain.product(Money.ofFen(1_234_567_891L), Rate.of(1, 20), Rounding.HALF_UP));
        // 100分 × 1/3 = 33.33…分 = 0.333333…元: 舍去 0.33元, 进一 0.34元, 四舍五入 0.33元
        assertEquals("1元 × 1/3 = 0.333333…元，按舍去计到分为 0.33元", Explain.product(Money.ofYuan(1), Rate.of(1, 3), Rounding.DOWN));
        assertEquals("1元 × 1/3 = 0.333333…元，按进一计到分为 0.34元", Explain.product(Money.ofYuan(1), Rate.of(1, 3), Rounding.UP));
        assertEquals("1元 × 1/3 = 0.333333…元，按四舍五入计到分为 0.33元", Explain.product(Money.ofYuan(1), Rate.of(1, 3), Rounding.HALF_UP));
        // 200分 × 1/3 = 66.66…分 = 0.666666…元 (cut, not rounded, to six decimals)
        assertEquals("2元 × 1/3 = 0.666666…元，按四舍五入计到分为 0.67元", Explain.product(Money.ofYuan(2), Rate.of(1, 3), Rounding.HALF_UP));
    }

    @Test
    void sixDecimalsAreShownWholeAndMoreAreCut() {
        // 1分 × 1/16 = 0.0625分 = 0.000625元: six decimals, exact
        assertEquals("0.000625元", Explain.exact(Money.ofFen(1), Rate.of(1, 16)));
        // 1分 × 1/128 = 0.0078125分 = 0.000078125元: nine decimals, cut to six
        assertEquals("0.000078…元", Explain.exact(Money.ofFen(1), Rate.of(1, 128)));
    }

    @Test
    void aWholeMultiplierReadsAsAPlainNumber() {
        // 20倍 of 100元, and 1:1 of 123.45万元: not 2000% and 100%
        assertEquals("100元 × 20 = 2000元", Explain.product(Money.ofYuan(100), Rate.of(20, 1), Rounding.HALF_UP));
        assertEquals("123.45万元 × 1 = 123.45万元", Explain.product(Money.ofFen(123_4500_00L), Rate.of(1, 1), Rounding.HALF_UP));
    }

    @Test
    void negativeAmountsKeepTheirSignAndRoundByAbsoluteValue() {
        // -10分 × 1/20 = -0.5分 = -0.005元 → 四舍五入 by absolute value -1分
        assertEquals("-0.10元 × 5% = -0.005元，按四舍五入计到分为 -0.01元", Explain.product(Money.ofFen(-10), Rate.of(1, 20), Rounding.HALF_UP));
        // -1分 × 1/3 = -0.0033…元 → 舍去 0元
        assertEquals("-0.01元 × 1/3 = -0.003333…元，按舍去计到分为 0元", Explain.product(Money.ofFen(-1), Rate.of(1, 3), Rounding.DOWN));
        // -1分 × 1/10⁹: every shown digit is 0, the sign and the “…” still say it is below zero
        assertEquals("-0.000000…元", Explain.exact(Money.ofFen(-1), Rate.of(1, 1_000_000_000L)));
    }

    @Test
    void notesAreJoinedOnlyWhenThereAreAny() {
        String a = Explain.rounded("甲 × 5%", Money.ofFen(1), Rate.of(1, 20), Rounding.HALF_UP);
        assertEquals("「甲 × 5%」为 0.01元 × 5% = 0.0005元，按四舍五入计到分为 0元", a);
        assertEquals("", Explain.within("", ""));
        assertEquals("（其中" + a + "）", Explain.within("", a));
        assertEquals("（其中" + a + "；" + a + "）", Explain.within(a, a));
        assertEquals("", Explain.definition("基数", ""));
        assertEquals("基数：" + a, Explain.definition("基数", a));
    }

    @Test
    void anEmptyNoteAddsNoStep() {
        Trace trace = new Trace("第十四条").note("").note("基数：x");
        assertEquals(List.of("基数：x"), trace.steps());
    }
}
