package org.polc.model;

import java.math.BigInteger;
import org.polc.runtime.Money;

/**
 * An amount of money the text states — a cap, an example's expected result — as an exact whole
 * number of 分. The checker admits only amounts the runtime can hold.
 */
public record Amount(long fen) implements Comparable<Amount> {

    /** An amount given in 元; it must be a whole number of 分 that fits a long. */
    public static Amount of(Rational yuan) {
        return new Amount(yuan.times(Rational.of(100)).numerator().longValueExact());
    }

    /** The amount as an exact number of 元. */
    public Rational yuan() {
        return Rational.of(BigInteger.valueOf(fen), BigInteger.valueOf(100));
    }

    /** The same amount as the interpreter and the generated code hold it. */
    public Money toMoney() {
        return Money.ofFen(fen);
    }

    @Override
    public int compareTo(Amount other) {
        return Long.compare(fen, other.fen);
    }

    /** As the runtime shows money: 200万元, 1.5亿元, 12.34元. */
    @Override
    public String toString() {
        return toMoney().toString();
    }
}
