package org.polc.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.polc.check.Amounts;
import org.polc.check.Program;
import org.polc.check.Rational;
import org.polc.check.Type;
import org.polc.diagnostics.Diagnostics;
import org.polc.runtime.Money;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.runtime.Trace;
import org.polc.syntax.Declarations.ExpectKind;

/** Runs the 例 of every clause at compile time: an example that does not hold is an error. */
public final class ExampleRunner {

    private ExampleRunner() {}

    public static void run(Program program, Diagnostics diagnostics) {
        for (Program.Clause clause : program.clauses()) {
            if (!clause.clean()) {
                continue;
            }
            for (Program.Example example : clause.examples()) {
                run(clause, example, diagnostics);
            }
        }
    }

    /** The example's bindings as runtime values. */
    public static Map<String, Object> inputs(Program.Clause clause, Program.Example example) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        example.bindings().forEach((name, value) -> {
            Type type = clause.input(name).orElseThrow().type();
            inputs.put(name, value instanceof Rational r ? Interpreter.constant(type, r) : value);
        });
        return inputs;
    }

    private static void run(Program.Clause clause, Program.Example example, Diagnostics diagnostics) {
        Interpreter interpreter = new Interpreter(clause, inputs(clause, example));
        String where = clause.citation() + "：例「" + example.title() + "」";
        for (Program.Expectation expected : example.expectations()) {
            try {
                if (expected.truth().isPresent()) {
                    Program.Eligibility rule = clause.eligibility(expected.name()).orElseThrow();
                    Trace trace = new Trace(clause.citation());
                    boolean actual = interpreter.eligible(rule, trace);
                    if (actual != expected.truth().get()) {
                        diagnostics.error("example.failed", expected.span(), where + "：期望「" + expected.name() + "」为 "
                                + (expected.truth().get() ? "是" : "否") + "，实际为 " + (actual ? "是" : "否") + "（" + org.polc.runtime.Explain.sentence(trace.steps()) + "）");
                    }
                    continue;
                }
                Result result = interpreter.calculate(clause.calculator(expected.name()).orElseThrow());
                if (!matches(expected, result)) {
                    diagnostics.error("example.failed", expected.span(), where + "：期望「" + expected.name() + "」" + describe(expected)
                            + "，实际 " + result.kind().chinese() + " " + result.amount() + "。计算过程：" + result.explanation());
                }
            } catch (RuntimeException e) {
                diagnostics.error("example.error", expected.span(), where + "：计算「" + expected.name() + "」时出错：" + e.getMessage());
            }
        }
    }

    private static boolean matches(Program.Expectation expected, Result result) {
        if (expected.kind() == ExpectKind.NONE) {
            return result.kind() == ResultKind.NONE;
        }
        Money amount = Money.ofFen(expected.amount().orElseThrow().times(Rational.of(100)).numerator().longValueExact());
        boolean kindOk = switch (expected.kind()) {
            case CEILING -> result.kind() == ResultKind.CEILING;
            case FIXED -> result.kind() == ResultKind.FIXED;
            default -> true;
        };
        return kindOk && result.amount().equals(amount);
    }

    private static String describe(Program.Expectation expected) {
        return switch (expected.kind()) {
            case NONE -> " 不予";
            case CEILING -> " 最高可得 " + Amounts.yuan(expected.amount().orElseThrow());
            case FIXED -> " 给予 " + Amounts.yuan(expected.amount().orElseThrow());
            case VALUE -> " 为 " + Amounts.yuan(expected.amount().orElseThrow());
        };
    }
}
