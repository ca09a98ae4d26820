package org.polc.check;

import java.util.List;
import org.polc.syntax.Expr;

/** An expression after name resolution and type checking. Constants are folded. */
public sealed interface CheckedExpr {

    Type type();

    /** The expression as the drafter wrote it. */
    Expr source();

    /** A constant in base units: money in 元, rates as fractions (5% = 1/20), quantities in their base unit. */
    record Constant(Type type, Rational value, Expr source) implements CheckedExpr {}

    record Input(Type type, String name, Expr source) implements CheckedExpr {}

    record Definition(Type type, String name, Expr source) implements CheckedExpr {}

    /** A reference to an 认定 rule of the same clause (type 是否). */
    record Eligibility(Type type, String name, Expr source) implements CheckedExpr {}

    /** A choice value used in an 为 comparison. */
    record ChoiceValue(Type type, String value, Expr source) implements CheckedExpr {}

    record Negate(Type type, CheckedExpr operand, Expr source) implements CheckedExpr {}

    record Arithmetic(Type type, Expr.Operator operator, CheckedExpr left, CheckedExpr right, Expr source) implements CheckedExpr {}

    record MinMax(Type type, boolean max, List<CheckedExpr> arguments, Expr source) implements CheckedExpr {}
}
