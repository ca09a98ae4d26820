package org.polc.model;

import java.util.Optional;

/** What a goal's indicator is compared with: a figure, a range, or another indicator's actual figure. */
public sealed interface GoalValue {

    <R> R accept(Visitor<R> visitor);

    /**
     * The figure whose unit the goal is stated in: the figure itself, or a range's upper end (its lower
     * end is in the same unit); empty for a baseline, whose unit comes with the actuals.
     */
    Optional<TargetFigure> statedFigure();

    interface Visitor<R> {
        R visitFixed(Fixed fixed);

        R visitRange(Range range);

        R visitRelative(Relative relative);
    }

    /** 3.95%, 2000家, 三分之二. */
    record Fixed(TargetFigure figure) implements GoalValue {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFixed(this);
        }

        public Optional<TargetFigure> statedFigure() {
            return Optional.of(figure);
        }
    }

    /** 1~2个: both ends included; {@code low} is in {@code high}'s unit. */
    record Range(TargetFigure low, TargetFigure high) implements GoalValue {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRange(this);
        }

        public Optional<TargetFigure> statedFigure() {
            return Optional.of(high);
        }
    }

    /**
     * 疫情前境外航班数 的 90%; 各项贷款平均增速: the baseline is another indicator whose actual figure
     * comes with the actuals, times a factor (a share or 倍; none is 1).
     */
    record Relative(String baseline, Optional<TargetFigure> factor) implements GoalValue {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRelative(this);
        }

        public Optional<TargetFigure> statedFigure() {
            return Optional.empty();
        }

        /** The factor as an exact ratio: 90% is 9/10, 2倍 is 2. */
        public Rational ratio() {
            return factor.map(TargetFigure::base).orElse(Rational.ONE);
        }
    }
}
