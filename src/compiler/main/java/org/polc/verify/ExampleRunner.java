package org.polc.verify;

import java.util.Optional;
import org.polc.diagnostics.Diagnostics;
import org.polc.eval.Interpreter;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Eligibility;
import org.polc.model.Example;
import org.polc.model.ExpectKind;
import org.polc.model.Expectation;
import org.polc.runtime.Compliance;
import org.polc.runtime.ComplianceKind;
import org.polc.runtime.Money;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.runtime.internal.Explain;
import org.polc.runtime.internal.Trace;

/** Runs the 例 of a clean clause at compile time: an example that does not hold is an error. */
final class ExampleRunner {

    private ExampleRunner() {}

    static void run(Clause clause, Diagnostics diagnostics) {
        for (Example example : clause.examples()) {
            run(clause, example, diagnostics);
        }
    }

    private static void run(Clause clause, Example example, Diagnostics diagnostics) {
        Interpreter interpreter = new Interpreter(clause, example.bindings());
        String where = clause.citation() + "：" + example.name();
        for (Expectation expected : example.expectations()) {
            try {
                if (expected.truth().isPresent()) {
                    Eligibility rule = clause.eligibility(expected.name()).orElseThrow();
                    Trace trace = new Trace(clause.citation());
                    boolean actual = interpreter.eligible(rule, trace);
                    if (actual != expected.truth().get()) {
                        diagnostics.error("example.failed", expected.span(), where + "：期望「" + expected.name() + "」为 "
                                + (expected.truth().get() ? "是" : "否") + "，实际为 " + (actual ? "是" : "否") + "（" + Explain.sentence(trace.steps()) + "）");
                    }
                    continue;
                }
                Optional<ComplianceRule> rule = clause.complianceRule(expected.name());
                if (rule.isPresent()) {
                    Compliance actual = interpreter.comply(rule.get());
                    if (actual.kind() != verdict(expected.kind())) {
                        diagnostics.error("example.failed", expected.span(), where + "：期望「" + expected.name() + "」" + verdict(expected.kind()).chinese()
                                + "，实际 " + actual.kind().chinese() + "。" + actual.explanation());
                    }
                    continue;
                }
                Result result = interpreter.calculate(clause.calculator(expected.name()).orElseThrow());
                if (!matches(expected, result)) {
                    diagnostics.error("example.failed", expected.span(), where + "：期望「" + expected.name() + "」" + describe(expected)
                            + "，实际 " + (result.kind() == ResultKind.FREE ? result.kind().chinese() : result.kind().chinese() + " " + result.amount())
                            + "。计算过程：" + result.explanation());
                }
            } catch (RuntimeException e) {
                diagnostics.error("example.error", expected.span(), where + "：计算「" + expected.name() + "」时出错：" + e.getMessage());
            }
        }
    }

    private static boolean matches(Expectation expected, Result result) {
        if (expected.kind() == ExpectKind.NONE) {
            return result.kind() == ResultKind.NONE;
        }
        if (expected.kind() == ExpectKind.FREE) {
            return result.kind() == ResultKind.FREE;
        }
        Money amount = expected.amount().orElseThrow().toMoney();
        boolean kindOk = switch (expected.kind()) {
            case CEILING -> result.kind() == ResultKind.CEILING;
            case FIXED -> result.kind() == ResultKind.FIXED;
            case PAYABLE -> result.kind() == ResultKind.PAYABLE;
            default -> true;
        };
        return kindOk && result.amount().equals(amount);
    }

    private static String describe(Expectation expected) {
        return switch (expected.kind()) {
            case NONE -> "不予";
            case CEILING -> "最高可得 " + expected.amount().orElseThrow();
            case FIXED -> "给予 " + expected.amount().orElseThrow();
            case VALUE -> "为 " + expected.amount().orElseThrow();
            case PAYABLE -> "应缴 " + expected.amount().orElseThrow();
            case FREE -> "免费";
            case COMPLIANT, NOT_COMPLIANT, GENERAL_NOT_MET -> verdict(expected.kind()).chinese();
        };
    }

    /** The verdict a 例 expects of a 合规 rule; only called with those three kinds. */
    private static ComplianceKind verdict(ExpectKind kind) {
        return switch (kind) {
            case COMPLIANT -> ComplianceKind.COMPLIANT;
            case NOT_COMPLIANT -> ComplianceKind.NOT_COMPLIANT;
            case GENERAL_NOT_MET -> ComplianceKind.GENERAL_NOT_MET;
            default -> throw new IllegalArgumentException("不是合规结论：" + kind);
        };
    }
}
