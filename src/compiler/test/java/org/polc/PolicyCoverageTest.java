package org.polc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.diagnostics.DiagnosticRenderer;
import org.polc.model.Coverage;
import org.polc.model.Part;
import org.polc.model.Program;
import org.polc.testing.Fixtures;

/**
 * The gate of issue 8, item 10: every number of every clause's and Part's 原文 and of the closing section (the
 * header's 原文) in policies/
 * is used by a construct or covered by a 叙述 mark. `polc check` only warns about an uncovered number
 * (a clause being encoded still checks and runs); this test fails the build.
 */
class PolicyCoverageTest {

    private static final String HOW = "原文中有数字既没有被规定用到，也没有叙述说明（数字覆盖不足 100%）。在计算器、认定、预算或目标中用到它，"
            + "或加一条「叙述 “数字”：理由」（docs/language.md 第 8.1 节）。"
            + " (Numbers of the 原文 that no construct uses and no 叙述 mark covers; see docs/language.md §8.1.)\n";

    @Test
    void everyNumberOfThePoliciesIsAccountedFor() {
        Compilation real = Fixtures.realPolicies();
        List<String> uncovered = uncovered(real);
        assertEquals(List.of(), uncovered, HOW + String.join("", uncovered));
    }

    @Test
    void theGateFailsOnAnUncoveredNumber() {
        Compilation c = Fixtures.compile("""
                部分 二 科技创新政策
                  牵头单位 市科技局
                  原文 “2024年，新增高新技术企业2000家。”
                  目标 2024年 新增高新技术企业 达到 2000家
                条款 九 强化财政资金保障
                  原文 “市财政2024年预算安排112.1亿元，其中“三名”工程54.2亿元。”
                  叙述 “三名”：“三名”工程的名称，不是数额
                  预算 “市财政预算安排” 112.1亿元
                """);
        List<String> uncovered = uncovered(c);
        // 2024年 and 54.2亿元 of 第九条: the budget has no items and no year; 三名 is marked; the Part is complete
        assertEquals(3, uncovered.size(), String.join("", uncovered));
        assertTrue(uncovered.get(0).contains("「2024年」") && uncovered.get(0).contains(":8:")
                && uncovered.get(1).contains("「54.2亿元」"), String.join("", uncovered));
        assertEquals("第九条：数字覆盖 2/4\n", uncovered.get(2));
    }

    /**
     * Each uncovered number, rendered as `polc check` prints it (file:line:col and a caret under the
     * number); and, from the model, each Part or clause whose coverage is not complete (policies/
     * compiles without errors, so every clause is clean and the two agree).
     */
    static List<String> uncovered(Compilation c) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : c.diagnostics().sorted()) {
            if (d.code().equals("coverage.uncovered")) {
                out.add(DiagnosticRenderer.render(d));
            }
        }
        for (Program p : c.programs()) {
            incomplete("政策文件头", p.coverage(), out);
            for (Part part : p.parts()) {
                incomplete(part.citation(), part.coverage(), out);
                part.clauses().forEach(clause -> incomplete(clause.citation(), clause.coverage(), out));
            }
        }
        return out;
    }

    private static void incomplete(String where, Coverage coverage, List<String> out) {
        if (!coverage.complete()) {
            out.add(where + "：数字覆盖 " + (coverage.found() - coverage.uncovered()) + "/" + coverage.found() + "\n");
        }
    }
}
