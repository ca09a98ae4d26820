package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactsTest {

    private static final InputDescriptor<Money> THIS_YEAR = InputDescriptor.fact("年度研发投入额", Money.class, "金额", "申报年度的研发投入总额");
    private static final InputDescriptor<Boolean> QUALIFIED_1 = InputDescriptor.clause("第一条", "符合条件", Boolean.class, "是否", "");
    private static final InputDescriptor<Boolean> QUALIFIED_2 = InputDescriptor.clause("第二条", "符合条件", Boolean.class, "是否", "");

    @Test
    void aValueIsReadByItsKeyAndAMissingOneNamesInputAndClause() {
        Facts facts = Facts.builder().set(THIS_YEAR, Money.parse("900万元")).set(QUALIFIED_1, true).build();
        assertEquals(Optional.of(Money.parse("900万元")), facts.get(THIS_YEAR));
        assertEquals(true, facts.require(QUALIFIED_1, "第一条"));
        assertTrue(facts.hasAll(List.of(THIS_YEAR, QUALIFIED_1)));
        // same name, another clause: another key, not given
        assertFalse(facts.has(QUALIFIED_2));
        PolicyInputException e = assertThrows(PolicyInputException.class, () -> facts.require(QUALIFIED_2, "第二条"));
        assertEquals("第二条：输入「符合条件」未填写", e.getMessage());
        assertEquals("符合条件", e.input());
    }

    @Test
    void nullUnsetsAndABuiltTableNeverChanges() {
        Facts.Builder builder = Facts.builder().set(THIS_YEAR, Money.parse("1元"));
        Facts before = builder.build();
        builder.set(THIS_YEAR, null);
        Facts after = builder.build();
        assertTrue(before.has(THIS_YEAR));
        assertFalse(after.has(THIS_YEAR));
        Facts more = before.toBuilder().set(QUALIFIED_2, false).build();
        assertEquals(List.of(THIS_YEAR, QUALIFIED_2), more.inputs());
        assertEquals(List.of(THIS_YEAR), before.inputs());
        assertEquals(Facts.EMPTY.inputs(), List.of());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aValueOfAnotherTypeIsRefusedInChinese() {
        InputDescriptor raw = THIS_YEAR;
        PolicyInputException e = assertThrows(PolicyInputException.class, () -> Facts.builder().set(raw, true));
        assertEquals("文件事实：输入「年度研发投入额」的类型应是「金额」，而不是 true", e.getMessage());
        PolicyInputException local = assertThrows(PolicyInputException.class, () -> Facts.builder().set((InputDescriptor) QUALIFIED_1, 5L));
        assertEquals("第一条：输入「符合条件」的类型应是「是否」，而不是 5", local.getMessage());
    }

    @Test
    void keysMadeBeforeAndAfterTheGivenOnesAreNotGivenAndOrderIsKept() {
        // The table holds only the range of keys it was given: a key made earlier or later, or between
        // two given ones, must read as missing, whatever its number.
        InputDescriptor<Long> before = InputDescriptor.clause("第三条", "件数", Long.class, "件数", "");
        InputDescriptor<Money> first = InputDescriptor.fact("甲", Money.class, "金额", "");
        InputDescriptor<Money> between = InputDescriptor.fact("乙", Money.class, "金额", "");
        InputDescriptor<Money> last = InputDescriptor.fact("丙", Money.class, "金额", "");
        InputDescriptor<Money> after = InputDescriptor.fact("丁", Money.class, "金额", "");
        Facts facts = Facts.builder().set(last, Money.parse("3元")).set(first, Money.parse("1元")).build();
        assertEquals(Money.parse("1元"), facts.require(first, "第三条"));
        assertEquals(Money.parse("3元"), facts.require(last, "第三条"));
        for (InputDescriptor<?> missing : List.of(before, between, after, THIS_YEAR)) {
            assertFalse(facts.has(missing), missing.toString());
            assertEquals(Optional.empty(), facts.get(missing));
        }
        assertFalse(facts.hasAll(List.of(first, between)));
        assertTrue(facts.hasAll(List.of(first, last)));
        assertEquals(List.of(last, first), facts.inputs());
        assertEquals("事实{「丙」=3元，「甲」=1元}", facts.toString());
        Facts merged = Facts.builder().set(between, Money.parse("2元")).setAll(facts).set(last, null).build();
        assertEquals(List.of(between, first), merged.inputs());
        assertEquals(Money.parse("2元"), merged.require(between, "第三条"));
        assertFalse(merged.has(last));
        assertFalse(Facts.EMPTY.has(first));
    }
}
