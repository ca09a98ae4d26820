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
}
