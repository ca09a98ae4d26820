package org.polc.check;

import static org.polc.check.ErrorType.isError;

import java.util.List;
import java.util.Optional;
import org.polc.ast.Condition;
import org.polc.ast.Expr;
import org.polc.ast.Name;
import org.polc.diagnostics.Names;
import org.polc.model.CheckedCondition;
import org.polc.model.CheckedExpr;
import org.polc.model.Origin;
import org.polc.model.Type;
import org.polc.vocabulary.Comparison;

/**
 * Types a condition: comparisons only between values of one dimension, 是否 values as conditions,
 * choices only with 为/等于/属于, grades compared in their declared order.
 */
final class Conditions implements Condition.Visitor<CheckedCondition> {

    private final Expressions expressions;
    private final Where where;

    Conditions(Expressions expressions, Where where) {
        this.expressions = expressions;
        this.where = where;
    }

    CheckedCondition check(Condition c) {
        return c.accept(this);
    }

    private static Origin origin(Condition c) {
        return new Origin(c.span(), c.sourceText());
    }

    @Override
    public CheckedCondition visitNot(Condition.Not n) {
        return new CheckedCondition.Not(check(n.operand()), origin(n));
    }

    @Override
    public CheckedCondition visitAnd(Condition.And a) {
        return new CheckedCondition.And(check(a.left()), check(a.right()), origin(a));
    }

    @Override
    public CheckedCondition visitOr(Condition.Or o) {
        return new CheckedCondition.Or(check(o.left()), check(o.right()), origin(o));
    }

    @Override
    public CheckedCondition visitTruth(Condition.Truth t) {
        CheckedExpr value = expressions.check(t.value());
        requireBool(value, t.value());
        return new CheckedCondition.Truth(value, true, origin(t));
    }

    @Override
    public CheckedCondition visitIsBoolean(Condition.IsBoolean b) {
        CheckedExpr value = expressions.check(b.left());
        requireBool(value, b.left());
        return new CheckedCondition.Truth(value, b.value(), origin(b));
    }

    @Override
    public CheckedCondition visitIs(Condition.Is is) {
        CheckedExpr left = expressions.check(is.left());
        if (left.type() instanceof Type.Choice choice) {
            return new CheckedCondition.OneOf(left, List.of(choiceValue(choice, is.right())), origin(is));
        }
        return compare(is, left, Comparison.EQ, is.right());
    }

    @Override
    public CheckedCondition visitBelongs(Condition.Belongs b) {
        CheckedExpr left = expressions.check(b.left());
        if (!(left.type() instanceof Type.Choice choice)) {
            if (!isError(left)) {
                where.error("type.choice", b.left().span(), "「属于」只用于选项，「" + b.left().text() + "」是" + left.type().chinese());
            }
            return new CheckedCondition.OneOf(left, List.of(), origin(b));
        }
        for (Name value : b.values()) {
            if (!choice.values().contains(value.text())) {
                where.error("choice.value", value.span(), "「" + value.text() + "」不是「" + choice.name() + "」的选项",
                        "可选：" + String.join("、", choice.values()));
            }
        }
        return new CheckedCondition.OneOf(left, b.values().stream().map(Name::text).toList(), origin(b));
    }

    @Override
    public CheckedCondition visitCompare(Condition.Compare cmp) {
        return compare(cmp, expressions.check(cmp.left()), cmp.op(), cmp.right());
    }

    private CheckedCondition compare(Condition c, CheckedExpr left, Comparison op, Expr rightExpr) {
        if (left.type() instanceof Type.Choice choice) {
            String value = choiceValue(choice, rightExpr);
            if (op == Comparison.EQ) {
                return new CheckedCondition.OneOf(left, List.of(value), origin(c));
            }
            if (!choice.ordered()) {
                where.error("choice.order", c.span(), "「" + choice.name() + "」是选项，没有高低之分，不能用比较用语",
                        "需要比较高低时把它声明为 等级（最高，…，最低）");
            }
            return new CheckedCondition.Grade(left, op, value, origin(c));
        }
        CheckedExpr right = plainNumber(expressions.check(rightExpr), rightExpr, left.type());
        if (!isError(left) && !isError(right) && !left.type().equals(right.type())) {
            where.error("type.compare", c.span(), Dimensions.name(left.type(), right.type()) + "不能与" + Dimensions.name(right.type(), left.type())
                    + "比较（" + c.text() + "）", Dimensions.hint(left.type(), right.type()));
        } else if (left.type() instanceof Type.Bool) {
            where.error("type.compare", c.span(), left.type().chinese() + "不能用比较用语（" + c.text() + "）");
        }
        return new CheckedCondition.Compare(left, op, right, origin(c));
    }

    /**
     * A number written without a unit (2.5) is a 数值 where it is compared with one: 容积率 不低于 2.5.
     * Only a plain literal is taken so; 250% stays a rate and is refused beside a 数值.
     */
    private static CheckedExpr plainNumber(CheckedExpr e, Expr written, Type other) {
        if (other.equals(Type.NUMBER) && written.isPlainNumber() && e.asConstant().isPresent() && e.type() instanceof Type.Rate) {
            return new CheckedExpr.Constant(Type.NUMBER, e.asConstant().get().value(), e.origin());
        }
        return e;
    }

    /** A choice value written after 为 or a comparison word; an unknown one is reported with the closest value. */
    String choiceValue(Type.Choice choice, Expr e) {
        Optional<String> name = e.referencedName();
        if (name.isPresent() && choice.values().contains(name.get())) {
            return name.get();
        }
        String shown = name.orElse(e.text());
        Optional<String> close = Names.closest(shown, choice.values());
        where.error("choice.value", e.span(), "「" + shown + "」不是「" + choice.name() + "」的选项（可选："
                + String.join("、", choice.values()) + "）", close.map(s -> "您是不是要写「" + s + "」？").orElse(null));
        return choice.values().isEmpty() ? shown : choice.values().get(0);
    }

    private void requireBool(CheckedExpr value, Expr e) {
        if (!(value.type() instanceof Type.Bool) && !isError(value)) {
            where.error("type.bool", e.span(), "「" + e.text() + "」是" + value.type().chinese() + "，不是一个条件",
                    "写成比较，如「" + e.text() + " 达到 …」");
        }
    }
}
