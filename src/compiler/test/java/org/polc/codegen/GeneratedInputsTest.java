package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.polc.eval.Interpreter;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.Eligibility;
import org.polc.model.Program;
import org.polc.model.Type;
import org.polc.policies.hangzhou2024.Clause14;
import org.polc.policies.hangzhou2024.Clause17;
import org.polc.runtime.Money;
import org.polc.runtime.PolicyArithmeticException;
import org.polc.runtime.PolicyInputException;
import org.polc.runtime.Rate;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.testing.Fixtures;

/**
 * Bad inputs to the committed generated calculators, called as an embedder calls them: null, negative
 * amounts and counts, values that overflow, unknown choice values. Each must fail with an exception
 * that names the clause and the input (or, for overflow, is a PolicyArithmeticException), never
 * with a wrapped-around amount or a bare NullPointerException.
 */
class GeneratedInputsTest {

    private static final Money MILLION = Money.parse("700万元");
    private static final Money FIVE_MILLION = Money.parse("500万元");

    /** Clause 14's inputs for a small enterprise: 700万元 this year, 500万元 last year, 科技型中小企业. */
    private static Clause14.Inputs.Builder fourteen() {
        return Clause14.Inputs.builder().年度研发投入额(MILLION).上年度研发投入额(FIVE_MILLION).经认定的科技型中小企业(true)
                .经认定的高新技术企业(false).经营规模(Clause14.经营规模.符合认定标准);
    }

    @Test
    void aMissingChoiceNamesTheClauseAndTheInput() {
        Clause14.Inputs inputs = fourteen().经营规模(null).build();
        PolicyInputException e = assertThrows(PolicyInputException.class, () -> Clause14.研发投入补助(inputs));
        assertEquals("第十四条：输入「经营规模」未填写", e.getMessage());
        assertEquals("第十四条", e.clause());
        assertEquals("经营规模", e.input());
        PolicyInputException fast = assertThrows(PolicyInputException.class, () -> Clause14.研发投入补助金额(inputs));
        assertEquals(e.getMessage(), fast.getMessage());
    }

    @Test
    void aMissingAmountNamesTheClauseAndTheInput() {
        PolicyInputException e = assertThrows(PolicyInputException.class,
                () -> Clause14.研发投入补助(fourteen().年度研发投入额(null).build()));
        assertEquals("第十四条：输入「年度研发投入额」未填写", e.getMessage());
        // nothing given at all: the first input the calculator reads is named
        PolicyInputException none = assertThrows(PolicyInputException.class,
                () -> Clause14.研发投入补助(Clause14.Inputs.builder().build()));
        assertEquals("第十四条：输入「年度研发投入额」未填写", none.getMessage());
        // a 是否 left out is not taken as 否
        PolicyInputException bool = assertThrows(PolicyInputException.class,
                () -> Clause14.研发投入补助金额(Clause14.Inputs.from(fourteen().build().facts().toBuilder()
                        .set(Clause14.Inputs.经认定的高新技术企业, null).build())));
        assertEquals("第十四条：输入「经认定的高新技术企业」未填写", bool.getMessage());
    }

    @Test
    void aNegativeAmountNamesTheClauseAndTheInput() {
        PolicyInputException e = assertThrows(PolicyInputException.class,
                () -> Clause14.研发投入补助(fourteen().上年度研发投入额(Money.ofFen(-1)).build()));
        assertEquals("第十四条：输入「上年度研发投入额」不能为负数（-0.01元）", e.getMessage());
        assertEquals("上年度研发投入额", e.input());
        assertThrows(PolicyInputException.class,
                () -> Clause14.研发投入补助金额(fourteen().年度研发投入额(Money.ofFen(Long.MIN_VALUE)).build()));
    }

    /** Clause 17's inputs: a 五星 incubator with {@code firms} firms on record. */
    private static Clause17.Inputs seventeen(Clause17.孵化器年度绩效评价 grade, long firms) {
        return Clause17.Inputs.builder().孵化器年度绩效评价(grade).通过备案的企业数(firms).build();
    }

    @Test
    void aNegativeCountNamesTheClauseAndTheInput() {
        PolicyInputException e = assertThrows(PolicyInputException.class,
                () -> Clause17.孵化器绩效奖励(seventeen(Clause17.孵化器年度绩效评价.五星, -1)));
        assertEquals("第十七条：输入「通过备案的企业数」不能为负数（-1）", e.getMessage());
    }

    @Test
    void anUnknownChoiceValueCannotBeMadeAndSaysWhichInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Enum.valueOf(Clause14.经营规模.class, "不符合认定标准"));
        assertTrue(e.getMessage().contains("Clause14.经营规模.不符合认定标准"), e.getMessage());
    }

    @Test
    void aCountTimesAnAmountThatOverflowsThrowsInsteadOfWrapping() {
        long perFirm = Money.parse("15万元").fen();
        long most = Long.MAX_VALUE / perFirm;
        Result largest = Clause17.孵化器绩效奖励(seventeen(Clause17.孵化器年度绩效评价.五星, most));
        assertEquals(Money.ofFen(most * perFirm), largest.amount(), "the largest count that fits is computed exactly");
        assertEquals(ResultKind.CEILING, largest.kind());

        for (long count : new long[] {most + 1, Long.MAX_VALUE}) {
            PolicyArithmeticException e = assertThrows(PolicyArithmeticException.class,
                    () -> Clause17.孵化器绩效奖励(seventeen(Clause17.孵化器年度绩效评价.五星, count)));
            assertTrue(e.getMessage().startsWith("金额超出可计算的范围（溢出）："), e.getMessage());
            assertTrue(e.getMessage().contains(Long.toString(count)), e.getMessage());
            assertThrows(PolicyArithmeticException.class,
                    () -> Clause17.孵化器绩效奖励金额(seventeen(Clause17.孵化器年度绩效评价.五星, count)));
        }
        // Below 三星 the count is never multiplied: no overflow, no award.
        assertEquals(Money.ZERO, Clause17.孵化器绩效奖励金额(seventeen(Clause17.孵化器年度绩效评价.未达三星, Long.MAX_VALUE)));
    }

    @Test
    void permitsAtMostTheCeiling() {
        Result r = Clause14.研发投入补助(fourteen().build());
        assertEquals(ResultKind.CEILING, r.kind());
        assertEquals(Money.parse("10万元"), r.amount());
        assertTrue(r.permits(Money.ZERO));
        assertTrue(r.permits(Money.parse("8万元")));
        assertTrue(r.permits(r.amount()));
        assertFalse(r.permits(r.amount().plus(Money.ofFen(1))), "one fen above the ceiling");
        assertFalse(r.permits(Money.parse("12万元")));
        assertFalse(r.permits(Money.ofFen(-1)));
        PolicyInputException e = assertThrows(PolicyInputException.class, () -> r.permits(null));
        assertEquals("第十四条：输入「决定金额」不能为空", e.getMessage());

        Result fixed = Clause14.研发投入补助(fourteen().年度研发投入额(Money.parse("1亿元")).上年度研发投入额(Money.parse("1亿元")).build());
        assertEquals(ResultKind.FIXED, fixed.kind());
        assertTrue(fixed.permits(Money.parse("200万元")));
        assertFalse(fixed.permits(Money.parse("199万元")));

        Result none = Clause14.研发投入补助(fourteen().经认定的科技型中小企业(false).build());
        assertEquals(ResultKind.NONE, none.kind());
        assertTrue(none.permits(Money.ZERO));
        assertFalse(none.permits(Money.ofFen(1)));
    }

    // ------------------------------------------------------------ every calculator of every clause

    @TestFactory
    Stream<DynamicTest> everyInputOfEveryCalculatorIsCheckedAndNamed() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Program program : Fixtures.realPolicies().programs()) {
            for (Clause clause : program.clauses()) {
                GeneratedCode code = new GeneratedCode(program, clause);
                for (Calculator calculator : clause.calculators()) {
                    tests.add(DynamicTest.dynamicTest(clause.citation() + " " + calculator.name(),
                            () -> badInputs(clause, calculator.inputs(), facts -> code.explained(calculator, facts))));
                    tests.add(DynamicTest.dynamicTest(clause.citation() + " " + calculator.name() + "金额",
                            () -> badInputs(clause, calculator.inputs(), facts -> code.fast(calculator, facts))));
                }
                for (Eligibility rule : clause.eligibilities()) {
                    tests.add(DynamicTest.dynamicTest(clause.citation() + " " + rule.name(),
                            () -> badInputs(clause, rule.inputs(), facts -> code.eligible(rule, facts))));
                }
            }
        }
        return tests.stream();
    }

    private static void badInputs(Clause clause, List<String> inputs, java.util.function.Function<Map<String, Object>, Object> call) {
        Map<String, Object> valid = new LinkedHashMap<>();
        for (String name : inputs) {
            valid.put(name, values(clause.input(name).orElseThrow().type()).get(0));
        }
        call.apply(valid);
        for (String name : inputs) {
            Type type = clause.input(name).orElseThrow().type();
            // Through Inputs every input may be left out, a 是否 and a count too: reading it names input and clause.
            Map<String, Object> missing = new LinkedHashMap<>(valid);
            missing.put(name, null);
            PolicyInputException e = assertThrows(PolicyInputException.class, () -> call.apply(missing), name);
            assertEquals(clause.citation() + "：输入「" + name + "」未填写", e.getMessage());
            assertEquals(clause.citation(), e.clause());
            assertEquals(name, e.input());
            Object negative = type instanceof Type.Money ? Money.ofFen(-1) : type instanceof Type.Quantity ? -1L : null;
            if (negative != null) {
                Map<String, Object> below = new LinkedHashMap<>(valid);
                below.put(name, negative);
                PolicyInputException n = assertThrows(PolicyInputException.class, () -> call.apply(below), name);
                assertEquals(clause.citation(), n.clause());
                assertEquals(name, n.input());
                assertTrue(n.getMessage().startsWith(clause.citation() + "：输入「" + name + "」不能为负数"), n.getMessage());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> extremeInputsGiveTheInterpretersAnswerOrItsOverflow() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Program program : Fixtures.realPolicies().programs()) {
            for (Clause clause : program.clauses()) {
                GeneratedCode code = new GeneratedCode(program, clause);
                for (Calculator calculator : clause.calculators()) {
                    tests.add(DynamicTest.dynamicTest(clause.citation() + " " + calculator.name(), () -> extremes(code, clause, calculator)));
                }
            }
        }
        return tests.stream();
    }

    private static void extremes(GeneratedCode code, Clause clause, Calculator calculator) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(new LinkedHashMap<>());
        for (String name : calculator.inputs()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : all) {
                for (Object value : values(clause.input(name).orElseThrow().type())) {
                    Map<String, Object> more = new LinkedHashMap<>(partial);
                    more.put(name, value);
                    next.add(more);
                }
            }
            all = next.size() > 20_000 ? next.subList(0, 20_000) : next;
        }
        for (Map<String, Object> facts : all) {
            Result interpreted;
            try {
                interpreted = new Interpreter(clause, facts).calculate(calculator);
            } catch (PolicyArithmeticException overflow) {
                PolicyArithmeticException e = assertThrows(PolicyArithmeticException.class, () -> code.explained(calculator, facts),
                        facts.toString());
                assertEquals(overflow.getMessage(), e.getMessage());
                assertThrows(PolicyArithmeticException.class, () -> code.fast(calculator, facts), facts.toString());
                continue;
            }
            Result generated = code.explained(calculator, facts);
            assertEquals(interpreted, generated, facts.toString());
            assertEquals(generated.amount(), code.fast(calculator, facts));
            assertFalse(generated.amount().isNegative(), generated.toString());
            calculator.cap().ifPresent(cap -> assertTrue(
                    generated.amount().compareTo(cap.toMoney()) <= 0,
                    generated.toString()));
        }
    }

    /** Values of a type for the sweep, the ordinary one first: zero, one fen, the largest. */
    private static List<Object> values(Type type) {
        if (type instanceof Type.Money) {
            return List.of(Money.ZERO, Money.ofFen(1), Money.ofFen(Long.MAX_VALUE));
        } else if (type instanceof Type.Quantity) {
            return List.of(0L, 1L, Long.MAX_VALUE);
        } else if (type instanceof Type.Bool) {
            return List.of(false, true);
        } else if (type instanceof Type.Rate) {
            return List.of(Rate.ZERO, Rate.ONE);
        } else if (type instanceof Type.Date) {
            return List.of(LocalDate.of(2024, 1, 1));
        } else if (type instanceof Type.Choice c) {
            return List.copyOf(c.values());
        }
        throw new AssertionError(type.toString());
    }
}
