package org.polc.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.polc.model.Rational;
import org.polc.model.Rounding;

/**
 * The interval arithmetic of the cap proof. A {@code null} bound is −∞ (low) or +∞ (high). Every
 * expected interval below is worked out by hand from the endpoints.
 */
class IntervalTest {

    private static final Rational NEG_INF = null;
    private static final Rational POS_INF = null;

    private static Rational q(long n) {
        return Rational.of(n);
    }

    private static Rational q(long n, long d) {
        return Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    private static Interval i(long lo, long hi) {
        return new Interval(q(lo), q(hi));
    }

    /** [lo, +∞) */
    private static Interval atLeast(long lo) {
        return new Interval(q(lo), POS_INF);
    }

    /** (−∞, hi] */
    private static Interval atMost(long hi) {
        return new Interval(NEG_INF, q(hi));
    }

    // ------------------------------------------------------------ basics

    @Test
    void constantsAndPoints() {
        assertEquals(new Interval(null, null), Interval.ALL);
        assertEquals(atLeast(0), Interval.NON_NEGATIVE);
        assertTrue(Interval.EMPTY.isEmpty());
        assertFalse(Interval.ALL.isEmpty());
        assertEquals(i(5, 5), Interval.point(q(5)));
        assertFalse(Interval.point(q(5)).isEmpty());
        assertTrue(i(2, 1).isEmpty());
        assertFalse(atLeast(3).isEmpty());
        assertFalse(atMost(-3).isEmpty());
    }

    // ------------------------------------------------------------ plus, negate, minus

    @Test
    void plusAddsEndpoints() {
        assertEquals(i(4, 6), i(1, 2).plus(i(3, 4)));
        assertEquals(i(-4, 6), i(-5, 2).plus(i(1, 4)));
        assertEquals(new Interval(q(5, 6), q(3, 2)), new Interval(q(1, 2), q(1)).plus(new Interval(q(1, 3), q(1, 2))));
    }

    @Test
    void plusWithInfinities() {
        // [0, ∞) + [−5, 3] = [−5, ∞)
        assertEquals(atLeast(-5), Interval.NON_NEGATIVE.plus(i(-5, 3)));
        // (−∞, 2] + [1, 1] = (−∞, 3]
        assertEquals(atMost(3), atMost(2).plus(Interval.point(q(1))));
        // [0, ∞) + (−∞, 0] = (−∞, ∞)
        assertEquals(Interval.ALL, Interval.NON_NEGATIVE.plus(atMost(0)));
        assertEquals(Interval.ALL, Interval.ALL.plus(i(1, 2)));
    }

    @Test
    void plusWithEmptyIsEmpty() {
        assertTrue(Interval.EMPTY.plus(i(1, 2)).isEmpty());
        assertTrue(i(1, 2).plus(Interval.EMPTY).isEmpty());
    }

    @Test
    void negateSwapsAndFlips() {
        assertEquals(i(-2, -1), i(1, 2).negate());
        assertEquals(atMost(0), Interval.NON_NEGATIVE.negate());
        assertEquals(atLeast(-7), atMost(7).negate());
        assertEquals(Interval.ALL, Interval.ALL.negate());
        assertTrue(Interval.EMPTY.negate().isEmpty());
    }

    @Test
    void minus() {
        // [5, 6] − [1, 2] = [3, 5]
        assertEquals(i(3, 5), i(5, 6).minus(i(1, 2)));
        // 新增额 = 年度 − 上年度, both [0, ∞): (−∞, ∞)
        assertEquals(Interval.ALL, Interval.NON_NEGATIVE.minus(Interval.NON_NEGATIVE));
        // [200万, ∞) − [0, 100万] = [100万, ∞)
        assertEquals(atLeast(1_000_000), atLeast(2_000_000).minus(i(0, 1_000_000)));
    }

    // ------------------------------------------------------------ times

    @Test
    void timesOfFiniteIntervalsBySign() {
        // positive × positive: [2·4, 3·5]
        assertEquals(i(8, 15), i(2, 3).times(i(4, 5)));
        // mixed × positive: products −10, −8, 12, 15
        assertEquals(i(-10, 15), i(-2, 3).times(i(4, 5)));
        // negative × negative: products 15, 12, 10, 8
        assertEquals(i(8, 15), i(-3, -2).times(i(-5, -4)));
        // negative × positive: products −15, −12, −10, −8
        assertEquals(i(-15, -8), i(-3, -2).times(i(4, 5)));
        // mixed × mixed: products 10, −8, −15, 12
        assertEquals(i(-15, 12), i(-2, 3).times(i(-5, 4)));
        // a rate: [0, 500万] × 5% = [0, 25万]
        assertEquals(new Interval(q(0), q(250_000)), i(0, 5_000_000).times(Interval.point(q(1, 20))));
    }

    @Test
    void timesWithInfinities() {
        // [0, ∞) × [2, 3] = [0, ∞)
        assertEquals(atLeast(0), Interval.NON_NEGATIVE.times(i(2, 3)));
        // [1, ∞) × [2, 3] = [2, ∞)
        assertEquals(atLeast(2), atLeast(1).times(i(2, 3)));
        // [0, ∞) × [−3, −2] = (−∞, 0]
        assertEquals(atMost(0), Interval.NON_NEGATIVE.times(i(-3, -2)));
        // [1, ∞) × [−1, 1] = (−∞, ∞)
        assertEquals(Interval.ALL, atLeast(1).times(i(-1, 1)));
        // (−∞, −1] × (−∞, −1] = [1, ∞)
        assertEquals(atLeast(1), atMost(-1).times(atMost(-1)));
        // (−∞, −1] × [1, ∞) = (−∞, −1]
        assertEquals(atMost(-1), atMost(-1).times(atLeast(1)));
        // [0, ∞) × [0, ∞) = [0, ∞)
        assertEquals(atLeast(0), Interval.NON_NEGATIVE.times(Interval.NON_NEGATIVE));
        assertEquals(Interval.ALL, Interval.ALL.times(i(1, 2)));
    }

    @Test
    void zeroTimesInfinityIsZero() {
        // (−∞, ∞) × [0, 0] = [0, 0]: any real number times zero is zero
        assertEquals(i(0, 0), Interval.ALL.times(Interval.point(Rational.ZERO)));
        assertEquals(i(0, 0), Interval.point(Rational.ZERO).times(Interval.NON_NEGATIVE));
        // [0, ∞) × [0, 5] = [0, ∞)
        assertEquals(atLeast(0), Interval.NON_NEGATIVE.times(i(0, 5)));
    }

    @Test
    void timesWithEmptyIsEmpty() {
        assertTrue(Interval.EMPTY.times(i(1, 2)).isEmpty());
        assertTrue(Interval.ALL.times(Interval.EMPTY).isEmpty());
    }

    // ------------------------------------------------------------ min, max

    @Test
    void minOfIntervals() {
        // 较小值 of x ∈ [1, 5] and y ∈ [2, 3] lies in [1, 3]
        assertEquals(i(1, 3), i(1, 5).min(i(2, 3)));
        assertEquals(i(1, 3), i(2, 3).min(i(1, 5)));
        // 较小值(新增额 × 5%, 200万) with the first in [0, ∞): [0, 200万]
        assertEquals(i(0, 2_000_000), Interval.NON_NEGATIVE.min(Interval.point(q(2_000_000))));
        // (−∞, 5] and [0, 10]: (−∞, 5]
        assertEquals(atMost(5), atMost(5).min(i(0, 10)));
        assertEquals(i(0, 10), atLeast(0).min(atLeast(0)).min(i(0, 10)));
        assertTrue(Interval.EMPTY.min(i(1, 2)).isEmpty());
    }

    @Test
    void maxOfIntervals() {
        assertEquals(i(2, 5), i(1, 5).max(i(2, 3)));
        assertEquals(atLeast(1), Interval.NON_NEGATIVE.max(i(1, 2)));
        // (−∞, 5] and [0, 10]: [0, 10]
        assertEquals(i(0, 10), atMost(5).max(i(0, 10)));
        assertTrue(i(1, 2).max(Interval.EMPTY).isEmpty());
    }

    // ------------------------------------------------------------ hull, intersect

    @Test
    void hullCoversBoth() {
        assertEquals(i(1, 6), i(1, 2).hull(i(5, 6)));
        assertEquals(i(1, 6), i(5, 6).hull(i(1, 2)));
        assertEquals(atMost(2), i(1, 2).hull(atMost(0)));
        assertEquals(atLeast(0), atLeast(3).hull(i(0, 1)));
        // the empty interval adds nothing
        assertEquals(i(1, 2), Interval.EMPTY.hull(i(1, 2)));
        assertEquals(i(1, 2), i(1, 2).hull(Interval.EMPTY));
    }

    @Test
    void intersectKeepsTheCommonPart() {
        assertEquals(i(3, 5), i(1, 5).intersect(i(3, 8)));
        assertTrue(i(1, 2).intersect(i(3, 4)).isEmpty());
        assertEquals(i(1, 2), Interval.ALL.intersect(i(1, 2)));
        assertEquals(i(0, 3), Interval.NON_NEGATIVE.intersect(atMost(3)));
        // 新增额 200万元 以上 within [0, ∞): [200万, ∞)
        assertEquals(atLeast(2_000_000), Interval.NON_NEGATIVE.intersect(atLeast(2_000_000)));
        // touching endpoints: a single point
        assertEquals(i(2, 2), i(1, 2).intersect(i(2, 3)));
    }

    // ------------------------------------------------------------ round

    @Test
    void roundBothEnds() {
        Interval thirds = new Interval(q(1, 3), q(2, 3));
        assertEquals(new Interval(q(33, 100), q(67, 100)), thirds.round(100, Rounding.HALF_UP));
        assertEquals(new Interval(q(33, 100), q(66, 100)), thirds.round(100, Rounding.DOWN));
        assertEquals(new Interval(q(34, 100), q(67, 100)), thirds.round(100, Rounding.UP));
        // infinite ends stay infinite
        assertEquals(new Interval(q(33, 100), null), new Interval(q(1, 3), null).round(100, Rounding.HALF_UP));
        assertEquals(Interval.ALL, Interval.ALL.round(100, Rounding.UP));
    }

    // ------------------------------------------------------------ the proof's questions

    @Test
    void certainlyAtMostAndAtLeast() {
        Rational cap = q(3_000_000);
        assertTrue(i(0, 3_000_000).certainlyAtMost(cap), "exactly at the cap is within it");
        assertFalse(i(0, 3_000_001).certainlyAtMost(cap));
        assertFalse(Interval.NON_NEGATIVE.certainlyAtMost(cap), "unbounded above");
        assertTrue(Interval.EMPTY.certainlyAtMost(cap), "an unreachable branch proves anything");
        assertTrue(i(0, 5).certainlyAtLeast(Rational.ZERO));
        assertFalse(i(-1, 5).certainlyAtLeast(Rational.ZERO));
        assertFalse(atMost(5).certainlyAtLeast(Rational.ZERO));
        assertTrue(Interval.EMPTY.certainlyAtLeast(Rational.ZERO));
    }

    @Test
    void productContainsEveryProductOfMembers() {
        // soundness: for x ∈ [a, b] and y ∈ [c, d], x·y ∈ [a, b] × [c, d]
        qt().withExamples(1000).forAll(longs().between(-50, 50), longs().between(0, 50), longs().between(-50, 50), longs().between(0, 50))
                .checkAssert((a, width, c, width2) -> {
                    Interval x = i(a, a + width);
                    Interval y = i(c, c + width2);
                    Interval product = x.times(y);
                    Interval sum = x.plus(y);
                    for (long u = a; u <= a + width; u += Math.max(1, width / 4)) {
                        for (long v = c; v <= c + width2; v += Math.max(1, width2 / 4)) {
                            Rational p = q(u * v);
                            assertTrue(product.lo().compareTo(p) <= 0 && product.hi().compareTo(p) >= 0, x + "×" + y + " ∌ " + p);
                            Rational s = q(u + v);
                            assertTrue(sum.lo().compareTo(s) <= 0 && sum.hi().compareTo(s) >= 0);
                        }
                    }
                    // and tight: the endpoints are products of endpoints
                    assertTrue(product.lo().equals(q(Math.min(Math.min(a * c, a * (c + width2)), Math.min((a + width) * c, (a + width) * (c + width2))))));
                    assertTrue(product.hi().equals(q(Math.max(Math.max(a * c, a * (c + width2)), Math.max((a + width) * c, (a + width) * (c + width2))))));
                });
    }
}
