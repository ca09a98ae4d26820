package org.polc.model;

/** The four operations of Pol arithmetic, with the symbol explanations use. */
public enum Operator {
    ADD("+", "相加"), SUBTRACT("-", "相减"), MULTIPLY("×", "相乘"), DIVIDE("÷", "相除");

    public final String symbol;
    /** The verb of a type error: 金额不能与比例相加. */
    public final String verb;

    Operator(String symbol, String verb) {
        this.symbol = symbol;
        this.verb = verb;
    }
}
