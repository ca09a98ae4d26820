package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.model.Budget;
import org.polc.model.Clause;
import org.polc.model.Rational;
import org.polc.testing.Fixtures;

/**
 * Budgets (docs/language.md §18): the items of one 预算 add up exactly to its total, to the 分.
 * Clause 九: “市财政2024年预算安排112.1亿元。其中，……54.2亿元，……10亿元，……47.9亿元。”
 */
class BudgetTest {

    private static Rational yuan(long n) {
        return Rational.of(n);
    }

    @Test
    void clauseNineAddsUpExactly() {
        Compilation real = Fixtures.realPolicies();
        Clause nine = real.clauses().stream().filter(c -> c.number() == 9).findFirst()
                .orElseThrow(() -> new AssertionError("policies/ has clause 九"));
        assertEquals(1, nine.budgets().size());
        Budget budget = nine.budgets().get(0);
        assertEquals("市财政2024年预算安排", budget.name());
        // 112.1亿元 = 11,210,000,000 元
        assertEquals(yuan(11_210_000_000L), budget.total());
        assertEquals(List.of("支持重大科创平台、“三名”工程和高校建设资金",
                "支持科技成果转化首选地建设、科技企业培育、重点研发计划资助等资金", "人才引育培养资金"),
                budget.items().stream().map(Budget.Item::name).toList());
        // 54.2亿元, 10亿元, 47.9亿元
        assertEquals(List.of(yuan(5_420_000_000L), yuan(1_000_000_000L), yuan(4_790_000_000L)),
                budget.items().stream().map(Budget.Item::amount).toList());
        Rational sum = budget.items().stream().map(Budget.Item::amount).reduce(Rational.ZERO, Rational::plus);
        assertEquals(budget.total(), sum, "54.2 + 10 + 47.9 = 112.1 亿元");
        assertTrue(real.diagnostics().sorted().stream().noneMatch(d -> d.code().startsWith("budget")),
                () -> Fixtures.render(real));
    }

    private static Compilation clauseWithBudget(String budget) {
        return Fixtures.compile("""
                部分 一 测试部分
                  牵头单位 测试局
                条款 一 测试条款
                  原文 “测试”
                %s
                """.formatted(budget));
    }

    private static List<Diagnostic> budgetErrors(Compilation c, String code) {
        return Fixtures.errors(c).stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void itemsShortOfTheTotalBy1000WanYuan() {
        // 1亿元 − (5000万元 + 4000万元) = 1000万元
        Compilation c = clauseWithBudget("""
                  预算 “测试预算” 1亿元 其中：
                    “甲项” 5000万元
                    “乙项” 4000万元
                """);
        assertFalse(c.ok());
        List<Diagnostic> errors = budgetErrors(c, "budget.sum");
        assertEquals(1, errors.size(), () -> Fixtures.render(c));
        String message = errors.get(0).message();
        assertTrue(message.contains("相差 1000万元"), message);
        assertTrue(message.contains("各项不足"), message);
        assertTrue(message.contains("测试预算"), message);
        assertTrue(message.contains("9000万元"), "the sum of the items: " + message);
        assertTrue(message.startsWith("第一条"), message);
    }

    @Test
    void itemsOverTheTotal() {
        // 6000万元 + 5000万元 = 1.1亿元, 1000万元 over 1亿元
        Compilation c = clauseWithBudget("""
                  预算 “测试预算” 1亿元 其中：
                    “甲项” 6000万元
                    “乙项” 5000万元
                """);
        List<Diagnostic> errors = budgetErrors(c, "budget.sum");
        assertEquals(1, errors.size(), () -> Fixtures.render(c));
        assertTrue(errors.get(0).message().contains("各项多出"), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("相差 1000万元"), errors.get(0).message());
    }

    @Test
    void oneFenOffIsAnError() {
        Compilation c = clauseWithBudget("""
                  预算 “测试预算” 1亿元 其中：“甲项” 5000万元，“乙项” 49999999.99元
                """);
        List<Diagnostic> errors = budgetErrors(c, "budget.sum");
        assertEquals(1, errors.size(), () -> Fixtures.render(c));
        assertTrue(errors.get(0).message().contains("相差 0.01元"), errors.get(0).message());
    }

    @Test
    void exactItemsInMixedUnitsAreAccepted() {
        // 0.5亿元 + 4999万元 + 10000元 = 50,000,000 + 49,990,000 + 10,000 = 100,000,000 元
        Compilation c = clauseWithBudget("""
                  预算 “测试预算” 1亿元，其中：“甲项” 0.5亿元；“乙项” 4999万元；“丙项” 10000元
                """);
        assertTrue(c.ok(), Fixtures.render(c));
        Budget b = c.clauses().get(0).budgets().get(0);
        assertEquals(yuan(100_000_000), b.total());
        assertEquals(List.of(yuan(50_000_000), yuan(49_990_000), yuan(10_000)),
                b.items().stream().map(Budget.Item::amount).toList());
    }

    @Test
    void budgetWithoutItemsIsOnlyRecorded() {
        Compilation c = Fixtures.compile("""
                  预算 “八个领域政策市级财政预算（除交叉重叠部分外）” 490亿元
                """);
        assertTrue(c.ok(), Fixtures.render(c));
        Budget b = c.programs().get(0).budgets().get(0);
        assertEquals(yuan(49_000_000_000L), b.total());
        assertTrue(b.items().isEmpty());
    }

    @Test
    void totalThatIsNotMoneyIsAnError() {
        Compilation c = clauseWithBudget("""
                  预算 “测试预算” 100亩
                """);
        assertFalse(c.ok());
        assertEquals(1, budgetErrors(c, "budget.unit").size(), () -> Fixtures.render(c));
        assertTrue(budgetErrors(c, "budget.unit").get(0).message().contains("100亩"));
    }

    @Test
    void itemThatIsNotMoneyIsAnError() {
        Compilation c = clauseWithBudget("""
                  预算 “测试预算” 1亿元 其中：“甲项” 1亿元，“乙项” 5%
                """);
        assertFalse(c.ok());
        assertEquals(1, budgetErrors(c, "budget.unit").size(), () -> Fixtures.render(c));
    }

    @Test
    void dollarsAreNotABudgetInYuan() {
        Compilation c = clauseWithBudget("""
                  预算 “测试预算” 80亿美元
                """);
        assertEquals(1, budgetErrors(c, "budget.unit").size(), () -> Fixtures.render(c));
    }

    @Test
    void partBudgetsAreCheckedToo() {
        Compilation c = Fixtures.compile("""
                部分 一 测试部分
                  牵头单位 测试局
                  预算 “部分预算” 177.1 亿元 其中：“甲” 22亿元，“乙” 32.8亿元，“丙” 5.5亿元，“丁” 66.8亿元，“戊” 50亿元
                """);
        // 22 + 32.8 + 5.5 + 66.8 + 50 = 177.1 亿元 (clause 二 of the seed)
        assertTrue(c.ok(), Fixtures.render(c));
        Compilation wrong = Fixtures.compile("""
                部分 一 测试部分
                  牵头单位 测试局
                  预算 “部分预算” 177.1 亿元 其中：“甲” 22亿元，“乙” 32.8亿元，“丙” 5.5亿元，“丁” 66.8亿元，“戊” 40亿元
                """);
        List<Diagnostic> errors = budgetErrors(wrong, "budget.sum");
        assertEquals(1, errors.size(), () -> Fixtures.render(wrong));
        assertTrue(errors.get(0).message().startsWith("第一部分"), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("相差 10亿元"), errors.get(0).message());
    }
}
