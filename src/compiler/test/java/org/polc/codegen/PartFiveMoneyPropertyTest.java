package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.Program;
import org.polc.runtime.Money;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.testing.Fixtures;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The two amounts of Part 五 (policies/hangzhou2024/part5.pol), on the generated classes of the real
 * policy: clause 四十五's toll is what the truck pays — 65% of the standard toll rounded half up to the
 * 分 for a standard container truck, nothing on the 绿色通道, the standard toll otherwise — and clause
 * 四十六's municipal matching equals the provincial 司机之家 operating grant (1:1). The expected amounts
 * are computed here in whole 分 from the text's numbers, not with the runtime's arithmetic.
 */
class PartFiveMoneyPropertyTest {

    private static final Program POLICY = Fixtures.realPolicies().programs().get(0);

    /** Amounts in 分 up to 20亿元, with the rounding boundaries of 65% mixed in (x.x5 分 and x.x65 分). */
    private static Gen<Long> fen() {
        return Generate.pick(List.of(0L, 1L, 2L, 10L, 101L, 1_000_00L, 9_999_999_99L))
                .mix(Generate.longRange(0, 200_000_000_000L));
    }

    @Test
    void theTollOfClauseFortyFiveIsSixtyFivePercentRoundedHalfUpOrFree() {
        Clause clause = POLICY.clause(45).orElseThrow();
        Calculator calculator = clause.calculator("车辆通行费").orElseThrow();
        GeneratedCode code = new GeneratedCode(POLICY, clause);
        Gen<Boolean> flag = Generate.booleans();
        qt().withExamples(2000).forAll(fen(), flag, flag).checkAssert((fee, container, green) -> {
            Map<String, Object> in = Map.of("国标标准集装箱运输车辆", container, "符合国家鲜活农产品运输绿色通道政策", green,
                    "按标准应收的通行费", Money.ofFen(fee));
            Result r = code.explained(calculator, in);
            String where = "通行费 " + Money.ofFen(fee) + "，集装箱 " + container + "，绿色通道 " + green + "：" + r;
            // 六五折 = 65/100 of the toll in 分; half up: add 50 before dividing by 100
            long expected = green ? 0 : container ? (fee * 65 + 50) / 100 : fee;
            assertEquals(Money.ofFen(expected), r.amount(), where);
            assertEquals(green ? ResultKind.FREE : ResultKind.PAYABLE, r.kind(), where);
            assertTrue(r.explanation().startsWith("依据第四十五条"), where);
            assertFalse(r.explanation().contains("给予"), "a payment is not a grant: " + where);
            assertEquals(r.amount(), code.fast(calculator, in), where);
            assertEquals(r, code.interpreted(calculator, in), where);
        });
    }

    @Test
    void theMatchingOfClauseFortySixEqualsTheProvincialGrant() {
        Clause clause = POLICY.clause(46).orElseThrow();
        Calculator calculator = clause.calculator("司机之家市级配套资金").orElseThrow();
        GeneratedCode code = new GeneratedCode(POLICY, clause);
        qt().withExamples(2000).forAll(fen()).checkAssert(grant -> {
            Map<String, Object> in = Map.of("省司机之家专项运营补贴资金", Money.ofFen(grant));
            Result r = code.explained(calculator, in);
            String where = "省专项运营补贴资金 " + Money.ofFen(grant) + "：" + r;
            assertEquals(Money.ofFen(grant), r.amount(), "1:1: " + where);
            assertEquals(ResultKind.FIXED, r.kind(), where);
            assertEquals(r.amount(), code.fast(calculator, in), where);
            assertEquals(r, code.interpreted(calculator, in), where);
        });
    }
}
