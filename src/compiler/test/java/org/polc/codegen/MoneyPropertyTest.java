package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.Program;
import org.polc.runtime.Money;
import org.polc.runtime.Rate;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.runtime.Rounding;
import org.polc.testing.Fixtures;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the money constructs, on generated Java compiled here and on the interpreter:
 * a cumulative ceiling (累计最高 500万元，已获 …) is never negative, never above the ceiling, and equals
 * the uncapped amount when what was received leaves room for it; a payment (应缴 通行费 × 六五折，
 * 免费) is never negative, never more than the full toll, never falls as the toll grows, and is zero
 * when free. Expected amounts are computed here from the text's numbers, not read from the code.
 */
class MoneyPropertyTest {

    private static final String POLICY = Fixtures.HEADER + """
            部分 六 开放提升政策
              牵头单位 市商务局
            条款 四十八 稳定外贸发展
              原文 “对 2024 年企业出口信用保险的投保费资助比例上限由 50% 提高至 60%，单个企业资助上限由 200 万元提高至 500 万元。”
              输入
                出口信用保险保费：金额
                已获出口信用保险资助额：金额
              资助 出口信用保险资助 累计最高 由 200万元 提高至 500万元，已获 已获出口信用保险资助额，单调 出口信用保险保费：
                按不超过 出口信用保险保费 × 由 50% 提高至 60% 给予
            条款 四十五 降低交通运输成本
              原文 “继续实施国标标准集装箱运输车辆通行费六五折优惠、国家鲜活农产品运输“绿色通道”免费政策”
              输入
                国标标准集装箱运输车辆：是否
                国家鲜活农产品运输绿色通道车辆：是否
                通行费：金额
              应缴 车辆通行费，单调 通行费：
                若 国家鲜活农产品运输绿色通道车辆 则 免费
                否则若 国标标准集装箱运输车辆 则 缴纳 通行费 × 六五折
                否则 缴纳 通行费
            """;

    private static final Money CAP = Money.ofWan(500);
    private static final Rate SIXTY_PERCENT = Rate.of(3, 5);
    private static final Rate SIXTY_FIVE_PERCENT = Rate.of(13, 20);

    private static Program program;
    private static GeneratedCode insurance;
    private static GeneratedCode toll;

    @BeforeAll
    static void compile() {
        Compilation c = Fixtures.compileFile(POLICY);
        assertTrue(c.ok(), Fixtures.render(c));
        program = c.programs().get(0);
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(c.generate());
        insurance = new GeneratedCode(program, program.clause(48).orElseThrow(), compiled.loader());
        toll = new GeneratedCode(program, program.clause(45).orElseThrow(), compiled.loader());
    }

    /** Amounts in 分 up to 20亿元, with the boundaries around the ceiling mixed in. */
    private static Gen<Long> fen() {
        return Generate.pick(List.of(0L, 1L, 499_999_999L, 500_000_000L, 500_000_001L, 833_333_333L, 833_333_334L))
                .mix(Generate.longRange(0, 200_000_000_000L));
    }

    @Test
    void aCumulativeCeilingIsClampedAtZeroAndNeverAboveTheCeiling() {
        Clause clause = program.clause(48).orElseThrow();
        Calculator calculator = clause.calculator("出口信用保险资助").orElseThrow();
        qt().withExamples(2000).forAll(fen(), fen()).checkAssert((premium, received) -> {
            Map<String, Object> in = Map.of("出口信用保险保费", Money.ofFen(premium), "已获出口信用保险资助额", Money.ofFen(received));
            Result r = insurance.explained(calculator, in);
            Money uncapped = Money.ofFen(premium).times(SIXTY_PERCENT, Rounding.HALF_UP);
            Money room = received >= CAP.fen() ? Money.ZERO : Money.ofFen(CAP.fen() - received);
            String where = "保费 " + Money.ofFen(premium) + "，已获 " + Money.ofFen(received) + "：" + r;
            assertTrue(r.amount().signum() >= 0, where);
            assertTrue(r.amount().compareTo(CAP) <= 0, where);
            if (uncapped.fen() + received <= CAP.fen()) {
                assertEquals(uncapped, r.amount(), "far from the ceiling the amount is not clamped: " + where);
            }
            assertEquals(uncapped.min(room), r.amount(), where);
            assertEquals(room.isZero() ? ResultKind.NONE : ResultKind.CEILING, r.kind(), where);
            assertEquals(r.amount(), insurance.fast(calculator, in), "fast = explained: " + where);
            assertEquals(r, insurance.interpreted(calculator, in), "generated = interpreter: " + where);
        });
    }

    @Test
    void aPaymentIsNeverMoreThanTheTollNeverFallsAndIsZeroWhenFree() {
        Clause clause = program.clause(45).orElseThrow();
        Calculator calculator = clause.calculator("车辆通行费").orElseThrow();
        Gen<Boolean> flag = Generate.booleans();
        qt().withExamples(2000).forAll(fen(), Generate.longRange(0, 1_000_000L), flag, flag).checkAssert((fee, delta, container, green) -> {
            Map<String, Object> in = Map.of("国标标准集装箱运输车辆", container, "国家鲜活农产品运输绿色通道车辆", green, "通行费", Money.ofFen(fee));
            Result r = toll.explained(calculator, in);
            String where = "通行费 " + Money.ofFen(fee) + "，集装箱 " + container + "，绿色通道 " + green + "：" + r;
            Money expected = green ? Money.ZERO : container ? Money.ofFen(fee).times(SIXTY_FIVE_PERCENT, Rounding.HALF_UP) : Money.ofFen(fee);
            assertEquals(expected, r.amount(), where);
            assertEquals(green ? ResultKind.FREE : ResultKind.PAYABLE, r.kind(), where);
            assertTrue(r.amount().signum() >= 0 && r.amount().compareTo(Money.ofFen(fee)) <= 0, where);
            assertTrue(r.explanation().contains(green ? "免费" : "应缴"), where);
            for (String grant : List.of("给予", "不予", "最高可得")) {
                assertTrue(!r.explanation().contains(grant), "no grant word in a payment: " + where);
            }
            assertEquals(r.amount(), toll.fast(calculator, in), where);
            assertEquals(r, toll.interpreted(calculator, in), where);
            Map<String, Object> more = Map.of("国标标准集装箱运输车辆", container, "国家鲜活农产品运输绿色通道车辆", green, "通行费", Money.ofFen(fee + delta));
            assertTrue(toll.fast(calculator, more).compareTo(r.amount()) >= 0, "单调 通行费: " + where);
        });
    }
}
