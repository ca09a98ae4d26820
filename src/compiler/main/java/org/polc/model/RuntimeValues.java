package org.polc.model;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import org.polc.runtime.Dates;
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
        if (type instanceof Type.Date) {
            // a date constant is held as its epoch day (2024-01-01 is 19723)
            return LocalDate.ofEpochDay(value.numerator().longValueExact());
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

    /**
     * A date constant (its epoch day) moved by a duration constant, by the calendar as the runtime
     * moves it ({@link Dates}); empty when the duration is not a whole number or the date leaves the
     * calendar.
     */
    public static Optional<Rational> moveDate(Rational epochDay, boolean back, Type.Quantity durationType, Rational amount) {
        try {
            LocalDate date = LocalDate.ofEpochDay(epochDay.numerator().longValueExact());
            Quantity duration = quantity(durationType, amount);
            LocalDate moved = back ? Dates.minus(date, duration) : Dates.plus(date, duration);
            return Optional.of(Rational.of(moved.toEpochDay()));
        } catch (IllegalArgumentException | ArithmeticException notAWholeDuration) {
            return Optional.empty();
        }
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
