package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.eval.Interpreter;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.runtime.Compliance;
import org.polc.runtime.ComplianceKind;
import org.polc.runtime.Rate;

/**
 * 合规 rules in generated Java: the verdict and every word of the explanation equal the
 * interpreter's on any input, and the fast method gives the same verdict as the explained one.
 */
class ComplianceCodegenTest {

    private static final String POLICY = "政策 测试政策\n  有效期 2024-01-01 至 2024-12-31\n\n部分 三 测试\n"
            + "条款 二十七 工业用地\n"
            + "  原文 “可按每幢不小于3000平方米或每层不小于1000平方米进行分割转让；容积率一般不低于2.5，试点项目可探索容积率至3.5。”\n"
            + "  输入\n"
            + "    每幢面积：数量（个）\n"
            + "    每层面积：数量（个）\n"
            + "    容积率：比例\n"
            + "    试点项目：是否\n"
            + "    签订履约监管协议：是否\n"
            + "    签订出让合同补充协议：是否\n"
            + "  合规 分割转让：每幢面积 不小于 3000个 或 每层面积 不小于 1000个，否则 “须每幢不小于3000平方米或每层不小于1000平方米”\n"
            + "  合规 容积率要求：一般 容积率 不低于 2.5；若 试点项目 则 一般 容积率 不超过 3.5\n"
            + "  合规 协议：若 试点项目 则 签订履约监管协议 且 签订出让合同补充协议\n";

    private static Clause clause;
    private static GeneratedCode code;

    @BeforeAll
    static void compile() {
        Compilation c = InjectionTest.polc("rules", POLICY);
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(InjectionTest.generate(c));
        clause = c.programs().get(0).clause(27).orElseThrow();
        code = new GeneratedCode(clause, compiled.load("org.polc.policies.rules.Clause27"));
    }

    private static ComplianceRule rule(String name) {
        return clause.complianceRule(name).orElseThrow();
    }

    @Test
    void aSplitOf2800PerBuildingBut1200PerFloorIsCompliantAndSaysWhy() {
        Map<String, Object> facts = Map.of("每幢面积", 2800L, "每层面积", 1200L);
        Compliance generated = code.compliance(rule("分割转让"), facts);
        assertEquals(ComplianceKind.COMPLIANT, generated.kind());
        assertEquals("依据第二十七条：「每幢面积 不小于 3000个」不成立（每幢面积 2800个）；「每层面积 不小于 1000个」成立（每层面积 1200个）；"
                + "「每幢面积 不小于 3000个 或 每层面积 不小于 1000个」成立；分割转让：合规。", generated.explanation());
        assertEquals(new Interpreter(clause, facts).comply(rule("分割转让")), generated);
    }

    @Test
    void aSplitBelowBothIsNotCompliantWithTheReason() {
        Compliance generated = code.compliance(rule("分割转让"), Map.of("每幢面积", 2999L, "每层面积", 999L));
        assertEquals(ComplianceKind.NOT_COMPLIANT, generated.kind());
        assertEquals("分割转让：不合规（须每幢不小于3000平方米或每层不小于1000平方米）", generated.steps().get(generated.steps().size() - 1));
    }

    @Test
    void aGeneralRequirementMissedIsShortOfTheGeneralRequirementNotNonCompliant() {
        Map<String, Object> facts = Map.of("容积率", Rate.of(24, 10), "试点项目", false);
        assertEquals(ComplianceKind.GENERAL_NOT_MET, code.verdict(rule("容积率要求"), facts));
        assertEquals(ComplianceKind.COMPLIANT, code.verdict(rule("容积率要求"), Map.of("容积率", Rate.of(36, 10), "试点项目", false)));
        assertEquals(ComplianceKind.GENERAL_NOT_MET, code.verdict(rule("容积率要求"), Map.of("容积率", Rate.of(36, 10), "试点项目", true)));
    }

    @Test
    void generatedAndInterpretedAgreeOnEveryRuleForAnyInput() {
        // the two 是否 facts come from one draw of 0–3, as QuickTheories takes at most four sources
        qt().withExamples(400).forAll(longs().between(0, 5000), longs().between(0, 2000), longs().between(0, 500), integers().between(0, 3))
                .checkAssert((building, floor, ratio, flags) -> {
                    boolean pilot = (flags & 1) != 0;
                    boolean signed = (flags & 2) != 0;
                    Map<String, Object> facts = Map.of("每幢面积", building, "每层面积", floor, "容积率", Rate.of(ratio, 100),
                            "试点项目", pilot, "签订履约监管协议", signed, "签订出让合同补充协议", !signed || pilot);
                    for (ComplianceRule r : clause.complianceRules()) {
                        Compliance generated = code.compliance(r, facts);
                        assertEquals(new Interpreter(clause, facts).comply(r), generated, r.name());
                        assertEquals(generated.kind(), code.verdict(r, facts), r.name());
                    }
                });
    }
}
