package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.eval.Interpreter;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.runtime.Money;
import org.polc.runtime.PolicyArithmeticException;

/**
 * Counts are Java longs: a sum of counts that overflows must fail as a
 * {@link PolicyArithmeticException} naming the clause and the expression, with the interpreter's
 * words, not as a bare "long overflow" nor as a wrapped-around count.
 */
class CountOverflowTest {

    private static final String POLICY = "政策 测试政策\n  有效期 2024-01-01 至 2024-12-31\n\n部分 一 测试\n"
            + "条款 八 计数\n"
            + "  原文 “按新增企业数和人数给予奖励。”\n"
            + "  输入\n"
            + "    新增企业数：数量（家）\n"
            + "    迁入企业数：数量（家）\n"
            + "  定义 企业总数 = 新增企业数 + 迁入企业数\n"
            + "  定义 净增企业数 = 新增企业数 - 迁入企业数 - 迁入企业数\n"
            + "  奖励 企业数奖励：若 企业总数 达 3家 则 给予 1万元 否则 不予\n"
            + "  奖励 净增奖励：若 净增企业数 达 1家 则 给予 1万元 否则 不予\n";

    @Test
    void aSumOfCountsThatOverflowsNamesTheClauseAndTheExpression() {
        Compilation c = InjectionTest.polc("counts", POLICY);
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(InjectionTest.generate(c));
        Clause clause = c.programs().get(0).clause(8).orElseThrow();
        GeneratedCode loaded = new GeneratedCode(clause, compiled.load("org.polc.policies.counts.Clause08"));
        Calculator total = clause.calculator("企业数奖励").orElseThrow();
        Calculator net = clause.calculator("净增奖励").orElseThrow();

        Map<String, Object> fits = Map.of("新增企业数", Long.MAX_VALUE - 1, "迁入企业数", 1L);
        assertEquals(Money.parse("1万元"), loaded.explained(total, fits).amount());
        assertEquals(new Interpreter(clause, fits).calculate(total), loaded.explained(total, fits));

        Map<String, Object> over = Map.of("新增企业数", Long.MAX_VALUE, "迁入企业数", 1L);
        PolicyArithmeticException interpreted = assertThrows(PolicyArithmeticException.class,
                () -> new Interpreter(clause, over).calculate(total));
        for (var call : List.<Runnable>of(() -> loaded.explained(total, over), () -> loaded.fast(total, over))) {
            PolicyArithmeticException e = assertThrows(PolicyArithmeticException.class, call::run);
            assertEquals("金额超出可计算的范围（溢出）：第八条「新增企业数 + 迁入企业数」", e.getMessage());
            assertEquals(interpreted.getMessage(), e.getMessage());
        }

        Map<String, Object> below = Map.of("新增企业数", 0L, "迁入企业数", Long.MAX_VALUE);
        PolicyArithmeticException e = assertThrows(PolicyArithmeticException.class, () -> loaded.fast(net, below));
        assertEquals(assertThrows(PolicyArithmeticException.class, () -> new Interpreter(clause, below).calculate(net)).getMessage(),
                e.getMessage());
        assertEquals(List.of(), InjectionTest.publicMethods(loaded.type()).stream().filter(m -> m.startsWith("_")).toList(),
                "the exact-arithmetic helpers are private");
    }
}
