package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.polc.eval.Interpreter;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Eligibility;
import org.polc.model.Example;
import org.polc.model.ExpectKind;
import org.polc.model.Expectation;
import org.polc.model.Program;
import org.polc.runtime.Compliance;
import org.polc.runtime.Money;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.testing.Fixtures;

/**
 * The 例 of every clause, run against the generated Java (the compiler already ran them through the
 * interpreter). The generated result must also equal the interpreter's word for word, so
 * {@code polc eval} and an embedding portal never disagree.
 */
class GeneratedExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleHoldsInTheGeneratedCode() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Program program : Fixtures.realPolicies().programs()) {
            for (Clause clause : program.clauses()) {
                GeneratedCode code = new GeneratedCode(program, clause);
                for (Example example : clause.examples()) {
                    tests.add(DynamicTest.dynamicTest(clause.citation() + " " + example.name(), () -> check(code, clause, example)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(GeneratedCode code, Clause clause, Example example) {
        Map<String, Object> inputs = example.bindings();
        for (Expectation expected : example.expectations()) {
            if (expected.truth().isPresent()) {
                Eligibility rule = clause.eligibility(expected.name()).orElseThrow();
                assertEquals(expected.truth().get(), code.eligible(rule, inputs), expected.name());
                continue;
            }
            if (clause.complianceRule(expected.name()).isPresent()) {
                ComplianceRule rule = clause.complianceRule(expected.name()).get();
                Compliance generated = code.compliance(rule, inputs);
                assertEquals(expected.kind().name(), generated.kind().name(), generated.explanation());
                assertEquals(generated.kind(), code.verdict(rule, inputs), "fast and explained variants differ");
                assertEquals(new Interpreter(clause, inputs).comply(rule), generated, "interpreter and generated code differ");
                continue;
            }
            Calculator calculator = clause.calculator(expected.name()).orElseThrow();
            Result generated = code.explained(calculator, inputs);
            switch (expected.kind()) {
                case NONE -> assertEquals(ResultKind.NONE, generated.kind(), generated.toString());
                case CEILING -> assertEquals(ResultKind.CEILING, generated.kind(), generated.toString());
                case FIXED -> assertEquals(ResultKind.FIXED, generated.kind(), generated.toString());
                case PAYABLE -> assertEquals(ResultKind.PAYABLE, generated.kind(), generated.toString());
                case FREE -> assertEquals(ResultKind.FREE, generated.kind(), generated.toString());
                default -> { }
            }
            // 不予 and 免费 carry no amount: the result is 0
            if (expected.kind() != ExpectKind.NONE && expected.kind() != ExpectKind.FREE) {
                assertEquals(expected.amount().orElseThrow().toMoney(), generated.amount(), generated.toString());
            } else {
                assertEquals(Money.ZERO, generated.amount());
            }
            assertEquals(generated.amount(), code.fast(calculator, inputs), "fast and explained variants differ");
            Result interpreted = new Interpreter(clause, inputs).calculate(calculator);
            assertEquals(interpreted, generated, "interpreter and generated code differ");
            assertTrue(generated.explanation().startsWith("依据" + clause.citation()), generated.explanation());
        }
    }

    @Test
    void everyCalculatorHasTwoExamplesOneOnABoundary() {
        for (Clause clause : Fixtures.realPolicies().clauses()) {
            for (Calculator calculator : clause.calculators()) {
                long count = clause.examples().stream()
                        .filter(e -> e.expectations().stream().anyMatch(x -> x.name().equals(calculator.name()))).count();
                assertTrue(count >= 2, clause.citation() + " " + calculator.name() + " has " + count + " examples");
            }
        }
    }
}
