package org.polc.codegen;

import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.polc.Compiler.Compilation;
import org.polc.eval.Interpreter;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.Program;
import org.polc.model.Type;
import org.polc.runtime.Money;
import org.polc.runtime.PolicyInputException;
import org.polc.runtime.Quantity;
import org.polc.runtime.Result;
import org.polc.testing.Fixtures;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of every generated calculator, for random inputs mixed with each clause's boundary
 * values: never above its declared cap, never negative, the fast and explained variants agree,
 * the interpreter agrees word for word, and a declared 单调 input never lowers the amount when it
 * grows. A new clause gets all of this with no hand work.
 */
class CapPropertyTest {

    /** Per calculator; the quick run of mvn verify. -Dpolc.properties.examples raises it. */
    private static final int EXAMPLES = Integer.getInteger("polc.properties.examples", 3000);

    /** Explanations seen that account for a rounding (…计到分为…), so a test can tell that inexact amounts were generated. */
    private static final AtomicLong ROUNDED = new AtomicLong();

    /**
     * Products that are rarely whole 分, under each rounding rule: a product at the root, nested in a sum and under a
     * discount, a quotient, a product in a definition, in a condition, by a rate input, and a payment. Random amounts in 分
     * make most of them inexact, so the interpreter and the generated code must agree on the exact values and their
     * rounding word for word, not only on the 分.
     */
    private static final String ROUNDING = Fixtures.HEADER + """
            部分 二 科技创新政策
              牵头单位 市科技局
            """ + roundingClause("十四", "四舍五入", "") + roundingClause("十五", "舍去", "  舍入 舍去\n")
            + roundingClause("十六", "进一", "  舍入 进一\n");

    /** The same calculators in a clause of its own, under the header's rule or under {@code rounding}. */
    private static String roundingClause(String number, String title, String rounding) {
        return "条款 " + number + " " + title + "\n" + "  原文 “按比例给予补助。”\n" + rounding + """
                  输入
                    甲：金额
                    乙：金额
                    费率：比例
                  定义 基数 = 甲 × 三分之一
                  补助 嵌套补助：
                    若 乙 × 75% 达到 甲 以上 则 按不超过 （甲 × 5% + 乙 ÷ 7） × 六五折 给予
                    否则 给予 基数 + 乙 × 费率
                  应缴 折扣费用：
                    缴纳 甲 × 六五折
                """;
    }

    @TestFactory
    Stream<DynamicTest> inexactAmountsAreExplainedAlikeUnderEveryRoundingRule() {
        Compilation c = Fixtures.compileFile(ROUNDING);
        if (!c.ok()) {
            throw new AssertionError(Fixtures.render(c));
        }
        Program program = c.programs().get(0);
        ClassLoader loader = InMemoryJavac.compile(c.generate()).loader();
        List<DynamicTest> tests = new ArrayList<>();
        for (Clause clause : program.clauses()) {
            GeneratedCode code = new GeneratedCode(program, clause, loader);
            for (Calculator calculator : clause.calculators()) {
                tests.add(DynamicTest.dynamicTest(clause.citation() + " " + calculator.name(), () -> {
                    ROUNDED.set(0);
                    properties(code, clause, calculator);
                    if (ROUNDED.get() == 0) {
                        throw new AssertionError(clause.citation() + " " + calculator.name() + "：没有一个说明写出舍入，生成的金额都是整分");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyCalculatorStaysWithinItsCapAndAgreesWithTheInterpreter() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Program program : Fixtures.realPolicies().programs()) {
            for (Clause clause : program.clauses()) {
                GeneratedCode code = new GeneratedCode(program, clause);
                for (Calculator calculator : clause.calculators()) {
                    tests.add(DynamicTest.dynamicTest(clause.citation() + " " + calculator.name(),
                            () -> properties(code, clause, calculator)));
                }
            }
        }
        return tests.stream();
    }

    static void properties(GeneratedCode code, Clause clause, Calculator calculator) {
        // Every combination of boundary values first, deterministically: "exactly 1亿元 − 1分 this
        // year, 0 last year" is where a missing clamp shows, and chance may not pick it.
        for (Map<String, Object> facts : Boundaries.combinations(clause, calculator.inputs(), 50_000)) {
            check(code, clause, calculator, facts);
        }
        Gen<Map<String, Object>> inputs = inputs(clause, calculator.inputs());
        qt().withExamples(EXAMPLES).withShrinkCycles(200).forAll(inputs).checkAssert(facts -> check(code, clause, calculator, facts));
        monotone(code, clause, calculator, inputs);
    }

    private static void check(GeneratedCode code, Clause clause, Calculator calculator, Map<String, Object> facts) {
        Result result;
        try {
            result = code.explained(calculator, facts);
        } catch (PolicyInputException undefined) {
            // a share of a zero whole (无从计算): the interpreter must refuse it in the same words
            try {
                new Interpreter(clause, facts).calculate(calculator);
            } catch (PolicyInputException same) {
                if (same.getMessage().equals(undefined.getMessage())) {
                    return;
                }
            }
            throw new AssertionError("generated code refused " + facts + " (" + undefined.getMessage() + ") but the interpreter did not");
        }
        Money amount = result.amount();
        if (amount.isNegative()) {
            throw new AssertionError(clause.citation() + " " + calculator.name() + " 为负：" + result + " 输入 " + facts);
        }
        calculator.cap().ifPresent(cap -> {
            Money limit = cap.toMoney();
            if (amount.compareTo(limit) > 0) {
                throw new AssertionError(clause.citation() + " " + calculator.name() + " 超过最高 " + cap + "：" + result + " 输入 " + facts);
            }
        });
        Money fast = code.fast(calculator, facts);
        if (!fast.equals(amount)) {
            throw new AssertionError("fast variant " + fast + " ≠ explained " + amount + " for " + facts);
        }
        if (result.explanation().contains("计到分为")) {
            ROUNDED.incrementAndGet();
        }
        Result interpreted = new Interpreter(clause, facts).calculate(calculator);
        if (!interpreted.equals(result)) {
            throw new AssertionError("interpreter " + interpreted + "\n≠ generated " + result + "\nfor " + facts);
        }
    }

    private static void monotone(GeneratedCode code, Clause clause, Calculator calculator, Gen<Map<String, Object>> inputs) {
        for (String input : calculator.monotoneIn()) {
            Gen<Long> increase = Generate.pick(List.of(1L, 100L, 1_000_000L)).mix(Generate.longRange(0, 10_000_000_000L));
            qt().withExamples(EXAMPLES).forAll(inputs, increase).checkAssert((facts, delta) -> {
                Map<String, Object> more = new LinkedHashMap<>(facts);
                Object value = facts.get(input);
                more.put(input, value instanceof Money m ? m.plus(Money.ofFen(delta))
                        : value instanceof Quantity q ? q.plus(Quantity.of(delta, 100, q.baseUnit())) : (Object) ((Long) value + delta));
                Money before;
                Money after;
                try {
                    before = code.fast(calculator, facts);
                    after = code.fast(calculator, more);
                } catch (PolicyInputException undefined) {
                    return;
                }
                if (after.compareTo(before) < 0) {
                    throw new AssertionError(clause.citation() + " " + calculator.name() + " 声明对「" + input + "」单调，但 " + facts
                            + " 得 " + before + "，增加 " + Money.ofFen(delta) + " 后只得 " + after);
                }
            });
        }
    }

    /** A generator of whole input maps: each input from its type, boundary values mixed with random ones. */
    static Gen<Map<String, Object>> inputs(Clause clause, List<String> names) {
        Gen<Map<String, Object>> gen = Generate.constant(LinkedHashMap::new);
        for (String name : names) {
            Gen<Object> value = value(clause, clause.input(name).orElseThrow().type());
            gen = gen.zip(value, (map, v) -> {
                Map<String, Object> next = new LinkedHashMap<>(map);
                next.put(name, v);
                return next;
            });
        }
        return gen;
    }

    @SuppressWarnings("unchecked")
    private static Gen<Object> value(Clause clause, Type type) {
        if (type instanceof Type.Money) {
            Gen<Long> boundary = Generate.pick(Boundaries.money(clause));
            Gen<Long> random = Generate.longRange(0, 100_000_000_000_00L);
            return (Gen<Object>) (Gen<?>) boundary.mix(random, 50).map(Money::ofFen);
        }
        if (type instanceof Type.Quantity q && !q.isCount()) {
            Gen<Quantity> random = Generate.longRange(0, 100_000_000_00L).map(n -> Quantity.of(n, 100, q.baseUnit()));
            return (Gen<Object>) (Gen<?>) Generate.pick(Boundaries.measures(clause, q)).mix(random, 50);
        }
        if (type instanceof Type.Date) {
            long from = clause.validFrom().toEpochDay() - 400;
            return (Gen<Object>) (Gen<?>) Generate.longRange(from, clause.validTo().toEpochDay() + 400).map(LocalDate::ofEpochDay);
        }
        if (type instanceof Type.Quantity) {
            return (Gen<Object>) (Gen<?>) Generate.pick(Boundaries.counts(clause)).mix(Generate.longRange(0, 100_000), 50);
        }
        if (type instanceof Type.Bool) {
            return (Gen<Object>) (Gen<?>) Generate.booleans();
        }
        if (type instanceof Type.Choice choice) {
            return (Gen<Object>) (Gen<?>) Generate.pick(choice.values());
        }
        if (type instanceof Type.Rate) {
            return (Gen<Object>) (Gen<?>) Generate.longRange(0, 10_000).map(n -> org.polc.runtime.Rate.of(n, 10_000));
        }
        throw new AssertionError("no generator for " + type);
    }
}
