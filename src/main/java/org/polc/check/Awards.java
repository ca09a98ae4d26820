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
import org.polc.model.Amount;
import org.polc.model.Calculator;
import org.polc.model.CheckedAward;
import org.polc.model.CheckedExpr;
import org.polc.model.Frequency;
import org.polc.model.Input;
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
        Optional<Amount> cap = c.cap().flatMap(e -> cap(c, e));
        CheckedAward body = check(c.body());
        for (Name name : c.monotoneIn()) {
            Optional<Input> input = scope.input(name.text());
            if (input.isEmpty()) {
                scope.unknown(name.text(), name.span());
            } else if (!(input.get().type() instanceof Type.Money || input.get().type() instanceof Type.Quantity)) {
                where.error("monotone.type", name.span(), "单调只能针对金额或数量输入，「" + name.text() + "」是" + input.get().type().chinese());
            }
        }
        return new Calculator(c.kind(), c.name(), frequency, cap, c.monotoneIn().stream().map(Name::text).toList(), body,
                uses.of(body), c.span());
    }

    private Optional<Amount> cap(Declarations.Calculator c, Expr e) {
        CheckedExpr capExpr = expressions.check(e);
        if (isError(capExpr)) {
            return Optional.empty();
        }
        Optional<CheckedExpr.Constant> constant = capExpr.asConstant().filter(k -> k.type() instanceof Type.Money);
        if (constant.isPresent()) {
            return Optional.of(Amount.of(constant.get().value()));
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
        return new CheckedAward.Fixed(expressions.money(f.amount(), "给予的金额"), f.cap().map(e -> expressions.money(e, "最高额")), f.span());
    }

    @Override
    public CheckedAward visitCeiling(Award.Ceiling c) {
        return new CheckedAward.Ceiling(expressions.money(c.amount(), "最高额"), c.cap().map(e -> expressions.money(e, "最高额")), c.span());
    }

    @Override
    public CheckedAward visitNone(Award.None n) {
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
        return new CheckedAward.Sum(s.parts().stream().map(this::check).toList(), s.span());
    }
}
