package org.polc.runtime.internal;

import org.polc.runtime.Money;
import org.polc.runtime.PolicyArithmeticException;
import org.polc.runtime.Rate;
import org.polc.runtime.Rounding;

/**
 * Exact arithmetic on amounts held as {@code long} 分, for the generated fast methods: they compute on
 * {@code long} locals and make a {@link Money} only for the amount they return, so a call allocates at
 * most that one object (none when the amount is a constant or zero). Each operation gives exactly what
 * the same operation on {@link Money} gives; on overflow it performs that operation on {@code Money},
 * which throws the same {@link PolicyArithmeticException} with the same words (金额超出可计算的范围（溢出）：…).
 *
 * <p>For generated code only; not API.
 */
public final class Fen {

    private Fen() {}

    /** a + b, as {@link Money#plus}. */
    public static long plus(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return Money.ofFen(a).plus(Money.ofFen(b)).fen();
        }
        return sum;
    }

    /** a − b, as {@link Money#minus}. */
    public static long minus(long a, long b) {
        long difference = a - b;
        if (((a ^ b) & (a ^ difference)) < 0) {
            return Money.ofFen(a).minus(Money.ofFen(b)).fen();
        }
        return difference;
    }

    /** −a, as {@link Money#negate}. */
    public static long negate(long a) {
        if (a == Long.MIN_VALUE) {
            return Money.ofFen(a).negate().fen();
        }
        return -a;
    }

    /** a × a whole factor (件数、人数), as {@link Money#times(long)}. */
    public static long times(long fen, long factor) {
        long low = fen * factor;
        if (Math.multiplyHigh(fen, factor) != (low >> 63)) {
            return Money.ofFen(fen).times(factor).fen();
        }
        return low;
    }

    /**
     * fen × numerator / denominator rounded to 分, as {@link Money#times(Rate, Rounding)} with the rate
     * numerator / denominator (reduced, denominator positive: the generated code passes a constant
     * rate's own terms, so the JIT divides by a constant). A product beyond {@code long} is computed
     * exactly by {@code Money}, which throws only when the result itself is beyond {@code long}.
     */
    public static long times(long fen, long numerator, long denominator, Rounding rounding) {
        long low = fen * numerator;
        if (Math.multiplyHigh(fen, numerator) != (low >> 63)) {
            return Money.ofFen(fen).times(Rate.of(numerator, denominator), rounding).fen();
        }
        return rounding.divide(low, denominator);
    }

    /** fen × a rate that is not a constant (an input, a share), as {@link Money#times(Rate, Rounding)}. */
    public static long times(long fen, Rate rate, Rounding rounding) {
        return times(fen, rate.numerator(), rate.denominator(), rounding);
    }

    /**
     * The amount, at most the cap: {@code Money.min(Money.ofFen(amount), cap)}, which is the cap itself
     * (no new object) when the cap bites.
     */
    public static Money atMost(long amount, Money cap) {
        return cap.fen() < amount ? cap : Money.ofFen(amount);
    }

    /**
     * At most what is left of a cumulative ceiling: {@code amount.min(Money.remaining(cap, received))}
     * without making the remainder a {@code Money} unless it is the answer.
     */
    public static Money withinRemaining(Money amount, long cap, long received) {
        long remaining = received >= cap ? 0 : minus(cap, received);
        return remaining < amount.fen() ? Money.ofFen(remaining) : amount;
    }
}
