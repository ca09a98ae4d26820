package org.polc.model;

import java.util.List;
import org.polc.vocabulary.Comparison;

/** A condition after type checking: comparisons only between values of one dimension. */
public sealed interface CheckedCondition {

    /** Where the drafter wrote it; explanations quote its words: 「新增额 200万元 以上」. */
    Origin origin();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitCompare(Compare compare);

        R visitTruth(Truth truth);

        R visitOneOf(OneOf oneOf);

        R visitGrade(Grade grade);

        R visitNot(Not not);

        R visitAnd(And and);

        R visitOr(Or or);
    }

    record Compare(CheckedExpr left, Comparison op, CheckedExpr right, Origin origin) implements CheckedCondition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCompare(this);
        }
    }

    /** A 是否 value is true (or false when {@code expected} is false). */
    record Truth(CheckedExpr value, boolean expected, Origin origin) implements CheckedCondition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTruth(this);
        }
    }

    /** A choice is one of the values. */
    record OneOf(CheckedExpr choice, List<String> values, Origin origin) implements CheckedCondition {
        public OneOf {
            values = List.copyOf(values);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOneOf(this);
        }
    }

    /** An ordered grade compared with a grade value: 等次 达到 三星 以上. */
    record Grade(CheckedExpr choice, Comparison op, String value, Origin origin) implements CheckedCondition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitGrade(this);
        }
    }

    record Not(CheckedCondition operand, Origin origin) implements CheckedCondition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNot(this);
        }
    }

    record And(CheckedCondition left, CheckedCondition right, Origin origin) implements CheckedCondition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAnd(this);
        }
    }

    record Or(CheckedCondition left, CheckedCondition right, Origin origin) implements CheckedCondition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOr(this);
        }
    }
}
