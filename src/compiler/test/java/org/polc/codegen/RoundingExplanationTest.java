package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.eval.Interpreter;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Eligibility;
import org.polc.runtime.Compliance;
import org.polc.runtime.ComplianceKind;
import org.polc.runtime.Money;

/**
 * Roundings in 认定 and 合规 explanations (calculators are covered by {@link CapPropertyTest}): a definition's
 * rounding is a step after the basis, a condition's follows its step in brackets; the generated methods say
 * it word for word as the interpreter does. The expected texts are worked out by hand under 进一.
 */
class RoundingExplanationTest {

    private static final String POLICY = "政策 测试政策\n  有效期 2024-01-01 至 2024-12-31\n\n部分 三 测试\n"
            + "条款 二十七 工业用地\n"
            + "  原文 “按比例核定。”\n"
            + "  舍入 进一\n"
            + "  输入\n"
            + "    投资额：金额\n"
            + "    补助额：金额\n"
            + "    试点项目：是否\n"
            + "  定义 核定额 = 投资额 × 三分之一\n"
            + "  认定 投资达标：核定额 + 投资额 × 10% 达 1万元 以上\n"
            + "  合规 补助比例：若 试点项目 或 投资额 × 5% 超过 100元 则 补助额 不超过 投资额 × 30% 或 补助额 不超过 核定额 × 50%\n";

    private static Clause clause;
    private static GeneratedCode code;

    @BeforeAll
    static void compile() {
        Compilation c = InjectionTest.polc("roundings", POLICY);
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(InjectionTest.generate(c));
        clause = c.programs().get(0).clause(27).orElseThrow();
        code = new GeneratedCode(clause, compiled.load("org.polc.policies.roundings.Clause27"));
    }

    private static Map<String, Object> facts(long investmentFen, long grantFen, boolean pilot) {
        return Map.of("投资额", Money.ofFen(investmentFen), "补助额", Money.ofFen(grantFen), "试点项目", pilot);
    }

    @Test
    void anEligibilityShowsTheRoundingOfItsDefinitionAndOfItsCondition() {
        // 10000.01元 × 三分之一 = 3333.336666…元 → 进一 3333.34元; × 10% = 1000.001元 → 1000.01元; 4333.35元 < 1万元.
        Eligibility rule = clause.eligibility("投资达标").orElseThrow();
        Map<String, Object> facts = facts(1_000_001, 300_000, false);
        assertEquals("依据第二十七条：核定额：「投资额 × 三分之一」为 10000.01元 × 1/3 = 3333.336666…元，按进一计到分为 3333.34元；"
                + "「核定额 + 投资额 × 10% 达 1万元 以上」不成立（核定额 3333.34元，投资额 10000.01元）"
                + "（其中「投资额 × 10%」为 10000.01元 × 10% = 1000.001元，按进一计到分为 1000.01元）。", code.explanation(rule, facts));
        assertEquals(code.interpretedExplanation(rule, facts), code.explanation(rule, facts));
    }

    @Test
    void aComplianceRuleShowsEachRoundingWhereItIsCompared() {
        // × 5% = 500.0005元 → 500.01元 > 100元, so the requirement applies; × 30% = 3000.003元 → 3000.01元 ≥ 3000元;
        // 核定额 3333.34元 × 50% = 1666.67元 exactly, below 3000元.
        ComplianceRule rule = clause.complianceRule("补助比例").orElseThrow();
        Map<String, Object> facts = facts(1_000_001, 300_000, false);
        Compliance generated = code.compliance(rule, facts);
        assertEquals(ComplianceKind.COMPLIANT, generated.kind());
        assertEquals("依据第二十七条：核定额：「投资额 × 三分之一」为 10000.01元 × 1/3 = 3333.336666…元，按进一计到分为 3333.34元；"
                + "「试点项目 或 投资额 × 5% 超过 100元」成立（试点项目 否，投资额 10000.01元）（其中「投资额 × 5%」为 10000.01元 × 5% = 500.0005元，按进一计到分为 500.01元）；"
                + "「补助额 不超过 投资额 × 30%」成立（补助额 3000元，投资额 10000.01元）（其中「投资额 × 30%」为 10000.01元 × 30% = 3000.003元，按进一计到分为 3000.01元）；"
                + "「补助额 不超过 核定额 × 50%」不成立（补助额 3000元，核定额 3333.34元）；"
                + "「补助额 不超过 投资额 × 30% 或 补助额 不超过 核定额 × 50%」成立；补助比例：合规。", generated.explanation());
        assertEquals(new Interpreter(clause, facts).comply(rule), generated);
    }

    @Test
    void generatedAndInterpretedExplanationsAgreeOnRandomInexactAmounts() {
        Eligibility eligibility = clause.eligibility("投资达标").orElseThrow();
        ComplianceRule compliance = clause.complianceRule("补助比例").orElseThrow();
        qt().withExamples(2000).forAll(longs().between(0, 10_000_000_000L), longs().between(0, 10_000_000_000L), booleans().all())
                .checkAssert((investment, grant, pilot) -> {
                    Map<String, Object> facts = facts(investment, grant, pilot);
                    assertEquals(code.interpretedExplanation(eligibility, facts), code.explanation(eligibility, facts), facts.toString());
                    assertEquals(new Interpreter(clause, facts).comply(compliance), code.compliance(compliance, facts), facts.toString());
                });
    }
}
