package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.SourceFile;
import org.polc.model.Clause;
import org.polc.model.Part;
import org.polc.model.Program;
import org.polc.model.Rational;
import org.polc.model.Rounding;
import org.polc.testing.Fixtures;

/**
 * One policy folder (docs/language.md §1, §6–§8): its name, and what the header, Parts and clauses
 * give the checked model. One header with 有效期, Parts and clauses numbered once and clauses with
 * 原文 are .pol files in src/compiler/test/pol/structure (src/compiler/test/pol/CONVERTED.md).
 */
class CheckerTest {

    private static final String HEADER = "政策 测试政策\n  有效期 2024-01-01 至 2024-12-31\n";

    private static String part(String number, String... clauses) {
        StringBuilder sb = new StringBuilder("部分 " + number + " 测试部分\n  牵头单位 测试局\n");
        for (String c : clauses) {
            sb.append("条款 ").append(c).append(" 测试条款\n  原文 “测试”\n  输入\n    金额甲：金额\n  补助 奖：给予 金额甲\n");
        }
        return sb.toString();
    }

    private static Compilation compile(String id, String... files) {
        List<SourceFile> sources = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            sources.add(new SourceFile("f" + i + ".pol", files[i]));
        }
        return Compiler.compileSources(id, sources);
    }

    @Test
    void theFolderNameMustBeALowerCaseAsciiJavaName() {
        assertEquals(List.of(), Fixtures.errorCodes(compile("test2024", HEADER + part("一", "一"))));
        for (String id : new String[] {"Test", "测试", "tést", "ab\u0080", "2024a", "a-b", "class"}) {
            Compilation c = compile(id, HEADER + part("一", "一"));
            assertEquals(List.of("program.id"), Fixtures.errorCodes(c), id + "\n" + Fixtures.render(c));
            assertTrue(Fixtures.errors(c).get(0).message().contains(id), id);
        }
    }

    @Test
    void partsAndClausesAreOrderedByNumber() {
        Compilation c = compile("test", HEADER + part("二", "五", "四"), part("一", "三", "一"));
        assertTrue(c.ok(), Fixtures.render(c));
        Program p = c.programs().get(0);
        assertEquals(List.of(1, 2), p.parts().stream().map(Part::number).toList());
        assertEquals(List.of(1, 3, 4, 5), p.clauses().stream().map(Clause::number).toList());
    }

    @Test
    void theHeaderGivesValidityRoundingBudgetsAndTargets() {
        Compilation c = compile("test", """
                政策 测试政策
                  有效期 2025-03-01 至 2026-06-30
                  舍入 进一
                  预算 “总预算” 10亿元 其中：
                    “甲项” 4亿元
                    “乙项” 6亿元
                  目标 2025年 新增企业 达到 100家
                部分 一 测试部分
                  原文 “部分原文”
                条款 一 测试条款
                  原文 “测试”
                  输入
                    金额甲：金额
                  补助 奖：给予 金额甲
                """);
        assertTrue(c.ok(), Fixtures.render(c));
        Program p = c.programs().get(0);
        assertEquals(LocalDate.of(2025, 3, 1), p.clauses().get(0).validFrom());
        assertEquals(LocalDate.of(2026, 6, 30), p.clauses().get(0).validTo());
        assertEquals(Rounding.UP, p.rounding());
        assertEquals(Rounding.UP, p.clauses().get(0).rounding());
        assertEquals(1, p.budgets().size());
        assertEquals(Rational.of(1_000_000_000), p.budgets().get(0).total());
        assertEquals(2, p.budgets().get(0).items().size());
        assertEquals(1, p.targets().size());
        assertEquals(java.util.Optional.of(2025), p.targets().get(0).year());
        assertEquals("部分原文", p.parts().get(0).text());
    }
}
