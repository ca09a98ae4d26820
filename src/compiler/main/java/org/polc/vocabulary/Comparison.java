package org.polc.vocabulary;

/** The six relations the comparison words of the policy text stand for. */
public enum Comparison {
    GE("≥"), LE("≤"), GT(">"), LT("<"), EQ("="), NE("≠");

    public final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public Comparison negate() {
        return switch (this) {
            case GE -> LT;
            case LE -> GT;
            case GT -> LE;
            case LT -> GE;
            case EQ -> NE;
            case NE -> EQ;
        };
    }

    public boolean holds(int compareResult) {
        return switch (this) {
            case GE -> compareResult >= 0;
            case LE -> compareResult <= 0;
            case GT -> compareResult > 0;
            case LT -> compareResult < 0;
            case EQ -> compareResult == 0;
            case NE -> compareResult != 0;
        };
    }
}
