package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polc.runtime.internal.Checks;

class PolicyInputExceptionTest {

    @Test
    void messageAndGetters() {
        PolicyInputException e = new PolicyInputException("第十四条", "年度研发投入额", "不能为负数（-5元）");
        assertEquals("第十四条：输入「年度研发投入额」不能为负数（-5元）", e.getMessage());
        assertEquals("第十四条", e.clause());
        assertEquals("年度研发投入额", e.input());
        assertEquals("不能为负数（-5元）", e.problem());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void requireNonNegativeMoney() {
        Money ok = Money.ofWan(400);
        assertSame(ok, Checks.requireNonNegative(ok, "第十四条", "年度研发投入额"));
        assertSame(Money.ZERO, Checks.requireNonNegative(Money.ZERO, "第十四条", "年度研发投入额"));

        PolicyInputException negative = assertThrows(PolicyInputException.class,
                () -> Checks.requireNonNegative(Money.ofYuan(-5), "第十四条", "年度研发投入额"));
        assertEquals("第十四条：输入「年度研发投入额」不能为负数（-5元）", negative.getMessage());
        assertEquals("第十四条", negative.clause());
        assertEquals("年度研发投入额", negative.input());

        PolicyInputException oneFen = assertThrows(PolicyInputException.class,
                () -> Checks.requireNonNegative(Money.ofFen(-1), "第三条", "营业收入"));
        assertEquals("第三条：输入「营业收入」不能为负数（-0.01元）", oneFen.getMessage());

        PolicyInputException missing = assertThrows(PolicyInputException.class,
                () -> Checks.requireNonNegative((Money) null, "第十四条", "年度研发投入额"));
        assertEquals("第十四条：输入「年度研发投入额」不能为空", missing.getMessage());
    }

    @Test
    void requireNonNull() {
        String value = "高新技术企业";
        assertSame(value, Checks.requireNonNull(value, "第五条", "企业类型"));
        PolicyInputException e = assertThrows(PolicyInputException.class,
                () -> Checks.requireNonNull(null, "第五条", "企业类型"));
        assertEquals("第五条：输入「企业类型」不能为空", e.getMessage());
    }

    @Test
    void requireNonNegativeCount() {
        assertEquals(0L, Checks.requireNonNegative(0L, "第八条", "新增就业人数"));
        assertEquals(Long.MAX_VALUE, Checks.requireNonNegative(Long.MAX_VALUE, "第八条", "新增就业人数"));
        PolicyInputException e = assertThrows(PolicyInputException.class,
                () -> Checks.requireNonNegative(-1L, "第八条", "新增就业人数"));
        assertEquals("第八条：输入「新增就业人数」不能为负数（-1）", e.getMessage());
    }

    @Test
    void requireNonNegativeRate() {
        Rate half = Rate.of(1, 2);
        assertEquals(half, Checks.requireNonNegative(half, "第十条", "配套比例"));
        assertEquals(Rate.ZERO, Checks.requireNonNegative(Rate.ZERO, "第十条", "配套比例"));
        PolicyInputException negative = assertThrows(PolicyInputException.class,
                () -> Checks.requireNonNegative(Rate.of(-1, 100), "第十条", "配套比例"));
        assertEquals("第十条：输入「配套比例」不能为负数（-1%）", negative.getMessage());
        PolicyInputException missing = assertThrows(PolicyInputException.class,
                () -> Checks.requireNonNegative((Rate) null, "第十条", "配套比例"));
        assertEquals("第十条：输入「配套比例」不能为空", missing.getMessage());
    }
}
