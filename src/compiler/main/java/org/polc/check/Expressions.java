package org.polc.check;

import static org.polc.check.ErrorType.ERROR;
import static org.polc.check.ErrorType.isError;
import static org.polc.check.Folding.origin;

import java.util.List;
import java.util.Optional;
import org.polc.ast.Expr;
import org.polc.model.Change;
import org.polc.model.CheckedExpr;
import org.polc.model.Definition;
import org.polc.model.Input;
import org.polc.model.Operator;
import org.polc.model.Rational;
import org.polc.model.RuntimeValues;
import org.polc.model.Type;

/**
 * Types an expression: every name resolved, every unit agreeing (300万元 + 5亩 is an error, 万元 +
 * 亿元 is not), constants folded, and only the arithmetic the runtime can do left on inputs —
 * money ± money, counts ± counts, money × rate or count, money ÷ constant.
 */
final class Expressions implements Expr.Visitor<CheckedExpr> {

    private final Scope scope;
    private final Folding folding;
    private final Where where;

    Expressions(Scope scope, Folding folding, Where where) {
        this.scope = scope;
        this.folding = folding;
        this.where = where;
    }

    CheckedExpr check(Expr e) {
        return e.accept(this);
    }

    /** An expression that must be money: an amount given, a cap. */
    CheckedExpr money(Expr e, String what) {
        CheckedExpr checked = check(e);
        if (!(checked.type() instanceof Type.Money) && !isError(checked)) {
            where.error("type.money", e.span(), what + "应是金额，而「" + e.text() + "」是" + checked.type().chinese());
        }
        return checked;
    }

    @Override
    public CheckedExpr visitLiteral(Expr.Literal literal) {
        return folding.literal(literal);
    }

    /** A date in a condition, held as its epoch day so that the checker compares it exactly. */
    @Override
    public CheckedExpr visitDate(Expr.DateLiteral d) {
        return new CheckedExpr.Constant(Type.DATE, Rational.of(d.date().toEpochDay()), origin(d));
    }

    @Override
    public CheckedExpr visitReference(Expr.Reference r) {
        String name = r.name();
        Optional<Input> input = scope.input(name);
        if (input.isPresent()) {
            return new CheckedExpr.Input(input.get().type(), name, origin(r));
        }
        Optional<Definition> definition = scope.definition(name);
        if (definition.isPresent()) {
            return new CheckedExpr.Definition(definition.get().expr().type(), name, origin(r));
        }
        if (scope.rule(name).isPresent()) {
            return new CheckedExpr.Rule(Type.BOOL, name, origin(r));
        }
        scope.unknown(name, r.span());
        return new CheckedExpr.Input(ERROR, name, origin(r));
    }

    @Override
    public CheckedExpr visitNegate(Expr.Negate n) {
        CheckedExpr operand = check(n.operand());
        if (operand.asConstant().isPresent()) {
            CheckedExpr.Constant k = operand.asConstant().get();
            return new CheckedExpr.Constant(k.type(), k.value().negate(), origin(n));
        }
        if (!(operand.type() instanceof Type.Money) && !isError(operand)) {
            // Constants were folded above; the runtime negates money only.
            where.error("type.negate", n.span(), operand.type().chinese() + "不能取负（" + n.text() + "）",
                    "只有金额可以取负；比例、数量请写成正数");
        }
        return new CheckedExpr.Negate(operand.type(), operand, origin(n));
    }

    @Override
    public CheckedExpr visitBinary(Expr.Binary b) {
        Operator operator = operator(b.operator());
        CheckedExpr left = check(b.left());
        CheckedExpr right = check(b.right());
        if (isError(left) || isError(right)) {
            return new CheckedExpr.Arithmetic(ERROR, operator, left, right, origin(b));
        }
        Type lt = left.type();
        Type rt = right.type();
        if (lt instanceof Type.Date || rt instanceof Type.Date) {
            return dateArithmetic(b, operator, left, right);
        }
        Type result = switch (operator) {
            case ADD, SUBTRACT -> lt.equals(rt) && (lt instanceof Type.Money || lt instanceof Type.Rate || lt instanceof Type.Quantity) ? lt : null;
            case MULTIPLY -> multiplyType(lt, rt);
            case DIVIDE -> divideType(lt, rt);
        };
        if (result == null) {
            where.error("type.arithmetic", b.span(), Dimensions.name(lt, rt) + "不能与" + Dimensions.name(rt, lt) + operator.verb + "（" + b.text() + "）",
                    Dimensions.hint(lt, rt));
            return new CheckedExpr.Arithmetic(ERROR, operator, left, right, origin(b));
        }
        if (left.asConstant().isPresent() && right.asConstant().isPresent()) {
            return folding.fold(result, b, operator, left.asConstant().get().value(), right.asConstant().get().value());
        }
        if (operator == Operator.DIVIDE && right.asConstant().filter(k -> k.value().signum() == 0).isPresent()) {
            where.error("arith.zero", b.span(), "除数为零（" + b.text() + "）");
            return new CheckedExpr.Arithmetic(ERROR, operator, left, right, origin(b));
        }
        // The runtime multiplies money by a rate or a count and a measure by a rate, and divides
        // money or a measure by a constant rate. A count times a rate would not be a whole count.
        boolean measure = result instanceof Type.Quantity q && !q.isCount();
        boolean supported = switch (operator) {
            case ADD, SUBTRACT -> !(result instanceof Type.Rate);
            case MULTIPLY -> result instanceof Type.Money || measure;
            case DIVIDE -> (result instanceof Type.Money || measure) && right.asConstant().isPresent();
        };
        if (!supported && operator == Operator.DIVIDE && result instanceof Type.Rate && lt.equals(rt)) {
            where.error("type.unsupported", b.span(), "暂不支持这种运算（" + b.text() + "）：两个同类量相除是比重",
                    "写成「" + b.left().text() + " 占 " + b.right().text() + " 的比重」，比重是精确的分数，比较前不舍入");
        } else if (!supported) {
            where.error("type.unsupported", b.span(), "暂不支持这种运算（" + b.text() + "）：只有金额乘以比例或计数、面积等量乘以比例、金额或面积等量除以常数可以在输入上计算",
                    "把常数部分先算出来，例如写成「金额 × 10%」");
        }
        return new CheckedExpr.Arithmetic(result, operator, left, right, origin(b));
    }

    @Override
    public CheckedExpr visitMinMax(Expr.MinMax m) {
        List<CheckedExpr> args = m.arguments().stream().map(this::check).toList();
        Type type = args.get(0).type();
        for (int i = 1; i < args.size(); i++) {
            if (!args.get(i).type().equals(type) && !isError(args.get(i)) && type != ERROR) {
                where.error("type.minmax", m.span(), (m.max() ? "较大值" : "较小值") + "的各项必须同类，"
                        + type.chinese() + "与" + args.get(i).type().chinese() + "不同（" + m.text() + "）");
                return new CheckedExpr.MinMax(ERROR, m.max(), args, origin(m));
            }
        }
        if (type instanceof Type.Bool || type instanceof Type.Choice || type instanceof Type.Date) {
            where.error("type.minmax", m.span(), type.chinese() + "没有较大较小（" + m.text() + "）");
        }
        if (args.stream().allMatch(a -> a.asConstant().isPresent())) {
            Rational v = args.get(0).asConstant().get().value();
            for (CheckedExpr a : args) {
                Rational x = a.asConstant().get().value();
                v = m.max() ? v.max(x) : v.min(x);
            }
            return new CheckedExpr.Constant(type, v, origin(m));
        }
        return new CheckedExpr.MinMax(type, m.max(), args, origin(m));
    }

    /**
     * 由 X 提高至 Y: a constant of the new value that keeps the old one. 提高 needs a new value above
     * the old, 降低 one below it, 调整 one that differs; both must be of one kind (a rate, an amount …).
     */
    @Override
    public CheckedExpr visitChanged(Expr.Changed c) {
        CheckedExpr before = folding.literal(c.before());
        CheckedExpr after = folding.literal(c.after());
        if (isError(before) || isError(after)) {
            return new CheckedExpr.Constant(ERROR, Rational.ZERO, origin(c));
        }
        CheckedExpr.Constant old = before.asConstant().orElseThrow();
        CheckedExpr.Constant now = after.asConstant().orElseThrow();
        if (!old.type().equals(now.type())) {
            where.error("change.dimension", c.span(), "「" + c.text() + "」前后不是同一类量：原值「" + c.before().text() + "」是"
                    + old.type().chinese() + "，新值「" + c.after().text() + "」是" + now.type().chinese(),
                    "原值与新值用同一种单位，例如「由 200万元 提高至 500万元」");
            return new CheckedExpr.Constant(ERROR, now.value(), origin(c));
        }
        int direction = now.value().compareTo(old.value());
        String problem = c.verb().startsWith("提高") && direction <= 0 ? "提高后的值 " + c.after().text() + " 不高于原值 " + c.before().text()
                : c.verb().startsWith("降低") && direction >= 0 ? "降低后的值 " + c.after().text() + " 不低于原值 " + c.before().text()
                : c.verb().startsWith("调整") && direction == 0 ? "调整后的值与原值相同（" + c.after().text() + "）"
                : null;
        if (problem != null) {
            where.error("change.direction", c.span(), "「" + c.text() + "」：" + problem,
                    "核对原文的数值，或换用相应的说法（提高至、降低至、调整为）");
        }
        Change change = new Change(now.type(), old.value(), c.before().text(), c.verb(), now.value(), c.after().text());
        return new CheckedExpr.Constant(now.type(), now.value(), origin(c), Optional.of(change));
    }

    /**
     * A date moved by a duration: 毕业日期 + 1年, 认定日期 - 6个月, by the calendar ({@code runtime.Dates}).
     * Two dates do not subtract: 年, 个月 and 天 between them are not one number.
     */
    private CheckedExpr dateArithmetic(Expr.Binary b, Operator operator, CheckedExpr left, CheckedExpr right) {
        boolean duration = right.type() instanceof Type.Quantity q && q.dimension().isDuration();
        if (!(left.type() instanceof Type.Date) || !duration || (operator != Operator.ADD && operator != Operator.SUBTRACT)) {
            where.error("type.date", b.span(), "日期只能加减以年、个月、天计的期限（" + b.text() + "）",
                    "写成「毕业日期 + 1年」「认定日期 - 6个月」；两个日期不相减，需要时比较它们：「申请日期 毕业日期 + 1年 以内」");
            return new CheckedExpr.Arithmetic(ERROR, operator, left, right, origin(b));
        }
        if (left.asConstant().isPresent() && right.asConstant().isPresent()) {
            Optional<Rational> moved = RuntimeValues.moveDate(left.asConstant().get().value(), operator == Operator.SUBTRACT,
                    (Type.Quantity) right.type(), right.asConstant().get().value());
            if (moved.isPresent()) {
                return new CheckedExpr.Constant(Type.DATE, moved.get(), origin(b));
            }
            where.error("type.date", b.span(), "期限须为整数年、个月或天（" + b.text() + "）");
            return new CheckedExpr.Arithmetic(ERROR, operator, left, right, origin(b));
        }
        return new CheckedExpr.Arithmetic(Type.DATE, operator, left, right, origin(b));
    }

    /**
     * {@code part 占 whole 的比重}: two money amounts, two counts of one thing or two measures of one
     * dimension; the result is a 比例, exact. Two constants fold to the exact fraction.
     */
    @Override
    public CheckedExpr visitShare(Expr.Share s) {
        CheckedExpr part = check(s.part());
        CheckedExpr whole = check(s.whole());
        if (isError(part) || isError(whole)) {
            return new CheckedExpr.Share(ERROR, part, whole, origin(s));
        }
        Type pt = part.type();
        Type wt = whole.type();
        boolean amounts = pt instanceof Type.Money || pt instanceof Type.Quantity;
        if (!amounts || !pt.equals(wt)) {
            where.error("type.share", s.span(), "比重只能在同类的量之间计算：「" + s.part().text() + "」是" + Dimensions.name(pt, wt)
                    + "，「" + s.whole().text() + "」是" + Dimensions.name(wt, pt) + "（" + s.text() + "）",
                    amounts && (wt instanceof Type.Money || wt instanceof Type.Quantity)
                            ? "两项要用同一种单位：面积与面积、金额与金额、同一种计数"
                            : "比重是一个量占另一个量的比例，两项都应是金额或带单位的数量");
            return new CheckedExpr.Share(ERROR, part, whole, origin(s));
        }
        if (whole.asConstant().filter(k -> k.value().signum() == 0).isPresent()) {
            where.error("arith.zero", s.span(), "比重的分母为零（" + s.text() + "）");
            return new CheckedExpr.Share(ERROR, part, whole, origin(s));
        }
        if (part.asConstant().isPresent() && whole.asConstant().isPresent()) {
            return folding.representable(new CheckedExpr.Constant(Type.RATE,
                    part.asConstant().get().value().dividedBy(whole.asConstant().get().value()), origin(s)));
        }
        return new CheckedExpr.Share(Type.RATE, part, whole, origin(s));
    }

    private static Operator operator(Expr.Operator o) {
        return switch (o) {
            case ADD -> Operator.ADD;
            case SUBTRACT -> Operator.SUBTRACT;
            case MULTIPLY -> Operator.MULTIPLY;
            case DIVIDE -> Operator.DIVIDE;
        };
    }

    private static Type multiplyType(Type l, Type r) {
        if (l instanceof Type.Rate && r instanceof Type.Rate) {
            return Type.RATE;
        }
        if (l instanceof Type.Money && (r instanceof Type.Rate || isCount(r))) {
            return Type.MONEY;
        }
        if (r instanceof Type.Money && (l instanceof Type.Rate || isCount(l))) {
            return Type.MONEY;
        }
        if (l instanceof Type.Quantity && r instanceof Type.Rate) {
            return l;
        }
        if (r instanceof Type.Quantity && l instanceof Type.Rate) {
            return r;
        }
        return null;
    }

    private static Type divideType(Type l, Type r) {
        if ((l instanceof Type.Money || l instanceof Type.Rate || l instanceof Type.Quantity) && r instanceof Type.Rate) {
            return l;
        }
        if (l.equals(r) && (l instanceof Type.Money || l instanceof Type.Quantity)) {
            return Type.RATE;
        }
        return null;
    }

    private static boolean isCount(Type t) {
        return t instanceof Type.Quantity q && q.dimension().isCount();
    }
}
