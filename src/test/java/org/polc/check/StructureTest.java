package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.model.Rational;
import org.polc.model.Target;
import org.polc.testing.Fixtures;

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
}
