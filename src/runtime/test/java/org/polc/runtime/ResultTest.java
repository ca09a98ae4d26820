package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTest {

    private static final List<String> STEPS = List.of(
            "依据第十四条：新增额 400万元 达到 200万元以上",
            "按 5% 计 20万元",
            "未超过最高 200万元",
            "研发投入补助 最高可得 20万元");

    private static Result ceiling() {
        return Result.of("第十四条", "研发投入补助", Money.ofWan(20), ResultKind.CEILING, STEPS);
    }

    @Test
    void accessors() {
        Result r = ceiling();
        assertEquals("第十四条", r.clause());
        assertEquals("研发投入补助", r.calculator());
        assertEquals(Money.ofWan(20), r.amount());
        assertEquals(ResultKind.CEILING, r.kind());
        assertEquals(STEPS, r.steps());
        assertTrue(r.isCeiling());
        assertFalse(Result.of("第三条", "奖励", Money.ofWan(1), ResultKind.FIXED, List.of()).isCeiling());
        assertFalse(Result.of("第三条", "奖励", Money.ZERO, ResultKind.NONE, List.of()).isCeiling());
    }

    @Test
    void stepsAreCopiedAndUnmodifiable() {
        List<String> source = new ArrayList<>(List.of("第一步"));
        Result r = Result.of("第三条", "奖励", Money.ofWan(1), ResultKind.FIXED, source);
        source.add("第二步");
        assertEquals(List.of("第一步"), r.steps());
        assertThrows(UnsupportedOperationException.class, () -> r.steps().add("第三步"));
    }

    @Test
    void explanation() {
        assertEquals("依据第十四条：新增额 400万元 达到 200万元以上；按 5% 计 20万元；未超过最高 200万元；"
                + "研发投入补助 最高可得 20万元。", ceiling().explanation());
        assertEquals("只有一步。",
                Result.of("第三条", "奖励", Money.ofWan(1), ResultKind.FIXED, List.of("只有一步")).explanation());
        assertEquals("", Result.of("第三条", "奖励", Money.ofWan(1), ResultKind.FIXED, List.of()).explanation());
        // A bare basis step reads as a heading: 依据第十四条：…
        assertEquals("依据第十四条：「新增额 200万元 以上」成立；按不超过「新增额 × 5%」计 20万元。",
                Result.of("第十四条", "补助", Money.ofWan(20), ResultKind.CEILING,
                        List.of("依据第十四条", "「新增额 200万元 以上」成立", "按不超过「新增额 × 5%」计 20万元")).explanation());
        assertEquals("依据第十四条。", Result.of("第十四条", "补助", Money.ZERO, ResultKind.NONE, List.of("依据第十四条")).explanation());
    }

    @Test
    void toStringShowsKindAmountAndExplanation() {
        assertEquals("研发投入补助 最高可得 20万元：依据第十四条：新增额 400万元 达到 200万元以上；按 5% 计 20万元；"
                + "未超过最高 200万元；研发投入补助 最高可得 20万元。", ceiling().toString());
        assertEquals("奖励 不予 0元：未达到门槛。",
                Result.of("第三条", "奖励", Money.ZERO, ResultKind.NONE, List.of("未达到门槛")).toString());
    }

    @Test
    void permitsCeiling() {
        Result r = ceiling();
        assertTrue(r.permits(Money.ZERO));
        assertTrue(r.permits(Money.ofWan(10)));
        assertTrue(r.permits(Money.ofWan(20)));
        assertFalse(r.permits(Money.ofWan(20).plus(Money.ofFen(1))));
        assertFalse(r.permits(Money.ofFen(-1)));
    }

    @Test
    void permitsFixed() {
        Result r = Result.of("第三条", "奖励", Money.ofWan(50), ResultKind.FIXED, List.of());
        assertTrue(r.permits(Money.ofYuan(500_000)));
        assertFalse(r.permits(Money.ofWan(50).minus(Money.ofFen(1))));
        assertFalse(r.permits(Money.ZERO));
    }

    @Test
    void permitsNone() {
        Result r = Result.of("第三条", "奖励", Money.ZERO, ResultKind.NONE, List.of());
        assertTrue(r.permits(Money.ZERO));
        assertFalse(r.permits(Money.ofFen(1)));
        assertFalse(r.permits(Money.ofFen(-1)));
    }

    @Test
    void permitsNullIsInputError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ceiling().permits(null));
        assertEquals("第十四条：输入「决定金额」不能为空", e.getMessage());
    }

    @Test
    void rejectsNullsAndNonZeroNone() {
        assertThrows(NullPointerException.class,
                () -> Result.of("第三条", "奖励", null, ResultKind.FIXED, List.of()));
        assertThrows(NullPointerException.class,
                () -> Result.of(null, "奖励", Money.ZERO, ResultKind.FIXED, List.of()));
        assertThrows(NullPointerException.class,
                () -> Result.of("第三条", null, Money.ZERO, ResultKind.FIXED, List.of()));
        assertThrows(NullPointerException.class,
                () -> Result.of("第三条", "奖励", Money.ZERO, null, List.of()));
        assertThrows(NullPointerException.class,
                () -> Result.of("第三条", "奖励", Money.ZERO, ResultKind.FIXED, null));
        assertThrows(NullPointerException.class,
                () -> Result.of("第三条", "奖励", Money.ZERO, ResultKind.FIXED, Arrays.asList("a", null)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Result.of("第三条", "奖励", Money.ofWan(1), ResultKind.NONE, List.of()));
        assertEquals("奖励 结果为不予，金额应为 0元，实际为 1万元", e.getMessage());
    }

    @Test
    void equalsAndHashCode() {
        assertEquals(ceiling(), ceiling());
        assertEquals(ceiling().hashCode(), ceiling().hashCode());
        assertNotEquals(ceiling(), Result.of("第十四条", "研发投入补助", Money.ofWan(20), ResultKind.FIXED, STEPS));
        assertNotEquals(ceiling(), Result.of("第十四条", "研发投入补助", Money.ofWan(21), ResultKind.CEILING, STEPS));
    }
}
