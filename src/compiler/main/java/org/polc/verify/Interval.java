package org.polc.verify;

import org.polc.model.Rational;
import org.polc.model.Rounding;

/**
 * A range of exact values for the cap proof; {@code null} bounds are −∞ / +∞. Sound, not tight:
 * the true set of values always lies inside.
 */
public record Interval(Rational lo, Rational hi) {

    public static final Interval ALL = new Interval(null, null);
    public static final Interval NON_NEGATIVE = new Interval(Rational.ZERO, null);
    public static final Interval EMPTY = new Interval(Rational.ONE, Rational.ZERO);

    public static Interval point(Rational v) {
        return new Interval(v, v);
    }

    public boolean isEmpty() {
        return lo != null && hi != null && lo.compareTo(hi) > 0;
    }

    public Interval intersect(Interval o) {
        Rational l = lo == null ? o.lo : o.lo == null ? lo : lo.max(o.lo);
        Rational h = hi == null ? o.hi : o.hi == null ? hi : hi.min(o.hi);
        return new Interval(l, h);
    }

    public Interval hull(Interval o) {
        if (isEmpty()) {
            return o;
        }
        if (o.isEmpty()) {
            return this;
        }
        Rational l = lo == null || o.lo == null ? null : lo.min(o.lo);
        Rational h = hi == null || o.hi == null ? null : hi.max(o.hi);
        return new Interval(l, h);
    }

    public Interval plus(Interval o) {
        if (isEmpty() || o.isEmpty()) {
            return EMPTY;
        }
        return new Interval(lo == null || o.lo == null ? null : lo.plus(o.lo), hi == null || o.hi == null ? null : hi.plus(o.hi));
    }

    public Interval negate() {
        if (isEmpty()) {
            return EMPTY;
        }
        return new Interval(hi == null ? null : hi.negate(), lo == null ? null : lo.negate());
    }

    public Interval minus(Interval o) {
        return plus(o.negate());
    }

    /** Interval product: the extremes are among the four endpoint products (0 × ∞ counts as 0). */
    public Interval times(Interval o) {
        if (isEmpty() || o.isEmpty()) {
            return EMPTY;
        }
        Bound[] a = {Bound.lower(lo), Bound.upper(hi)};
        Bound[] b = {Bound.lower(o.lo), Bound.upper(o.hi)};
        Bound min = null;
        Bound max = null;
        for (Bound x : a) {
            for (Bound y : b) {
                Bound p = x.times(y);
                min = min == null || p.compareTo(min) < 0 ? p : min;
                max = max == null || p.compareTo(max) > 0 ? p : max;
            }
        }
        return new Interval(min.finite(), max.finite());
    }

    public Interval min(Interval o) {
        if (isEmpty() || o.isEmpty()) {
            return EMPTY;
        }
        Rational l = lo == null || o.lo == null ? null : lo.min(o.lo);
        Rational h = hi == null ? o.hi : o.hi == null ? hi : hi.min(o.hi);
        return new Interval(l, h);
    }

    public Interval max(Interval o) {
        return negate().min(o.negate()).negate();
    }

    /** Rounding is monotone, so rounding both ends bounds every rounded value. */
    public Interval round(long scale, Rounding rule) {
        return new Interval(lo == null ? null : lo.round(scale, rule), hi == null ? null : hi.round(scale, rule));
    }

    public boolean certainlyAtMost(Rational limit) {
        return isEmpty() || hi != null && hi.compareTo(limit) <= 0;
    }

    public boolean certainlyAtLeast(Rational limit) {
        return isEmpty() || lo != null && lo.compareTo(limit) >= 0;
    }

    /** An extended real for products: a value, or ±∞. */
    private record Bound(Rational value, int infinity) implements Comparable<Bound> {
        static Bound lower(Rational r) {
            return r == null ? new Bound(null, -1) : new Bound(r, 0);
        }

        static Bound upper(Rational r) {
            return r == null ? new Bound(null, 1) : new Bound(r, 0);
        }

        Bound times(Bound o) {
            if (infinity == 0 && o.infinity == 0) {
                return new Bound(value.times(o.value), 0);
            }
            int sa = infinity != 0 ? infinity : value.signum();
            int sb = o.infinity != 0 ? o.infinity : o.value.signum();
            if (sa == 0 || sb == 0) {
                return new Bound(Rational.ZERO, 0);
            }
            return new Bound(null, sa * sb);
        }

        Rational finite() {
            return infinity == 0 ? value : null;
        }

        @Override
        public int compareTo(Bound o) {
            if (infinity != 0 || o.infinity != 0) {
                return Integer.compare(infinity, o.infinity);
            }
            return value.compareTo(o.value);
        }
    }
}
