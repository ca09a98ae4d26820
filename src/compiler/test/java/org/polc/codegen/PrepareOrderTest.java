package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.eval.Interpreter;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.Eligibility;
import org.polc.runtime.Money;
import org.polc.runtime.PolicyArithmeticException;
import org.polc.runtime.internal.Trace;

/**
 * A generated method computes the definitions it reads, and asks the rules it names, before it
 * decides anything; the interpreter does the same, so a definition that overflows fails both even
 * on a branch that does not need it, with the same message (the runtime's: Money.times names the
 * amount and the rate).
 */
class PrepareOrderTest {

    private static final String POLICY = "政策 测试政策\n  有效期 2024-01-01 至 2024-12-31\n\n部分 一 测试\n"
            + "条款 一 先算\n"
            + "  原文 “测试。”\n"
            + "  输入\n"
            + "    金额甲：金额\n"
            + "    是否甲：是否\n"
            + "  定义 大 = 金额甲 × 1000000\n"
            + "  认定 大额：是否甲 或 大 达到 1元\n"
            + "  补助 直接：若 是否甲 则 给予 1元 否则 给予 大\n"
            + "  补助 经认定：若 是否甲 则 给予 1元 否则若 大额 则 给予 1元 否则 不予\n";

    /** 1000亿元 × 1,000,000 is beyond the 9.2亿亿元 a Money holds. */
    private static final Map<String, Object> OVERFLOWING = Map.of("金额甲", Money.parse("1000亿元"), "是否甲", true);

    private static final Map<String, Object> FITTING = Map.of("金额甲", Money.parse("1万元"), "是否甲", true);

    private final Compilation compilation = InjectionTest.polc("prepare", POLICY);
    private final Clause clause = compilation.programs().get(0).clause(1).orElseThrow();
    private final GeneratedCode generated = new GeneratedCode(clause,
            InMemoryJavac.compile(InjectionTest.generate(compilation)).load("org.polc.policies.prepare.Clause01"));

    private static String overflow(Runnable call) {
        return assertThrows(PolicyArithmeticException.class, call::run).getMessage();
    }

    @Test
    void aDefinitionOnABranchNotTakenIsStillComputedFirst() {
        Calculator direct = clause.calculator("直接").orElseThrow();
        String expected = "金额超出可计算的范围（溢出）：1000亿元 × 100000000%";
        assertEquals(expected, overflow(() -> new Interpreter(clause, OVERFLOWING).calculate(direct)));
        assertEquals(expected, overflow(() -> generated.explained(direct, OVERFLOWING)));
        assertEquals(expected, overflow(() -> generated.fast(direct, OVERFLOWING)));
        assertEquals(Money.parse("1元"), new Interpreter(clause, FITTING).calculate(direct).amount());
    }

    @Test
    void aRuleNamedOnABranchNotTakenIsStillAskedFirst() {
        Calculator viaRule = clause.calculator("经认定").orElseThrow();
        String expected = "金额超出可计算的范围（溢出）：1000亿元 × 100000000%";
        assertEquals(expected, overflow(() -> new Interpreter(clause, OVERFLOWING).calculate(viaRule)));
        assertEquals(expected, overflow(() -> generated.explained(viaRule, OVERFLOWING)));
        assertEquals(Money.parse("1元"), generated.explained(viaRule, FITTING).amount());
        assertEquals(generated.explained(viaRule, FITTING), new Interpreter(clause, FITTING).calculate(viaRule));
    }

    @Test
    void aRuleComputesItsDefinitionsBeforeItsCondition() {
        // 是否甲 alone decides 大额, but 大 is computed first, as the rule's method does
        Eligibility rule = clause.eligibility("大额").orElseThrow();
        Supplier<Boolean> interpreted = () -> new Interpreter(clause, OVERFLOWING).eligible(rule, new Trace(clause.citation()));
        String expected = "金额超出可计算的范围（溢出）：1000亿元 × 100000000%";
        assertEquals(expected, overflow(interpreted::get));
        assertEquals(expected, overflow(() -> generated.eligible(rule, OVERFLOWING)));
        assertEquals(List.of(true, true), List.of(generated.eligible(rule, FITTING),
                new Interpreter(clause, FITTING).eligible(rule, new Trace(clause.citation()))));
    }
}
