package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.model.Clause;
import org.polc.model.Rational;
import org.polc.model.Goal;
import org.polc.model.GoalValue;
import org.polc.model.Target;
import org.polc.model.TargetFigure;
import org.polc.testing.Fixtures;
import org.polc.vocabulary.Comparison;

/**
 * Targets (docs/language.md §19) in the checked model: the year and the value in base units. The
 * target diagnostics are .pol files in src/compiler/test/pol/targets (src/compiler/test/pol/CONVERTED.md).
 */
class StructureTest {

    private static Compilation part(String targets) {
        return Fixtures.compile("部分 一 测试部分\n" + targets + "条款 一 测试条款\n  原文 “测试”\n  输入\n    金额甲：金额\n  补助 奖：给予 金额甲\n");
    }

    private static Target target(Compilation c) {
        assertEquals(List.of(), Fixtures.errors(c), () -> Fixtures.render(c));
        return c.programs().get(0).parts().get(0).targets().get(0);
    }

    /** The figure of a goal that states one. */
    private static TargetFigure figure(Goal g) {
        return g.value().accept(new GoalValue.Visitor<TargetFigure>() {
            @Override
            public TargetFigure visitFixed(GoalValue.Fixed fixed) {
                return fixed.figure();
            }

            @Override
            public TargetFigure visitRange(GoalValue.Range range) {
                throw new AssertionError("a range");
            }

            @Override
            public TargetFigure visitRelative(GoalValue.Relative relative) {
                throw new AssertionError("a baseline");
            }

            @Override
            public TargetFigure visitBudgeted(GoalValue.Budgeted budgeted) {
                return budgeted.threshold();
            }
        });
    }

    @Test
    void aTargetKeepsItsYearAndItsValueInTheWrittenUnit() {
        // item 11: 100万吨标准煤 is 100 in 万吨标准煤 (and 1,000,000 吨标准煤 in the base unit), never 1000000 beside 万吨标准煤
        Target t = target(part("  目标 2024年 力争 节能量 达到 100万吨标准煤\n"));
        assertEquals(Optional.of(2024), t.year());
        TargetFigure f = figure(t.goals().get(0));
        assertEquals(Rational.of(100), f.value());
        assertEquals("万吨标准煤", f.unit());
        assertEquals(Rational.of(1_000_000), f.base());
        Target bare = target(part("  目标 指标 达到 5家\n"));
        assertEquals(Optional.empty(), bare.year());
        assertEquals(Rational.of(5), figure(bare.goals().get(0)).value());
    }

    @Test
    void aGoalWithoutWordsIsReadAsReachingItsFigure() {
        Target t = target(part("  目标 2024年 新增上市公司 15家\n"));
        assertEquals(Comparison.GE, t.goals().get(0).comparison());
        assertEquals("", t.goals().get(0).comparisonWords());
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
        Goal g = growth.goals().get(0);
        assertEquals("科技服务业贷款增速", g.indicator());
        assertEquals(Comparison.GT, g.comparison());
        assertEquals(new GoalValue.Relative("各项贷款平均增速", Optional.empty()), g.value());
        Goal listed = targets.get(1).goals().get(0);
        assertEquals("“专精特新”板累计入板企业", listed.indicator());
        assertEquals(Comparison.GE, listed.comparison());
        assertEquals(Rational.of(30), figure(listed).value());
        assertEquals("家", figure(listed).unit());
    }
}
