package org.polc.model;

/**
 * A figure of a target as the text writes it: the number in its written unit (6万亩 is 6 with unit
 * 万亩, not 60000 亩), exact. Unit "" is a pure number (三分之二).
 *
 * @param text the figure as written: 6万亩, 三分之二
 */
public record TargetFigure(Rational value, String unit, Unit resolved, String text) {

    /** The value in the base unit of its dimension: 6万亩 is 60000, 5% is 1/20. */
    public Rational base() {
        return value.times(resolved.scale());
    }

    /** The same amount in another unit of the same dimension: 0.5亿元 in 万元 is 5000. */
    public Rational in(Unit other) {
        return base().dividedBy(other.scale());
    }
}
