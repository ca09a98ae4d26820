package org.polc.model;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import org.polc.vocabulary.TextNumbers;
import org.polc.vocabulary.Units;

/**
 * A number as the coverage check compares it: an exact value in the base unit of its dimension, so
 * that 200 万元 in the text is the constant 200万元 is 2,000,000 元, 5% is 1/20 and 2倍 is 2. Spelling
 * does not matter; value and dimension do.
 *
 * @param dimension the id of a {@link Unit.Dimension} (元, %, 家, 年 …); {@link #DATE} for a day; for a
 *     numeral with a counter that is not a unit, the counter ({@code 词·星}); for a code, the code
 *     ({@code 编号·415X}), which no construct states
 */
public record NumberValue(Rational value, String dimension) {

    /** Days are compared as days since 1970-01-01. */
    public static final String DATE = "日期";

    /** Rates and plain numbers have no dimension: 2.5, 250% and 5/2 are one number. */
    private static final String RATE = Unit.Dimension.RATE.id();

    /** The number a finding of {@link TextNumbers} stands for; empty for a unit polc does not know. */
    public static Optional<NumberValue> of(TextNumbers.Found f) {
        Rational written = Rational.of(f.numerator(), f.denominator());
        return switch (f.kind()) {
            case QUANTITY -> Units.parse(f.unit())
                    .map(r -> new NumberValue(written.times(Rational.of(r.scale())), r.base().dimension()));
            case PLAIN, FRACTION, DISCOUNT, RATIO -> Optional.of(new NumberValue(written, RATE));
            case DATE -> f.date().map(NumberValue::date);
            case COUNTER -> Optional.of(new NumberValue(written, "词·" + f.unit()));
            case CODE -> Optional.of(new NumberValue(written, "编号·" + f.shown()));
        };
    }

    /** A constant of a checked expression; empty for a type that holds no number (是否, 选项). */
    public static Optional<NumberValue> of(Type type, Rational value) {
        if (type instanceof Type.Money) {
            return Optional.of(money(value));
        }
        if (type instanceof Type.Rate) {
            return Optional.of(new NumberValue(value, RATE));
        }
        if (type instanceof Type.Quantity q) {
            return Optional.of(new NumberValue(value, q.dimension().id()));
        }
        return Optional.empty();
    }

    /** An amount of money in 元. */
    public static NumberValue money(Rational yuan) {
        return new NumberValue(yuan, Unit.Dimension.MONEY.id());
    }

    /** A year such as a target's 2024年. */
    public static NumberValue year(int year) {
        return new NumberValue(Rational.of(year), Unit.Dimension.YEAR.id());
    }

    public static NumberValue date(LocalDate day) {
        return new NumberValue(Rational.of(BigInteger.valueOf(day.toEpochDay()), BigInteger.ONE), DATE);
    }

    /**
     * A value in the base unit of {@code unit} as written after it (万元, %, 家; "" for a plain
     * number); empty for a unit polc does not know.
     */
    public static Optional<NumberValue> of(Rational base, String unit) {
        if (unit.isEmpty()) {
            return Optional.of(new NumberValue(base, RATE));
        }
        return Unit.parse(unit).map(u -> new NumberValue(base, u.dimension().id()));
    }
}
