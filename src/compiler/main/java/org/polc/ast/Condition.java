package org.polc.ast;

import java.util.List;
import org.polc.diagnostics.SourceText;
import org.polc.diagnostics.Span;
import org.polc.vocabulary.Comparison;

/** A condition after 若, in 认定 rules, or in a table: comparisons with legal words, 为, 属于, 且/或/非. */
public sealed interface Condition {

    Span span();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitCompare(Compare compare);

        R visitIsBoolean(IsBoolean isBoolean);

        R visitIs(Is is);

        R visitBelongs(Belongs belongs);

        R visitTruth(Truth truth);

        R visitNot(Not not);

        R visitAnd(And and);

        R visitOr(Or or);
    }

    /** The source text, quoted in explanations: 「新增额 200万元 以上」. */
    SourceText sourceText();

    default String text() {
        return sourceText().text();
    }

    /** {@code left op right}; the operator already carries the legal meaning of the words used. */
    record Compare(Span span, SourceText sourceText, Expr left, Comparison op, Expr right) implements Condition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCompare(this);
        }
    }

    /** {@code left 为 是/否}. */
    record IsBoolean(Span span, SourceText sourceText, Expr left, boolean value) implements Condition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIsBoolean(this);
        }
    }

    /** {@code left 为 value}: a choice (经营规模 为 符合认定标准) or an equal amount. */
    record Is(Span span, SourceText sourceText, Expr left, Expr right) implements Condition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIs(this);
        }
    }

    /** {@code left 属于（a，b，c）}. */
    record Belongs(Span span, SourceText sourceText, Expr left, List<Name> values) implements Condition {
        public Belongs {
            values = List.copyOf(values);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBelongs(this);
        }
    }

    /** A bare 是否 input or 认定 rule. */
    record Truth(Span span, SourceText sourceText, Expr value) implements Condition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTruth(this);
        }
    }

    record Not(Span span, SourceText sourceText, Condition operand) implements Condition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNot(this);
        }
    }

    record And(Span span, SourceText sourceText, Condition left, Condition right) implements Condition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAnd(this);
        }
    }

    record Or(Span span, SourceText sourceText, Condition left, Condition right) implements Condition {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOr(this);
        }
    }
}
