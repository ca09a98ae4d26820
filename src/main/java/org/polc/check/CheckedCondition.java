package org.polc.check;

import java.util.List;
import org.polc.syntax.Comparison;
import org.polc.syntax.Condition;

/** A condition after type checking: comparisons only between values of one dimension. */
public sealed interface CheckedCondition {

    Condition source();

    record Compare(CheckedExpr left, Comparison op, CheckedExpr right, Condition source) implements CheckedCondition {}

    /** A 是否 value is true (or false when {@code expected} is false). */
    record Truth(CheckedExpr value, boolean expected, Condition source) implements CheckedCondition {}

    /** A choice is one of the values. */
    record OneOf(CheckedExpr choice, List<String> values, Condition source) implements CheckedCondition {}

    /** An ordered grade compared with a grade value: 等次 达到 三星 以上. */
    record Grade(CheckedExpr choice, Comparison op, String value, Condition source) implements CheckedCondition {}

    record Not(CheckedCondition operand, Condition source) implements CheckedCondition {}

    record And(CheckedCondition left, CheckedCondition right, Condition source) implements CheckedCondition {}

    record Or(CheckedCondition left, CheckedCondition right, Condition source) implements CheckedCondition {}
}
