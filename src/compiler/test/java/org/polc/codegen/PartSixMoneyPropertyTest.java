package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The two amounts of clause 四十八 (policies/hangzhou2024/part6.pol), on the generated classes of the
 * real policy. 出口信用保险资助: at most 60% of the premium (65% for a qualifying manufacturer), rounded
 * half up to the 分, and at most what is left of the 500万元 per enterprise after what it already
 * received; nothing once 500万元 is reached. 汇率避险担保保函额度: at most 8% of the settlement total in
 * 元, for the three kinds of applicant with last year's export record who qualify. The expected amounts
 * are worked out here in whole 分 from the text's numbers, not with the runtime's arithmetic.
 */
class PartSixMoneyPropertyTest {

    private static final Program POLICY = Fixtures.realPolicies().programs().get(0);

    /** 500万元 in 分: the per-enterprise ceiling, raised from 200万元. */
    private static final long CEILING = 500_0000_00L;

    /** Amounts in 分 up to 20亿元, with the boundaries of the clause mixed in. */
    private static Gen<Long> fen() {
        return Generate.pick(List.of(0L, 1L, 2L, 3L, 101L, 833_333_33L, 833_333_34L, 769_230_77L, CEILING - 1, CEILING, CEILING + 1))
                .mix(Generate.longRange(0, 200_000_000_000L));
    }

    /** What was already received, in 分: around the ceiling more often than chance would pick it. */
    private static Gen<Long> received() {
        return Generate.pick(List.of(0L, 1L, 440_0000_00L, 450_0000_00L, CEILING - 1, CEILING, CEILING + 1, 2 * CEILING))
                .mix(Generate.longRange(0, 2 * CEILING));
    }

    @Test
    void theExportCreditInsuranceSubsidyKeepsTheRateAndTheCumulativeCeiling() {
        Clause clause = POLICY.clause(48).orElseThrow();
        Calculator calculator = clause.calculator("出口信用保险资助").orElseThrow();
        GeneratedCode code = new GeneratedCode(POLICY, clause);
        qt().withExamples(3000).forAll(fen(), Generate.booleans(), received()).checkAssert((premium, manufacturer, before) -> {
            Map<String, Object> in = Map.of("出口信用保险投保费", Money.ofFen(premium), "符合条件的制造业企业", manufacturer,
                    "已获出口信用保险资助额", Money.ofFen(before));
            Result r = code.explained(calculator, in);
            String where = "投保费 " + Money.ofFen(premium) + "，制造业 " + manufacturer + "，已获 " + Money.ofFen(before) + "：" + r;
            long percent = manufacturer ? 65 : 60;
            long byRate = (premium * percent + 50) / 100; // half up to the 分
            long left = CEILING - before;
            if (left <= 0) {
                assertEquals(ResultKind.NONE, r.kind(), "nothing left of the 500万元: " + where);
                assertEquals(Money.ofFen(0), r.amount(), where);
            } else {
                assertEquals(ResultKind.CEILING, r.kind(), "按不超过 is a ceiling: " + where);
                assertEquals(Money.ofFen(Math.min(byRate, left)), r.amount(), where);
            }
            assertTrue(r.explanation().startsWith("依据第四十八条"), where);
            assertEquals(r.amount(), code.fast(calculator, in), where);
            assertEquals(r, code.interpreted(calculator, in), where);
        });
    }

    @Test
    void theGuaranteeLineIsAtMostEightPercentOfTheSettlementTotalInYuan() {
        Clause clause = POLICY.clause(48).orElseThrow();
        Calculator calculator = clause.calculator("汇率避险担保保函额度").orElseThrow();
        GeneratedCode code = new GeneratedCode(POLICY, clause);
        Gen<String> kind = Generate.pick(List.of("外贸小微企业", "综合服务企业", "个体工商户", "其他主体"));
        qt().withExamples(3000).forAll(fen(), kind, Generate.booleans(), Generate.booleans()).checkAssert((total, who, exported, qualifies) -> {
            Map<String, Object> in = Map.of("上年度有出口实绩", exported, "汇率避险主体类型", who,
                    "符合汇率避险担保条件", qualifies, "结售汇总额折合人民币", Money.ofFen(total));
            Result r = code.explained(calculator, in);
            String where = "结售汇总额 " + Money.ofFen(total) + "，" + who + "，出口实绩 " + exported + "，符合条件 " + qualifies + "：" + r;
            boolean eligible = exported && qualifies && !who.equals("其他主体");
            if (eligible) {
                assertEquals(ResultKind.CEILING, r.kind(), where);
                assertEquals(Money.ofFen((total * 8 + 50) / 100), r.amount(), "8%, half up: " + where);
            } else {
                assertEquals(ResultKind.NONE, r.kind(), where);
                assertEquals(Money.ofFen(0), r.amount(), where);
            }
            assertEquals(r.amount(), code.fast(calculator, in), where);
            assertEquals(r, code.interpreted(calculator, in), where);
        });
    }
}
