package org.polc.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polc.runtime.Money;
import org.polc.runtime.Rate;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.runtime.Rounding;

class TraceTest {

    @Test
    void collectsStepsInOrder() {
        Trace trace = new Trace("第十四条");
        assertEquals("第十四条", trace.clause());
        assertEquals(List.of(), trace.steps());
        assertSame(trace, trace.step("第一步"));
        trace.step("第二步");
        assertEquals(List.of("第一步", "第二步"), trace.steps());
    }

    @Test
    void stepsIsASnapshot() {
        Trace trace = new Trace("第十四条").step("第一步");
        List<String> snapshot = trace.steps();
        trace.step("第二步");
        assertEquals(List.of("第一步"), snapshot);
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add("x"));
    }

    @Test
    void resultAppendsConclusion() {
        Money base = Money.ofWan(400);
        Money granted = base.times(Rate.percent(5), Rounding.HALF_UP);
        Result r = new Trace("第十四条")
                .step("依据第十四条：新增额 " + base + " 达到 200万元以上")
                .step("按 " + Rate.percent(5) + " 计 " + granted)
                .step("未超过最高 200万元")
                .result("研发投入补助", granted, ResultKind.CEILING);
        assertEquals("第十四条", r.clause());
        assertEquals("研发投入补助", r.calculator());
        assertEquals(Money.ofWan(20), r.amount());
        assertEquals(ResultKind.CEILING, r.kind());
        assertEquals("依据第十四条：新增额 400万元 达到 200万元以上；按 5% 计 20万元；未超过最高 200万元；"
                + "研发投入补助 最高可得 20万元。", r.explanation());
    }

    @Test
    void fixedConclusion() {
        Result r = new Trace("第九条").step("依据第九条：首次认定为高新技术企业")
                .result("认定奖励", Money.ofWan(30), ResultKind.FIXED);
        assertEquals(List.of("依据第九条：首次认定为高新技术企业", "认定奖励 确定金额 30万元"), r.steps());
    }

    @Test
    void noneConclusionOmitsAmount() {
        Result r = new Trace("第十四条").step("依据第十四条：新增额 150万元 未达到 200万元")
                .result("研发投入补助", Money.ZERO, ResultKind.NONE);
        assertEquals("依据第十四条：新增额 150万元 未达到 200万元；研发投入补助 不予。", r.explanation());
    }

    @Test
    void resultDoesNotChangeTheTrace() {
        Trace trace = new Trace("第九条").step("第一步");
        Result first = trace.result("奖励", Money.ofYuan(5), ResultKind.FIXED);
        Result second = trace.result("奖励", Money.ofYuan(5), ResultKind.FIXED);
        assertEquals(List.of("第一步"), trace.steps());
        assertEquals(first, second);
        assertEquals(List.of("第一步", "奖励 确定金额 5元"), second.steps());
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> new Trace(null));
        assertThrows(NullPointerException.class, () -> new Trace("第一条").step(null));
        assertThrows(NullPointerException.class,
                () -> new Trace("第一条").result("奖励", null, ResultKind.FIXED));
        assertThrows(IllegalArgumentException.class,
                () -> new Trace("第一条").result("奖励", Money.ofYuan(1), ResultKind.NONE));
    }
}
