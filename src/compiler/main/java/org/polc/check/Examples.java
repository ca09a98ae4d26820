package org.polc.check;

import static org.polc.check.ErrorType.isError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.polc.ast.Declarations;
import org.polc.ast.Declarations.ExampleValue;
import org.polc.ast.Expr;
import org.polc.diagnostics.Names;
import org.polc.diagnostics.Span;
import org.polc.model.Amount;
import org.polc.model.Calculator;
import org.polc.model.ComplianceRule;
import org.polc.model.CheckedExpr;
import org.polc.model.Eligibility;
import org.polc.model.Example;
import org.polc.model.ExpectKind;
import org.polc.model.Expectation;
import org.polc.model.Input;
import org.polc.model.RuntimeValues;
import org.polc.model.Type;

/**
 * Checks each 例: it binds known inputs to values of their types, once each, and gives every input
 * that the calculators and rules it expects read; each expectation names a calculator (an amount
 * or 不予) or a rule (是/否). Running the examples is verification's job.
 */
final class Examples {

    private final Scope scope;
    private final Expressions expressions;
    private final Conditions conditions;
    private final Where where;

    Examples(Scope scope, Expressions expressions, Conditions conditions, Where where) {
        this.scope = scope;
        this.expressions = expressions;
        this.conditions = conditions;
        this.where = where;
    }

    /** The checked example, or empty when it has an error (it is then not run). */
    Optional<Example> check(Declarations.Example e, List<Calculator> calculators) {
        // an example without a title is named by where it stands
        String named = e.title().map(t -> "例「" + t + "」").orElse("第" + e.span().line() + "行的例");
        Map<String, Object> bindings = new LinkedHashMap<>();
        boolean ok = true;
        for (Declarations.Binding b : e.bindings()) {
            Input input = scope.input(b.name()).orElse(null);
            if (input == null) {
                scope.unknown(b.name(), b.span());
                ok = false;
                continue;
            }
            if (bindings.containsKey(b.name())) {
                where.error("example.duplicate", b.span(), named + "中「" + b.name() + "」给了两次");
            }
            Optional<Object> value = value(input, b.value(), b.span(), named);
            if (value.isEmpty()) {
                ok = false;
            } else {
                bindings.put(b.name(), value.get());
            }
        }
        List<Expectation> expectations = new ArrayList<>();
        for (Declarations.Expectation x : e.expectations()) {
            Optional<Calculator> calculator = calculators.stream().filter(c -> c.name().equals(x.name())).findFirst();
            Eligibility eligibility = scope.rule(x.name()).orElse(null);
            ComplianceRule complianceRule = scope.complianceRule(x.name()).orElse(null);
            boolean verdict = x.kind() == Declarations.ExpectKind.COMPLIANT || x.kind() == Declarations.ExpectKind.NOT_COMPLIANT
                    || x.kind() == Declarations.ExpectKind.GENERAL_NOT_MET;
            List<String> needed;
            if (complianceRule != null) {
                needed = complianceRule.inputs();
                if (!verdict) {
                    where.error("example.expect", x.span(), "「" + x.name() + "」是合规规则，期望应写「为 合规」「为 不合规」或「为 未达一般要求」");
                    ok = false;
                    continue;
                }
                expectations.add(new Expectation(x.name(), kind(x.kind()), Optional.empty(), Optional.empty(), x.span()));
            } else if (verdict) {
                where.error("example.expect", x.span(), "「" + x.name() + "」不是合规规则，不能期望「合规」「不合规」或「未达一般要求」");
                ok = false;
                continue;
            } else if (calculator.isPresent()) {
                needed = calculator.get().inputs();
                Optional<Amount> amount = Optional.empty();
                boolean paymentWord = x.kind() == Declarations.ExpectKind.PAYABLE || x.kind() == Declarations.ExpectKind.FREE;
                boolean grantWord = x.kind() == Declarations.ExpectKind.CEILING || x.kind() == Declarations.ExpectKind.FIXED
                        || x.kind() == Declarations.ExpectKind.NONE;
                if (calculator.get().payment() && grantWord) {
                    where.error("example.kind", x.span(), named + "「" + x.name() + "」是应缴的金额（申请人缴纳），期望不能写「给予」「最高可得」「不予」",
                            "写「" + x.name() + " 应缴 …」或「" + x.name() + " 免费」");
                    ok = false;
                } else if (!calculator.get().payment() && paymentWord) {
                    where.error("example.kind", x.span(), named + "「" + x.name() + "」是给予申请人的金额，期望不能写「应缴」「免费」",
                            "写「" + x.name() + " 给予 …」「最高可得 …」或「不予」");
                    ok = false;
                }
                if (x.kind() != Declarations.ExpectKind.NONE && x.kind() != Declarations.ExpectKind.FREE) {
                    amount = expectedAmount(x);
                    if (amount.isEmpty()) {
                        where.error("example.expect", x.span(), named + "对「" + x.name() + "」的期望应是一个金额，如 最高可得 10万元");
                        ok = false;
                    }
                }
                expectations.add(new Expectation(x.name(), kind(x.kind()), amount, Optional.empty(), x.span()));
            } else if (eligibility != null) {
                needed = eligibility.inputs();
                Optional<Boolean> truth = x.value().flatMap(ExampleValue::truth);
                if (truth.isPresent()) {
                    expectations.add(new Expectation(x.name(), kind(x.kind()), Optional.empty(), truth, x.span()));
                } else {
                    where.error("example.expect", x.span(), "「" + x.name() + "」是认定规则，期望应写「为 是」或「为 否」");
                    ok = false;
                    continue;
                }
            } else {
                Set<String> known = scope.results();
                where.error("name.unknown", x.span(), named + "期望的「" + x.name() + "」不是本条的计算或认定",
                        Names.closest(x.name(), known).map(s -> "您是不是要写「" + s + "」？").orElse(null));
                ok = false;
                continue;
            }
            for (String n : needed) {
                if (!bindings.containsKey(n) && e.bindings().stream().noneMatch(b -> b.name().equals(n))) {
                    where.error("example.missing", e.span(), named + "没有给出「" + x.name() + "」用到的输入「" + n + "」",
                            scope.oneOffOf(n).map(k -> "「" + k + "」是一次性的，编译器为它引入了「" + n + "」：写「" + n
                                    + " 否」（此前未获得过）或「" + n + " 是」（已获得过，不予）").orElse(null));
                    ok = false;
                }
            }
        }
        return ok ? Optional.of(new Example(named, bindings, expectations, e.span())) : Optional.empty();
    }

    private Optional<Amount> expectedAmount(Declarations.Expectation x) {
        return x.value().flatMap(ExampleValue::expression)
                .flatMap(e -> expressions.check(e).asConstant())
                .filter(k -> k.type() instanceof Type.Money)
                .map(k -> Amount.of(k.value()));
    }

    private static ExpectKind kind(Declarations.ExpectKind kind) {
        return switch (kind) {
            case CEILING -> ExpectKind.CEILING;
            case FIXED -> ExpectKind.FIXED;
            case NONE -> ExpectKind.NONE;
            case VALUE -> ExpectKind.VALUE;
            case PAYABLE -> ExpectKind.PAYABLE;
            case FREE -> ExpectKind.FREE;
            case COMPLIANT -> ExpectKind.COMPLIANT;
            case NOT_COMPLIANT -> ExpectKind.NOT_COMPLIANT;
            case GENERAL_NOT_MET -> ExpectKind.GENERAL_NOT_MET;
        };
    }

    /** A bound value as the runtime holds it. */
    private Optional<Object> value(Input input, ExampleValue value, Span span, String named) {
        Type type = input.type();
        if (value.truth().isPresent()) {
            if (type instanceof Type.Bool) {
                return Optional.of(value.truth().get());
            }
        } else if (value.expression().isPresent()) {
            Expr e = value.expression().get();
            if (type instanceof Type.Choice choice) {
                return Optional.of(conditions.choiceValue(choice, e));
            }
            CheckedExpr checked = expressions.check(e);
            if (isError(checked)) {
                return Optional.empty();
            }
            if (checked.asConstant().isPresent()) {
                CheckedExpr.Constant k = checked.asConstant().get();
                // A count may be bound to a bare whole number (企业数 3) and a 数值 to a plain number
                // (容积率 2.5); a measure needs its unit, since 3 could mean 3亩 or 3万亩.
                boolean countOk = type instanceof Type.Quantity q && q.isCount() && k.type() instanceof Type.Rate && k.value().isInteger();
                boolean numberOk = type.equals(Type.NUMBER) && k.type() instanceof Type.Rate && e.isPlainNumber();
                if (k.type().equals(type) || countOk || numberOk) {
                    if (type instanceof Type.Quantity q && q.isCount() && !k.value().isInteger()) {
                        where.error("example.value", span, named + "中「" + input.name() + "」应是整数");
                        return Optional.empty();
                    }
                    if (type instanceof Type.Money && k.value().signum() < 0) {
                        where.error("example.value", span, named + "中金额「" + input.name() + "」不能为负");
                        return Optional.empty();
                    }
                    try {
                        return Optional.of(RuntimeValues.of(type, k.value()));
                    } catch (ArithmeticException tooLarge) {
                        where.error("example.value", span, named + "中「" + input.name() + "」超出可计算的范围");
                        return Optional.empty();
                    }
                }
            }
        }
        where.error("example.value", span, named + "中「" + input.name() + "」应是" + type.chinese());
        return Optional.empty();
    }
}
