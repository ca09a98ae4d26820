package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polc.runtime.internal.Explain;
import org.polc.runtime.internal.Trace;

class ResultKindTest {

    @Test
    void chinese() {
        assertEquals("确定金额", ResultKind.FIXED.chinese());
        assertEquals("最高可得", ResultKind.CEILING.chinese());
        assertEquals("不予", ResultKind.NONE.chinese());
        assertEquals("应缴", ResultKind.PAYABLE.chinese());
        assertEquals("免费", ResultKind.FREE.chinese());
    }

    @Test
    void constants() {
        assertArrayEquals(new ResultKind[] {ResultKind.FIXED, ResultKind.CEILING, ResultKind.NONE, ResultKind.PAYABLE, ResultKind.FREE},
                ResultKind.values());
    }

    @Test
    void aPaymentIsNeverAddedToAGrant() {
        assertTrue(ResultKind.PAYABLE.payment());
        assertTrue(ResultKind.FREE.payment());
        assertFalse(ResultKind.FIXED.payment());
        assertThrows(IllegalArgumentException.class, () -> ResultKind.combine(ResultKind.FIXED, ResultKind.PAYABLE));
        assertThrows(IllegalArgumentException.class, () -> ResultKind.combine(ResultKind.FREE, ResultKind.NONE));
    }

    @Test
    void aPaymentPermitsExactlyItsAmountAndFreePermitsZero() {
        Result pay = Result.of("第四十五条", "车辆通行费", Money.ofYuan(650), ResultKind.PAYABLE, List.of("车辆通行费 应缴 650元"));
        assertTrue(pay.permits(Money.ofYuan(650)));
        assertFalse(pay.permits(Money.ofYuan(649)));
        Result free = Result.of("第四十五条", "车辆通行费", Money.ZERO, ResultKind.FREE, List.of("车辆通行费 免费"));
        assertTrue(free.permits(Money.ZERO));
        assertFalse(free.permits(Money.ofFen(1)));
        // free is zero to pay: a free result with an amount is refused
        assertThrows(IllegalArgumentException.class, () -> Result.of("第四十五条", "车辆通行费", Money.ofFen(1), ResultKind.FREE, List.of()));
    }

    @Test
    void theConclusionOfAPaymentSaysWhatIsPaid() {
        Trace trace = new Trace("第四十五条");
        assertEquals("车辆通行费 应缴 650元", trace.result("车辆通行费", Money.ofYuan(650), ResultKind.PAYABLE).steps().get(0));
        assertEquals("车辆通行费 免费", trace.result("车辆通行费", Money.ZERO, ResultKind.FREE).steps().get(0));
    }

    @Test
    void whatIsLeftUnderACumulativeCeilingIsNeverNegative() {
        Money cap = Money.ofWan(500);
        assertEquals(Money.ofWan(200), Money.remaining(cap, Money.ofWan(300)));
        assertEquals(Money.ZERO, Money.remaining(cap, Money.ofWan(500)));
        assertEquals(Money.ZERO, Money.remaining(cap, Money.ofWan(600)));
        assertEquals(cap, Money.remaining(cap, Money.ZERO));
        assertEquals(Money.ofFen(1), Money.remaining(cap, Money.ofFen(cap.fen() - 1)));
        assertEquals("累计最高 500万元，已获 300万元，尚余 200万元，按 200万元 计",
                Explain.cumulative(false, "500万元", cap, Money.ofWan(300), Money.ofWan(600)));
        assertEquals("年度累计最高 200万元，本年度已获 150万元，尚余 50万元，未超过余额",
                Explain.cumulative(true, "200万元", Money.ofWan(200), Money.ofWan(150), Money.ofWan(50)));
        assertEquals("累计最高 500万元，已获 600万元，已无余额", Explain.cumulative(false, "500万元", cap, Money.ofWan(600), Money.ofWan(1)));
    }
}
