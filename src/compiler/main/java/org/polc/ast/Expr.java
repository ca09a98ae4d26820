package org.polc.ast;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.SourceText;
import org.polc.diagnostics.Span;

/** Arithmetic as the drafter wrote it: amounts, rates, names, + − × ÷, 较小值/较大值. */
public sealed interface Expr {

    Span span();

    <R> R accept(Visitor<R> visitor);

    /** The name this expression refers to, when it is a bare name. */
    default Optional<String> referencedName() {
        return Optional.empty();
    }

    interface Visitor<R> {
        R visitLiteral(Literal literal);

        R visitReference(Reference reference);

        R visitNegate(Negate negate);

        R visitBinary(Binary binary);

        R visitMinMax(MinMax minMax);

        R visitChanged(Changed changed);

        R visitShare(Share share);

        R visitDate(DateLiteral date);
    }

    /** The source text of this expression, for explanations ("新增额 × 5%"). */
    SourceText sourceText();

    default String text() {
        return sourceText().text();
    }

    /**
     * The source text as an overflow message quotes it, at most 80 characters: the interpreter and
     * the generated code quote the same words, and a long chain does not put its whole text into
     * every one of its sums.
     */
    default String excerpt() {
        return sourceText().excerpt(80);
    }

    /**
     * A number as written, with its unit as written: 300万元 is (300, "万元"), 5% is (5, "%"),
     * 六五折 is (65, "%"), 三分之二 is (2/3, ""), 1:1 is (1, "") with ratio text. The value is an
     * exact fraction numerator/denominator; units are resolved by the checker.
     */
    record Literal(Span span, SourceText sourceText, BigInteger numerator, BigInteger denominator, String unit) implements Expr {
        @Override
        public boolean isPlainNumber() {
            return unit.isEmpty() && sourceText.text().chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '．');
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLiteral(this);
        }
    }

    record Reference(Span span, SourceText sourceText, String name) implements Expr {
        @Override
        public Optional<String> referencedName() {
            return Optional.of(name);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitReference(this);
        }
    }

    record Negate(Span span, SourceText sourceText, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNegate(this);
        }
    }

    record Binary(Span span, SourceText sourceText, Operator operator, Expr left, Expr right) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBinary(this);
        }
    }

    /** 较小值（a，b，…） or 较大值（a，b，…）. */
    record MinMax(Span span, SourceText sourceText, boolean max, List<Expr> arguments) implements Expr {
        public MinMax {
            arguments = List.copyOf(arguments);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMinMax(this);
        }
    }

    /**
     * 由 X 提高至 Y (降低至, 调整为): a value the text changes, the old one kept beside the new one. The
     * clause computes with the new value; explanations and the catalog show both.
     *
     * @param verb the verb as written: 提高至, 提高到, 降低至, 降低到, 调整为 …
     */
    record Changed(Span span, SourceText sourceText, Literal before, String verb, Literal after) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitChanged(this);
        }
    }

    /**
     * {@code part 占 whole 的比重} (or 的比例): the exact share of two quantities of one kind, as the
     * policy writes it (二十七：全市出让土地总量中工业用地比例不低于35%).
     */
    record Share(Span span, SourceText sourceText, Expr part, Expr whole) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitShare(this);
        }
    }

    /** A date written in a condition: 2024-12-31, 2024年12月31日. */
    record DateLiteral(Span span, SourceText sourceText, LocalDate date) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDate(this);
        }
    }

    /** Whether this is a number written without a unit (2.5, 3.5), which a 数值 compares with. */
    default boolean isPlainNumber() {
        return false;
    }

    enum Operator {
        ADD("+"), SUBTRACT("-"), MULTIPLY("×"), DIVIDE("÷");

        public final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }
}
