package org.polc.check;

import static org.polc.check.ErrorType.ERROR;

import java.math.BigInteger;
import java.util.Optional;
import org.polc.ast.Expr;
import org.polc.model.Amount;
import org.polc.model.CheckedExpr;
import org.polc.model.Operator;
import org.polc.model.Origin;
import org.polc.model.Rational;
import org.polc.model.Rounding;
import org.polc.model.Type;
import org.polc.model.Unit;

/**
 * Constants: literals resolved to base units (300万元 → 3,000,000 元, 5% → 1/20), constant
 * arithmetic folded exactly, money rounded to the 分 by the clause's rule, and every constant
 * checked to fit the runtime.
 */
final class Folding {

    private final Where where;
    private final Rounding rounding;

    Folding(Where where, Rounding rounding) {
        this.where = where;
        this.rounding = rounding;
    }

    static Origin origin(Expr e) {
        return new Origin(e.span(), e.sourceText());
    }

    CheckedExpr literal(Expr.Literal l) {
        Rational value = Rational.of(l.numerator(), l.denominator());
        if (l.unit().isEmpty()) {
            return representable(new CheckedExpr.Constant(Type.RATE, value, origin(l)));
        }
        Optional<Unit> unit = Unit.parse(l.unit());
        if (unit.isEmpty()) {
            where.error("unit.unknown", l.span(), "不认识的单位「" + l.unit() + "」");
            return new CheckedExpr.Constant(ERROR, value, origin(l));
        }
        Rational base = value.times(unit.get().scale());
        Unit.Dimension d = unit.get().dimension();
        if (d == Unit.Dimension.MONEY) {
            if (!Amount.isWholeFen(base)) {
                where.error("money.precision", l.span(), "金额精确到分，「" + l.text() + "」有分以下的位数");
                return new CheckedExpr.Constant(ERROR, base, origin(l));
            }
            return representable(new CheckedExpr.Constant(Type.MONEY, base, origin(l)));
        }
        if (d == Unit.Dimension.RATE) {
            return representable(new CheckedExpr.Constant(Type.RATE, base, origin(l)));
        }
        return representable(new CheckedExpr.Constant(new Type.Quantity(d, d.id()), base, origin(l)));
    }

    /** {@code x op y} for two constants; {@code result} is the type the operation has. */
    CheckedExpr fold(Type result, Expr.Binary b, Operator operator, Rational x, Rational y) {
        Rational v = switch (operator) {
            case ADD -> x.plus(y);
            case SUBTRACT -> x.minus(y);
            case MULTIPLY -> x.times(y);
            case DIVIDE -> {
                if (y.signum() == 0) {
                    where.error("arith.zero", b.span(), "除数为零（" + b.text() + "）");
                    yield x;
                }
                yield x.dividedBy(y);
            }
        };
        if (result instanceof Type.Money && !Amount.isWholeFen(v)) {
            v = v.round(100, rounding);
        }
        return representable(new CheckedExpr.Constant(result, v, origin(b)));
    }

    /**
     * A constant must fit the runtime: money in a long of 分, a rate as a fraction of longs, a count
     * in a long. A larger one would pass the check and then fail in code generation or at run time.
     */
    CheckedExpr representable(CheckedExpr.Constant k) {
        boolean fits;
        if (k.type() instanceof Type.Money) {
            fits = Amount.fits(k.value());
        } else {
            fits = fitsLong(k.value().numerator()) && fitsLong(k.value().denominator());
        }
        if (fits && k.type() instanceof Type.Quantity q && q.isCount() && !k.value().isInteger()) {
            where.error("number.whole", k.origin().span(), q.chinese() + "是整数，「" + k.origin().text() + "」有小数",
                    "计数不能有小数；面积、能耗等量才可以有小数");
            return new CheckedExpr.Constant(ERROR, k.value(), k.origin());
        }
        if (!fits) {
            where.error("number.range", k.origin().span(), "「" + k.origin().text() + "」超出可计算的范围"
                    + (k.type() instanceof Type.Money ? "（金额最多 92233720368547758.07元，约 9.2亿亿元）" : ""));
            return new CheckedExpr.Constant(ERROR, k.value(), k.origin());
        }
        return k;
    }

    private static boolean fitsLong(BigInteger n) {
        return n.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) <= 0 && n.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) >= 0;
    }
}
