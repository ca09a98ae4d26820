package org.polc.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.polc.runtime.Money;
import org.polc.runtime.PolicyArithmeticException;
import org.polc.runtime.Rate;
import org.polc.runtime.Rounding;

/** Fen, the fast methods' arithmetic on long 分: worked by hand, and always what the same operation on Money gives. */
class FenTest {

    @Test
    void productsRoundAsDeclared() {
        // 12345678.91元 × 5% = 617283.9455元: 61728394.55 分
        assertEquals(61728395L, Fen.times(1234567891L, 1, 20, Rounding.HALF_UP));
        assertEquals(61728394L, Fen.times(1234567891L, 1, 20, Rounding.DOWN));
        assertEquals(61728395L, Fen.times(1234567891L, 1, 20, Rounding.UP));
        // 0.10元 × 1/4 = 2.5 分: half up goes away from zero, also below zero
        assertEquals(3L, Fen.times(10L, 1, 4, Rounding.HALF_UP));
        assertEquals(-3L, Fen.times(-10L, 1, 4, Rounding.HALF_UP));
        assertEquals(-2L, Fen.times(-10L, 1, 4, Rounding.DOWN));
        // 1 分 × 1/3 = 0.33 分
        assertEquals(0L, Fen.times(1L, 1, 3, Rounding.HALF_UP));
        assertEquals(1L, Fen.times(1L, 1, 3, Rounding.UP));
        // 400万元 × 5%, through a Rate
        assertEquals(20_000_000L, Fen.times(400_000_000L, Rate.percent(5), Rounding.HALF_UP));
    }

    @Test
    void aProductBeyondLongThatRoundsBackInsideIsExact() {
        // (Long.MAX_VALUE − 6) × 2/3 overflows as a product, but the result fits: Money's BigInteger path
        long fen = Long.MAX_VALUE - 6;
        assertEquals(Money.ofFen(fen).times(Rate.of(2, 3), Rounding.HALF_UP).fen(), Fen.times(fen, 2, 3, Rounding.HALF_UP));
    }

    @Test
    void overflowThrowsWhatMoneyThrows() {
        sameFailure(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)), () -> Money.ofFen(Fen.plus(Long.MAX_VALUE, 1)));
        sameFailure(() -> Money.ofFen(Long.MIN_VALUE).minus(Money.ofFen(1)), () -> Money.ofFen(Fen.minus(Long.MIN_VALUE, 1)));
        sameFailure(() -> Money.ofFen(Long.MIN_VALUE).negate(), () -> Money.ofFen(Fen.negate(Long.MIN_VALUE)));
        sameFailure(() -> Money.ofFen(Long.MAX_VALUE / 2).times(3), () -> Money.ofFen(Fen.times(Long.MAX_VALUE / 2, 3)));
        sameFailure(() -> Money.ofFen(Long.MAX_VALUE).times(Rate.times(2), Rounding.HALF_UP),
                () -> Money.ofFen(Fen.times(Long.MAX_VALUE, 2, 1, Rounding.HALF_UP)));
    }

    private static void sameFailure(Supplier<Money> money, Supplier<Money> fen) {
        PolicyArithmeticException expected = assertThrows(PolicyArithmeticException.class, money::get);
        PolicyArithmeticException actual = assertThrows(PolicyArithmeticException.class, fen::get);
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    private static String outcome(Supplier<Long> fen) {
        try {
            return "= " + fen.get();
        } catch (PolicyArithmeticException e) {
            return "溢出 " + e.getMessage();
        }
    }

    @Test
    void atMostIsTheAmountOrTheCapItself() {
        Money cap = Money.ofWan(200);
        assertEquals(Money.ofWan(20), Fen.atMost(20_000_000L, cap));
        assertEquals(Money.ofWan(200), Fen.atMost(200_000_000L, cap));
        assertSame(cap, Fen.atMost(250_000_000L, cap));
        assertSame(Money.ZERO, Fen.atMost(0L, cap));
    }

    @Test
    void withinRemainingIsTheAmountOrWhatIsLeft() {
        Money amount = Money.ofWan(300);
        assertSame(amount, Fen.withinRemaining(amount, 500_000_000L, 100_000_000L));   // 尚余 400万元
        assertEquals(Money.ofWan(200), Fen.withinRemaining(amount, 500_000_000L, 300_000_000L));
        assertSame(Money.ZERO, Fen.withinRemaining(amount, 500_000_000L, 600_000_000L)); // 已无余额
    }

    @Test
    void everyOperationIsWhatMoneyGives() {
        long big = Long.MAX_VALUE / 4;
        qt().withExamples(3000).forAll(longs().between(-big, big), longs().between(-big, big), longs().between(-1000, 1000),
                longs().between(1, 10_000)).checkAssert((a, b, n, d) -> {
            Money ma = Money.ofFen(a);
            Money mb = Money.ofFen(b);
            // the same amount, or the same overflow with the same words
            assertEquals(outcome(() -> ma.plus(mb).fen()), outcome(() -> Fen.plus(a, b)));
            assertEquals(outcome(() -> ma.minus(mb).fen()), outcome(() -> Fen.minus(a, b)));
            assertEquals(outcome(() -> ma.negate().fen()), outcome(() -> Fen.negate(a)));
            Rate rate = Rate.of(n, d);
            for (Rounding rounding : Rounding.values()) {
                String expected = outcome(() -> ma.times(rate, rounding).fen());
                assertEquals(expected, outcome(() -> Fen.times(a, rate.numerator(), rate.denominator(), rounding)));
                assertEquals(expected, outcome(() -> Fen.times(a, rate, rounding)));
            }
            assertEquals(outcome(() -> ma.times(n).fen()), outcome(() -> Fen.times(a, n)));
            assertEquals(Money.min(ma, mb), Fen.atMost(a, mb));
            Money left = Money.ofFen(Math.abs(a));
            long cap = Math.abs(b);
            long received = Math.abs(n) * 1_000_000L;
            assertEquals(left.min(Money.remaining(Money.ofFen(cap), Money.ofFen(received))),
                    Fen.withinRemaining(left, cap, received));
        });
    }
}
