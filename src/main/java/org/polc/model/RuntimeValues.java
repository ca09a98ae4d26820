package org.polc.model;

import java.math.BigInteger;
import org.polc.runtime.Money;
import org.polc.runtime.PolicyArithmeticException;
import org.polc.runtime.Quantity;
import org.polc.runtime.Rate;

/**
 * The one place where a compile-time value becomes the value the interpreter and the generated
 * code hold: money in 元 becomes {@link Money} (a long of 分), a rate becomes {@link Rate}, a count
 * becomes a {@code long}, a measure (亩, 美元, 数值) a {@link Quantity}. The model speaks the runtime's values so that a constant means the same
 * thing at compile time, in {@code polc eval} and in the generated Java.
 */
public final class RuntimeValues {

    private RuntimeValues() {}

    /** A constant of {@code type} as a runtime value; the checker admits only constants that fit. */
    public static Object of(Type type, Rational value) {
        if (type instanceof Type.Money) {
            return money(value);
        }
        if (type instanceof Type.Quantity q && !q.isCount()) {
            return quantity(q, value);
        }
        if (type instanceof Type.Quantity) {
            return value.numerator().divide(value.denominator()).longValueExact();
        }
        return rate(value);
    }

    /** An amount in 元, a whole number of 分. */
    public static Money money(Rational yuan) {
        return Amount.of(yuan).toMoney();
    }

    /** A measure (亩, 美元, 数值 …) in its base unit, exactly. */
    public static Quantity quantity(Type.Quantity type, Rational value) {
        BigInteger n = value.numerator();
        BigInteger d = value.denominator();
        if (n.bitLength() > 63 || d.bitLength() > 63) {
            throw new PolicyArithmeticException("数量 " + value + type.baseUnit() + " 超出可计算的范围");
        }
        return Quantity.of(n.longValueExact(), d.longValueExact(), type.baseUnit());
    }

    /** A rate whose numerator and denominator fit the runtime's longs. */
    public static Rate rate(Rational value) {
        BigInteger n = value.numerator();
        BigInteger d = value.denominator();
        if (n.bitLength() > 62 || d.bitLength() > 62) {
            throw new PolicyArithmeticException("比例 " + value + " 超出可计算的范围");
        }
        return Rate.of(n.longValueExact(), d.longValueExact());
    }
}
