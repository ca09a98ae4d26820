package org.polc.model;

import java.util.Optional;

/** What a goal's indicator is compared with: a figure, a range, another indicator's actual figure, or a budget's amount for the year. */
public sealed interface GoalValue {

    <R> R accept(Visitor<R> visitor);

    /**
     * The figure whose unit the goal is stated in: the figure itself, or a range's upper end (its lower
     * end is in the same unit); empty for a baseline, whose unit comes with the actuals.
     */
    Optional<TargetFigure> statedFigure();

    /** This value when its base is a budget's amount for the year, for the catalog and the Javadoc that show how the figure comes about. */
    default Optional<Budgeted> asBudgeted() {
        return Optional.empty();
    }

    interface Visitor<R> {
        R visitFixed(Fixed fixed);

        R visitRange(Range range);

        R visitRelative(Relative relative);

        R visitBudgeted(Budgeted budgeted);
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

    /**
     * 预算 省级外资招引激励资金 的 40%: the amount a budget the text states per year has in the target's year,
     * times a factor (none is 1). The figure is known when the policy is compiled: 2024年 5.5亿元 × 40% =
     * 2.2亿元, exact; only the indicator's actual figure is supplied.
     *
     * @param year the target's year, within the budget's period
     * @param amount that year's amount as the budget writes it (5.5亿元)
     * @param threshold {@code amount} times the factor, in the amount's unit (2.2亿元)
     */
    record Budgeted(String budget, int year, TargetFigure amount, Optional<TargetFigure> factor, TargetFigure threshold) implements GoalValue {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBudgeted(this);
        }

        public Optional<TargetFigure> statedFigure() {
            return Optional.of(threshold);
        }

        @Override
        public Optional<Budgeted> asBudgeted() {
            return Optional.of(this);
        }

        /** How the explanation names the base: 省级外资招引激励资金 2024年. */
        public String baseline() {
            return budget + " " + year + "年";
        }

        /** How the figure comes about: 省级外资招引激励资金 2024年 5.5亿元 的 40%，即 2.2亿元. */
        public String derivation() {
            return baseline() + " " + amount.text() + factor.map(f -> " 的 " + f.text() + "，即 " + threshold.text()).orElse("");
        }
    }
}
