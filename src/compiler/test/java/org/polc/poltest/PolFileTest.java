package org.polc.poltest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polc.diagnostics.Diagnostic;
import org.polc.diagnostics.Severity;
import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.Span;

/** Reading a test file and writing its expectation block, without running polc. */
class PolFileTest {

    @Test
    void theBodyEndsWhereTheMarkerLineStarts() {
        PolFile f = PolFile.parse("条款\n\n# ==== 期望 ====\n# 没有诊断\n");
        assertEquals("条款\n\n", f.body());
        assertEquals(Optional.of("# ==== 期望 ====\n# 没有诊断\n"), f.block());
        assertEquals(3, f.blockLine());
        // only a whole line is the marker
        assertEquals(Optional.empty(), PolFile.parse("# ==== 期望 ==== 以后\n").block());
    }

    @Test
    void theTestHeaderIsAddedUnlessTheFileHasItsOwnOrAsksForNone() {
        assertTrue(PolFile.parse("# 说明\n部分 一 测试部分\n").needsHeader());
        assertFalse(PolFile.parse("# 说明\n\n  政策 测试政策\n").needsHeader());
        assertFalse(PolFile.parse("# 说明\n# 无文件头\n部分 一 测试部分\n").needsHeader());
        // a name that starts with 政策 is not the heading
        assertTrue(PolFile.parse("政策性条款\n").needsHeader());
    }

    @Test
    void anotherFileStartsAtItsLineAndKeepsTheLineNumbersOfTheTestFile() {
        PolFile f = PolFile.parse("甲\n乙\n" + PolFile.NEXT_FILE + "\n丙\n");
        assertEquals(List.of("甲\n乙\n", "\n\n" + PolFile.NEXT_FILE + "\n丙\n"), f.sections());
        assertEquals(List.of("甲\n"), PolFile.parse("甲\n").sections());
    }

    @Test
    void evalDirectivesAreReadFromTheBodyOnly() {
        PolFile f = PolFile.parse("  # 试算 第十四条：{\"甲\": 1}\n# 试算 第10条 --json: {}\n# ==== 期望 ====\n# 试算 第一条：{}\n");
        assertEquals(List.of(new PolFile.Eval("# 试算 第十四条：{\"甲\": 1}", "十四", false, "{\"甲\": 1}"),
                new PolFile.Eval("# 试算 第10条 --json: {}", "10", true, "{}")), f.evals());
        assertEquals(List.of(), f.problems());
    }

    @Test
    void withBlockAppendsAfterOneEmptyLine() {
        assertEquals("甲\n\nB\n", PolFile.parse("甲").withBlock("B\n"));
        assertEquals("甲\n\nB\n", PolFile.parse("甲\n").withBlock("B\n"));
        assertEquals("甲\n\nB\n", PolFile.parse("甲\n\n").withBlock("B\n"));
        assertEquals("甲\nB\n", PolFile.parse("甲\n# ==== 期望 ====\n旧\n").withBlock("B\n"));
    }

    @Test
    void positionsAreLineColumnAndTheLastColumnOfTheSpan() {
        SourceFile file = new SourceFile("a/b.pol", "");
        SourceFile header = new SourceFile("<header>", "");
        assertEquals("7:29-31", Expectation.where(new Span(file, 7, 29, 3), "a/b.pol"));
        assertEquals("7:29-29", Expectation.where(new Span(file, 7, 29, 1), "a/b.pol"));
        assertEquals("1:1", Expectation.where(new Span(file, 1, 1, 0), "a/b.pol"));
        assertEquals("<header>:2:3-5", Expectation.where(new Span(header, 2, 3, 3), "a/b.pol"));
    }

    @Test
    void theBlockListsDiagnosticsWithHintsAndKeepsOutputVerbatim() {
        SourceFile file = new SourceFile("t.pol", "");
        List<Diagnostic> ds = List.of(
                new Diagnostic(Severity.ERROR, "name.unknown", new Span(file, 7, 29, 2), "第一条：未知的名称「新增」", Optional.of("您是不是要写「新增额」？")),
                new Diagnostic(Severity.WARNING, "input.unused", new Span(file, 5, 5, 1), "第一条：一\n二", Optional.empty()));
        List<Expectation.EvalOutcome> evals = List.of(new Expectation.EvalOutcome("# 试算 第一条：{}", 1, "", "甲\n\n  乙"));
        assertEquals("""
                # ==== 期望 ====
                # 错误 name.unknown 7:29-30 第一条：未知的名称「新增」
                #   提示：您是不是要写「新增额」？
                # 警告 input.unused 5:5-5 第一条：一
                #   | 二
                #
                # 试算 第一条：{}
                #   退出码：1
                #   标准输出：（空）
                #   标准错误：
                #   | 甲
                #   |
                #   |   乙
                #   （末尾没有换行）
                """, Expectation.render(ds, "t.pol", evals));
        assertEquals("# ==== 期望 ====\n# 没有诊断\n", Expectation.render(List.of(), "t.pol", List.of()));
    }
}
