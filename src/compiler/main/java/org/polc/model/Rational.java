package org.polc.model;

import java.math.BigDecimal;
import java.math.BigInteger;

/** An exact fraction for compile-time values: literals, caps, interval bounds. Never binary floating point. */
public record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {

    public static final Rational ZERO = of(0);
    public static final Rational ONE = of(1);

    public Rational {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator 0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Rational of(long n) {
        return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
    }

    public static Rational of(BigInteger n, BigInteger d) {
        return new Rational(n, d);
    }

    /** A decimal, exactly: 3.95 is 79/20, 1E+2 is 100. */
    public static Rational of(BigDecimal decimal) {
        return decimal.scale() >= 0 ? new Rational(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()))
                : new Rational(decimal.unscaledValue().multiply(BigInteger.TEN.pow(-decimal.scale())), BigInteger.ONE);
    }

    public Rational plus(Rational o) {
        return new Rational(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
    }

    public Rational minus(Rational o) {
        return plus(o.negate());
    }

    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    public Rational times(Rational o) {
        return new Rational(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    public Rational dividedBy(Rational o) {
        return new Rational(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    @Override
    public int compareTo(Rational o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    public Rational min(Rational o) {
        return compareTo(o) <= 0 ? this : o;
    }

    public Rational max(Rational o) {
        return compareTo(o) >= 0 ? this : o;
    }

    /** Rounded to a multiple of 1/scale (scale 100: to the 分) by the rule the runtime applies. */
    public Rational round(long scale, Rounding rule) {
        BigInteger rounded = rule.runtime().divide(numerator.multiply(BigInteger.valueOf(scale)), denominator);
        return new Rational(rounded, BigInteger.valueOf(scale));
    }

    /** As a plain decimal when it has a finite one (up to 10 places), else "n/d". */
    public String toPlainString() {
        try {
            return new BigDecimal(numerator).divide(new BigDecimal(denominator)).stripTrailingZeros().toPlainString();
        } catch (ArithmeticException nonTerminating) {
            return numerator + "/" + denominator;
        }
    }

    @Override
    public String toString() {
        return toPlainString();
    }
}
