package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.model.Budget;
import org.polc.model.Clause;
import org.polc.model.Rational;
import org.polc.testing.Fixtures;

/**
 * Budgets (docs/language.md §18) in the checked model: the real clause 九 and the amounts recorded.
 * Clause 九: “市财政2024年预算安排112.1亿元。其中，……54.2亿元，……10亿元，……47.9亿元。”
 * The budget diagnostics (sums that do not add up, amounts that are not money) are .pol files in
 * src/compiler/test/pol/budgets (src/compiler/test/pol/CONVERTED.md).
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
        return Fixtures.compile(Fixtures.clause("""
                %s
                """).formatted(budget));
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
}
