package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.model.Calculator;
import org.polc.runtime.Money;
import org.polc.testing.Fixtures;

/** The cap proof (最高 X): on the real policies, on a real clause with its clamp removed, and on the narrowing by conditions. */
class CapProofTest {

    private static final String CLAMPED = "按不超过 新增额 × 5% 给予，最高 200万元";
    private static final String UNCLAMPED = "按不超过 新增额 × 5% 给予";

    @Test
    void theRealPoliciesCompileWithoutErrors() {
        Compilation c = Compiler.compile(Fixtures.policies());
        assertEquals(List.of(), Fixtures.errors(c), Fixtures.render(c));
        assertEquals(14, c.clauses().size());
        Calculator subsidy = c.clauses().stream().filter(x -> x.number() == 14).findFirst().orElseThrow()
                .calculator("研发投入补助").orElseThrow();
        assertEquals(Money.ofWan(300), subsidy.cap().orElseThrow().toMoney());
    }

    @Test
    void clause14WithoutTheClampOfItsFivePercentBranchFailsAtThatBranch(@TempDir Path temp) throws IOException {
        Path folder = copyRealPolicies(temp);
        Path part2 = folder.resolve("part2.pol");
        String text = Files.readString(part2, StandardCharsets.UTF_8);
        int at = text.indexOf(CLAMPED);
        assertTrue(at >= 0, "part2.pol no longer contains «" + CLAMPED + "»");
        String broken = text.substring(0, at) + UNCLAMPED + text.substring(at + CLAMPED.length());
        Files.writeString(part2, broken, StandardCharsets.UTF_8);

        Compilation c = Compiler.compile(temp);
        List<Diagnostic> exceeded = Fixtures.errors(c).stream().filter(d -> d.code().equals("cap.exceeded")).toList();
        assertEquals(1, exceeded.size(), Fixtures.render(c));
        Diagnostic d = exceeded.get(0);
        assertTrue(Fixtures.errors(c).stream().allMatch(e -> e.message().startsWith("第十四条")), Fixtures.render(c));

        String before = broken.substring(0, at);
        int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
        int column = before.codePointCount(before.lastIndexOf('\n') + 1, before.length()) + 1;
        assertTrue(d.span().source().displayName().endsWith("part2.pol"), d.span().source().displayName());
        assertEquals(line, d.span().line(), d.message());
        assertEquals(column, d.span().column(), d.message());
        // In this branch the earlier 「年度研发投入额 达 1亿元 以上」 failed, so 新增额 ≤ 1亿元 − 1分 = 99999999.99元;
        // 5% of it is 4999999.9995元, rounded half up to 500万元: above the declared 300万元.
        assertTrue(d.message().contains("第十四条"), d.message());
        assertTrue(d.message().contains("「研发投入补助」"), d.message());
        assertTrue(d.message().contains("300万元"), d.message());
        assertTrue(d.message().contains("500万元"), d.message());
    }

    // ------------------------------------------------------------ narrowing by conditions

    /** 投入额 × 10% is within 100万元 only where 投入额 ≤ 1000万元, which only the failed first condition says. */
    private static String tiered(String firstCondition) {
        return """
                部分 二 科技创新政策
                  牵头单位 市科技局
                条款 十七 完善全链条科技企业孵化体系
                  原文 “按投入额分档给予补助，最高 100 万元。”
                  输入
                    投入额：金额
                  补助 分档补助 最高 100万元：
                    若 %s 则 给予 100万元
                    否则若 投入额 500万元 以上 则 按不超过 投入额 × 10%% 给予
                    否则 不予
                """.formatted(firstCondition);
    }

    @Test
    void aBranchIsSafeBecauseAnEarlierConditionFailed() {
        Compilation c = Fixtures.compile(tiered("投入额 超过 1000万元"));
        assertEquals(List.of(), Fixtures.errors(c), Fixtures.render(c));
    }

    @Test
    void negatedAndCombinedEarlierConditionsNarrowToo() {
        // 非（投入额 不超过 1000万元） failing means 投入额 ≤ 1000万元.
        Compilation negated = Fixtures.compile(tiered("非 （投入额 不超过 1000万元）"));
        assertEquals(List.of(), Fixtures.errors(negated), Fixtures.render(negated));
        // 「甲 或 乙」 failing means both fail.
        Compilation either = Fixtures.compile(tiered("投入额 超过 1000万元 或 投入额 等于 0元"));
        assertEquals(List.of(), Fixtures.errors(either), Fixtures.render(either));
    }

    @Test
    void withoutTheNarrowingEarlierConditionTheSameBranchFails() {
        // 1001万元: the second branch now reaches 1001万元 × 10% = 100.1万元 > 100万元.
        String body = tiered("投入额 超过 1001万元");
        Compilation c = Fixtures.compile(body);
        List<Diagnostic> errors = Fixtures.errors(c);
        assertEquals(1, errors.size(), Fixtures.render(c));
        Diagnostic d = errors.get(0);
        assertEquals("cap.exceeded", d.code());
        DiagnosticsTest.Pos branch = DiagnosticsTest.at(Fixtures.HEADER + body, "则 按不超过 投入额 × 10%", "按不超过");
        assertEquals(branch, new DiagnosticsTest.Pos(d.span().line(), d.span().column()), d.message());
        assertTrue(d.message().contains("「分档补助」"), d.message());
        assertTrue(d.message().contains("100.1万元"), d.message());
    }

    @Test
    void anUnrelatedEarlierConditionDoesNotNarrow() {
        // A failed 「甲 且 乙」 says only that one of them failed, so nothing certain about 投入额.
        Compilation c = Fixtures.compile(tiered("投入额 超过 1000万元 且 投入额 超过 2000万元"));
        assertEquals(List.of("cap.exceeded"), Fixtures.errors(c).stream().map(Diagnostic::code).toList(), Fixtures.render(c));
    }

    /**
     * Money moves in steps of 1分, so a failed 「投入额 1000万元 以上」 means 投入额 ≤ 9999999.99元.
     * 10% of that is 999999.999元: 舍去 gives 999999.99元, exactly the cap; 四舍五入 gives 1000000.00元, 1分 over.
     */
    private static String oneFenBelow(String rounding) {
        return """
                部分 二 科技创新政策
                  牵头单位 市科技局
                条款 十七 完善全链条科技企业孵化体系
                  原文 “按投入额给予补助。”
                  舍入 %s
                  输入
                    投入额：金额
                  补助 分档补助 最高 999999.99元：
                    若 投入额 1000万元 以上 则 给予 999999.99元
                    否则 按不超过 投入额 × 10%% 给予
                """.formatted(rounding);
    }

    @Test
    void aFailedAtLeastBoundNarrowsToOneFenBelow() {
        Compilation down = Fixtures.compile(oneFenBelow("舍去"));
        assertEquals(List.of(), Fixtures.errors(down), Fixtures.render(down));

        Compilation halfUp = Fixtures.compile(oneFenBelow("四舍五入"));
        assertEquals(List.of("cap.exceeded"), Fixtures.errors(halfUp).stream().map(Diagnostic::code).toList(), Fixtures.render(halfUp));
        assertTrue(Fixtures.errors(halfUp).get(0).message().contains("100万元"), Fixtures.render(halfUp));
    }

    private static Path copyRealPolicies(Path temp) throws IOException {
        Path source = Fixtures.policies().resolve("hangzhou2024");
        Path target = Files.createDirectories(temp.resolve("hangzhou2024"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pol")).toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
        }
        return target;
    }
}
