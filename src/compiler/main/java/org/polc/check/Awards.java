package org.polc.check;

import static org.polc.check.ErrorType.isError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.polc.ast.Award;
import org.polc.ast.Declarations;
import org.polc.ast.Expr;
import org.polc.ast.Name;
import org.polc.diagnostics.SourceText;
import org.polc.diagnostics.Span;
import org.polc.model.Amount;
import org.polc.model.Calculator;
import org.polc.model.CheckedAward;
import org.polc.model.Change;
import org.polc.model.CheckedExpr;
import org.polc.model.Cumulative;
import org.polc.model.Definition;
import org.polc.model.Frequency;
import org.polc.model.Input;
import org.polc.model.Origin;
import org.polc.model.Reads;
import org.polc.model.Type;

/**
 * Checks calculators: the declared cap is a constant amount, every amount given is money, a table
 * covers every value of its choice, a 单调 input is an amount or a count.
 */
final class Awards implements Award.Visitor<CheckedAward> {

    private final Scope scope;
    private final Expressions expressions;
    private final Conditions conditions;
    private final Where where;
    /** Whether the body being checked is a payment's (应缴), whose words are 缴纳 and 免费. */
    private boolean payment;

    Awards(Scope scope, Expressions expressions, Conditions conditions, Where where) {
        this.scope = scope;
        this.expressions = expressions;
        this.conditions = conditions;
        this.where = where;
    }

    /** The checked calculator; {@code uses} finds what its body reads. */
    Calculator calculator(Declarations.Calculator c, Uses uses) {
        Optional<Frequency> frequency = c.frequency().map(f -> f == Declarations.Frequency.ONCE ? Frequency.ONCE : Frequency.YEARLY);
        if (Nesting.depth(c.body()) > Nesting.LIMIT) {
            where.error("nesting.depth", c.nameSpan(), "「" + c.name() + "」嵌套超过 " + Nesting.LIMIT
                    + " 层，无法生成代码", "把深层的条件拆成「定义」或几个计算器");
            scope.calculator(c.name(), c.nameSpan());
            return new Calculator(c.kind(), c.name(), frequency, Optional.empty(), List.of(),
                    new CheckedAward.None(Optional.empty(), c.body().span()), Reads.NOTHING, c.span());
        }
        scope.calculator(c.name(), c.nameSpan());
        Optional<CheckedExpr.Constant> capConstant = c.cap().flatMap(e -> cap(c, e));
        Optional<Amount> cap = capConstant.map(k -> Amount.of(k.value()));
        boolean payment = Calculator.PAYMENT_KIND.equals(c.kind());
        Optional<Cumulative> cumulative = c.cumulative().flatMap(k -> cumulative(c, k, payment));
        this.payment = payment;
        CheckedAward body = OneOffs.guard(c, scope, check(c.body()));
        for (Name name : c.monotoneIn()) {
            Optional<Input> input = scope.input(name.text());
            if (input.isEmpty()) {
                scope.unknown(name.text(), name.span());
            } else if (!(input.get().type() instanceof Type.Money || input.get().type() instanceof Type.Quantity)) {
                where.error("monotone.type", name.span(), "单调只能针对金额或数量输入，「" + name.text() + "」是" + input.get().type().chinese());
            }
        }
        // 累计最高 without a 最高 of its own: the ceiling is also what the calculator is proven never to exceed.
        Optional<Amount> declared = cap.isPresent() ? cap : cumulative.map(Cumulative::cap);
        Optional<Change> capChange = cap.isPresent() ? capConstant.flatMap(CheckedExpr::change) : cumulative.flatMap(Cumulative::change);
        return new Calculator(c.kind(), c.name(), frequency, declared, c.monotoneIn().stream().map(Name::text).toList(), body,
                uses.of(body, cumulative.map(Cumulative::received)), c.span(), capChange, cumulative);
    }

    /** 累计最高 cap，已获 received: a constant amount, and an amount already received (an input or a definition). */
    private Optional<Cumulative> cumulative(Declarations.Calculator c, Declarations.Cumulative k, boolean payment) {
        if (payment) {
            where.error("cumulative.payment", k.span(), "「" + c.name() + "」是应缴的金额（申请人缴纳），不能写「累计最高 … 已获 …」",
                    "累计最高是给予申请人的总额上限；应缴的上限写「最高 …」");
            return Optional.empty();
        }
        Optional<CheckedExpr.Constant> cap = cap(c, k.cap());
        Name name = k.received();
        Origin origin = new Origin(name.span(), SourceText.of(name.text()));
        CheckedExpr received;
        Optional<Input> input = scope.input(name.text());
        Optional<Definition> definition = scope.definition(name.text());
        if (input.isPresent()) {
            received = new CheckedExpr.Input(input.get().type(), name.text(), origin);
        } else if (definition.isPresent()) {
            received = new CheckedExpr.Definition(definition.get().expr().type(), name.text(), origin);
        } else {
            scope.unknown(name.text(), name.span());
            return Optional.empty();
        }
        if (!(received.type() instanceof Type.Money)) {
            where.error("cumulative.type", name.span(), "「已获」后面应是已获得的金额，而「" + name.text() + "」是" + received.type().chinese(),
                    "声明一个金额输入，如「已获资助额：金额」");
            return Optional.empty();
        }
        return cap.map(constant -> new Cumulative(Amount.of(constant.value()), constant.change(), received));
    }

    private Optional<CheckedExpr.Constant> cap(Declarations.Calculator c, Expr e) {
        CheckedExpr capExpr = expressions.check(e);
        if (isError(capExpr)) {
            return Optional.empty();
        }
        Optional<CheckedExpr.Constant> constant = capExpr.asConstant().filter(k -> k.type() instanceof Type.Money);
        if (constant.isPresent()) {
            return constant;
        }
        if (!(capExpr.type() instanceof Type.Money)) {
            where.error("cap.type", e.span(), "「" + c.name() + "」的最高额必须是金额，而「" + e.text() + "」是" + capExpr.type().chinese());
        } else {
            where.error("cap.constant", e.span(), "「" + c.name() + "」的最高额必须是一个确定的金额，如 300万元");
        }
        return Optional.empty();
    }

    CheckedAward check(Award award) {
        return award.accept(this);
    }

    @Override
    public CheckedAward visitFixed(Award.Fixed f) {
        grantWord(f.span(), "给予");
        return new CheckedAward.Fixed(expressions.money(f.amount(), "给予的金额"), f.cap().map(e -> expressions.money(e, "最高额")), f.span());
    }

    @Override
    public CheckedAward visitCeiling(Award.Ceiling c) {
        grantWord(c.span(), "按不超过 … 给予");
        return new CheckedAward.Ceiling(expressions.money(c.amount(), "最高额"), c.cap().map(e -> expressions.money(e, "最高额")), c.span());
    }

    @Override
    public CheckedAward visitNone(Award.None n) {
        grantWord(n.span(), "不予");
        return new CheckedAward.None(n.reason(), n.span());
    }

    @Override
    public CheckedAward visitIf(Award.If i) {
        List<CheckedAward.Branch> branches = new ArrayList<>();
        for (Award.Branch b : i.branches()) {
            branches.add(new CheckedAward.Branch(conditions.check(b.condition()), check(b.award())));
        }
        return new CheckedAward.If(branches, check(i.otherwise()), i.span());
    }

    @Override
    public CheckedAward visitTable(Award.Table t) {
        CheckedExpr key = expressions.check(t.key());
        if (!(key.type() instanceof Type.Choice choice)) {
            where.error("table.key", t.key().span(), "查表只能按选项或等级查，「" + t.key().text() + "」是" + key.type().chinese());
            return new CheckedAward.None(Optional.empty(), t.span());
        }
        List<CheckedAward.Row> rows = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        boolean other = false;
        for (Award.Row row : t.rows()) {
            if (row.value().isPresent()) {
                String v = row.value().get();
                if (!choice.values().contains(v)) {
                    where.error("table.value", row.span(), "「" + v + "」不是「" + choice.name() + "」的选项",
                            "可选：" + String.join("、", choice.values()));
                } else if (!covered.add(v)) {
                    where.error("table.duplicate", row.span(), "查表中「" + v + "」出现了两次");
                }
            } else {
                other = true;
            }
            rows.add(new CheckedAward.Row(row.value(), check(row.award())));
        }
        if (!other && !covered.containsAll(choice.values())) {
            List<String> missing = choice.values().stream().filter(v -> !covered.contains(v)).toList();
            where.error("table.incomplete", t.span(), "查表没有覆盖「" + String.join("、", missing) + "」",
                    "为它们各写一行，或加一行「其他 ⇒ 不予」");
        }
        return new CheckedAward.Table(key, rows, t.span());
    }

    @Override
    public CheckedAward visitSum(Award.Sum s) {
        grantWord(s.span(), "再给予");
        return new CheckedAward.Sum(s.parts().stream().map(this::check).toList(), s.span());
    }

    /** 缴纳 E: in a payment, a fixed amount the applicant pays. */
    @Override
    public CheckedAward visitPay(Award.Pay p) {
        paymentWord(p.span(), "缴纳");
        return new CheckedAward.Fixed(expressions.money(p.amount(), "应缴的金额"), p.cap().map(e -> expressions.money(e, "最高额")), p.span());
    }

    /** 免费: in a payment, nothing to pay. */
    @Override
    public CheckedAward visitFree(Award.Free f) {
        paymentWord(f.span(), "免费");
        return new CheckedAward.None(f.reason(), f.span());
    }

    /** A grant's word (给予, 不予 …) in a payment reads as if the applicant received the toll. */
    private void grantWord(Span span, String word) {
        if (payment) {
            where.error("payment.word", span, "应缴的计算器写的是申请人缴纳的金额，不能用「" + word + "」",
                    "写「缴纳 …」（应缴的金额）或「免费」");
        }
    }

    private void paymentWord(Span span, String word) {
        if (!payment) {
            where.error("payment.kind", span, "「" + word + "」只用于应缴的计算器（申请人缴纳的金额）",
                    "把计算器的种类写成「应缴」，或写「给予 …」「不予」");
        }
    }
}
