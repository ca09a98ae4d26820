package org.polc.model;

import java.math.BigInteger;
import org.polc.runtime.Money;

/**
 * An amount of money the text states — a cap, an example's expected result — as an exact whole
 * number of 分. The checker admits only amounts the runtime can hold.
 */
public record Amount(long fen) implements Comparable<Amount> {

    private static final Rational FEN_PER_YUAN = Rational.of(100);

    /** An amount given in 元; it must be a whole number of 分 that fits a long. */
    public static Amount of(Rational yuan) {
        if (!isWholeFen(yuan)) {
            throw new ArithmeticException(yuan + "元 is not a whole number of 分");
        }
        return new Amount(yuan.times(FEN_PER_YUAN).numerator().longValueExact());
    }

    /** Whether an amount in 元 has nothing below the 分: money is exact to the 分. */
    public static boolean isWholeFen(Rational yuan) {
        return yuan.times(FEN_PER_YUAN).isInteger();
    }

    /** Whether a whole number of 分 fits the runtime (a long, about 9.2亿亿元). */
    public static boolean fits(Rational yuan) {
        return isWholeFen(yuan) && yuan.times(FEN_PER_YUAN).numerator().bitLength() <= 63;
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
