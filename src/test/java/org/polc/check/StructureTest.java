package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.model.Clause;
import org.polc.model.Rational;
import org.polc.model.Target;
import org.polc.testing.Fixtures;
import org.polc.vocabulary.Comparison;

/**
 * Targets (docs/language.md §19) in the checked model: the year and the value in base units. The
 * target diagnostics are .pol files in src/test/pol/targets (src/test/pol/CONVERTED.md).
 */
class StructureTest {

    private static Compilation part(String targets) {
        return Fixtures.compile("部分 一 测试部分\n" + targets + "条款 一 测试条款\n  原文 “测试”\n  输入\n    金额甲：金额\n  补助 奖：给予 金额甲\n");
    }

    private static Target target(Compilation c) {
        assertEquals(List.of(), Fixtures.errors(c), () -> Fixtures.render(c));
        return c.programs().get(0).parts().get(0).targets().get(0);
    }

    @Test
    void aTargetKeepsItsYearAndItsValueInBaseUnits() {
        Target t = target(part("  目标 2024年 力争 节能量 达到 100万吨标准煤\n"));
        assertEquals(Optional.of(2024), t.year());
        assertEquals(Optional.of(Rational.of(1_000_000)), t.value());
        assertEquals(Optional.of("万吨标准煤"), t.unit());
        Target bare = target(part("  目标 指标 达到 5家\n"));
        assertEquals(Optional.empty(), bare.year());
        assertEquals(Optional.of(Rational.of(5)), bare.value());
    }

    @Test
    void aClauseKeepsItsTargets() {
        // 第二十条: 「力争2024年科技服务业贷款增速高于各项贷款平均增速」「累计入板企业达30家」
        Clause twenty = Fixtures.realPolicies().clauses().stream().filter(c -> c.number() == 20).findFirst().orElseThrow();
        List<Target> targets = twenty.targets();
        assertEquals(2, targets.size());
        Target growth = targets.get(0);
        assertEquals(Optional.of(2024), growth.year());
        assertEquals(Optional.of("力争"), growth.strength());
        assertEquals("科技服务业贷款增速", growth.indicator());
        assertEquals(Optional.of(Comparison.GT), growth.comparison());
        assertEquals(Optional.of("各项贷款平均增速"), growth.otherIndicator());
        assertEquals(Optional.empty(), growth.value());
        Target listed = targets.get(1);
        assertEquals("“专精特新”板累计入板企业", listed.indicator());
        assertEquals(Optional.of(Comparison.GE), listed.comparison());
        assertEquals(Optional.of(Rational.of(30)), listed.value());
        assertEquals(Optional.of("家"), listed.unit());
    }
}
