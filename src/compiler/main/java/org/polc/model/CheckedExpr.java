package org.polc.model;

import java.util.List;
import java.util.Optional;

/**
 * An expression after name resolution and type checking. Constants are folded. A pass handles
 * every kind through {@link Visitor}: a new kind does not compile until every pass has a case.
 */
public sealed interface CheckedExpr {

    Type type();

    /** Where the drafter wrote it, and the words used. */
    Origin origin();

    <R> R accept(Visitor<R> visitor);

    /** This expression as a folded constant, when it is one. */
    default Optional<Constant> asConstant() {
        return Optional.empty();
    }

    /** The 由 … 提高至 … this value records, when it is a changed constant. */
    default Optional<Change> change() {
        return Optional.empty();
    }

    /** This expression as an input of the clause, when it is one. */
    default Optional<Input> asInput() {
        return Optional.empty();
    }

    /** This expression as a share ({@code A 占 B 的比重}), when it is one. */
    default Optional<Share> asShare() {
        return Optional.empty();
    }

    /** The input, definition or rule this expression names, when it is such a reference. */
    default Optional<String> referencedName() {
        return Optional.empty();
    }

    interface Visitor<R> {
        R visitConstant(Constant constant);

        R visitInput(Input input);

        R visitDefinition(Definition definition);

        R visitRule(Rule rule);

        R visitNegate(Negate negate);

        R visitArithmetic(Arithmetic arithmetic);

        R visitMinMax(MinMax minMax);

        R visitShare(Share share);
    }

    /**
     * A constant in base units: money in 元, rates as fractions (5% = 1/20), quantities in their
     * base unit. The checker admits only constants the runtime can hold, so {@link #runtimeValue()}
     * never fails.
     */
    record Constant(Type type, Rational value, Origin origin, Optional<Change> changed) implements CheckedExpr {
        public Constant(Type type, Rational value, Origin origin) {
            this(type, value, origin, Optional.empty());
        }

        /** A changed value (由 X 提高至 Y) is a constant of its new value that remembers the old one. */
        @Override
        public Optional<Change> change() {
            return changed;
        }

        /** The value as the interpreter and the generated code hold it: Money, Rate or a long count. */
        public Object runtimeValue() {
            return RuntimeValues.of(type, value);
        }

        @Override
        public Optional<Constant> asConstant() {
            return Optional.of(this);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitConstant(this);
        }
    }

    record Input(Type type, String name, Origin origin) implements CheckedExpr {
        @Override
        public Optional<Input> asInput() {
            return Optional.of(this);
        }

        @Override
        public Optional<String> referencedName() {
            return Optional.of(name);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitInput(this);
        }
    }

    record Definition(Type type, String name, Origin origin) implements CheckedExpr {
        @Override
        public Optional<String> referencedName() {
            return Optional.of(name);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDefinition(this);
        }
    }

    /** A reference to an 认定 rule of the same clause (type 是否). */
    record Rule(Type type, String name, Origin origin) implements CheckedExpr {
        @Override
        public Optional<String> referencedName() {
            return Optional.of(name);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRule(this);
        }
    }

    record Negate(Type type, CheckedExpr operand, Origin origin) implements CheckedExpr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNegate(this);
        }
    }

    record Arithmetic(Type type, Operator operator, CheckedExpr left, CheckedExpr right, Origin origin) implements CheckedExpr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitArithmetic(this);
        }
    }

    /**
     * {@code part 占 whole 的比重}: the exact rational part ÷ whole (a 比例), of two money amounts,
     * two counts of one thing or two quantities of one dimension. A whole of zero is an input error
     * at run time ({@code runtime.Share}); nothing is rounded before it is compared.
     */
    record Share(Type type, CheckedExpr part, CheckedExpr whole, Origin origin) implements CheckedExpr {
        @Override
        public Optional<Share> asShare() {
            return Optional.of(this);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitShare(this);
        }
    }

    record MinMax(Type type, boolean max, List<CheckedExpr> arguments, Origin origin) implements CheckedExpr {
        public MinMax {
            arguments = List.copyOf(arguments);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMinMax(this);
        }
    }
}
