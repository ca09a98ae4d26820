package org.polc.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polc.model.Goal;
import org.polc.model.GoalValue;
import org.polc.model.Target;
import org.polc.model.TargetFigure;
import org.polc.runtime.Figure;
import org.polc.runtime.TargetCheck;
import org.polc.runtime.TargetResult;

/**
 * Checks a target against actual figures with the runtime's {@link TargetCheck}, exactly as the
 * generated {@code Targets} class does: the same calls with the same arguments, so both give the
 * same statuses, margins and explanations.
 */
public final class TargetChecker {

    private TargetChecker() {}

    /** What the actuals hold for one goal: its own figure (or this year's and last year's, or its items) and its baseline's. */
    public record Actual(Optional<Figure> figure, Optional<Figure> lastYear, Optional<List<Figure>> items, Optional<Figure> baseline) {
        public static final Actual NONE = new Actual(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** One target; {@code actuals} has one entry per goal, in order. */
    public static TargetResult check(String citation, Target target, List<Actual> actuals) {
        List<TargetResult> results = new ArrayList<>();
        for (int i = 0; i < target.goals().size(); i++) {
            results.add(goal(citation, target.goals().get(i), actuals.get(i)));
        }
        return results.size() == 1 ? results.get(0) : TargetCheck.all(citation, results);
    }

    private static TargetResult goal(String citation, Goal g, Actual actual) {
        Figure figure = actual.figure().orElse(null);
        String note = "";
        if (g.growth() && figure != null && actual.lastYear().isPresent()) {
            note = TargetCheck.growthNote(figure, actual.lastYear().get());
            figure = TargetCheck.growth(figure, actual.lastYear().get());
        }
        if (g.qualifier().isPresent() && actual.items().isPresent()) {
            Goal.Qualifier q = g.qualifier().get();
            figure = TargetCheck.count(actual.items().get(), q.relation(), figure(q.threshold()), countUnit(g));
            note = TargetCheck.countNote(actual.items().get(), figure, q.text());
        }
        Figure tolerance = g.tolerance().map(t -> figure(t.amount())).orElse(null);
        Figure value = figure;
        String shown = note;
        return g.value().accept(new GoalValue.Visitor<TargetResult>() {
            @Override
            public TargetResult visitFixed(GoalValue.Fixed fixed) {
                return TargetCheck.compare(citation, g.indicator(), g.text(), value, shown, g.relation(), figure(fixed.figure()), tolerance);
            }

            @Override
            public TargetResult visitRange(GoalValue.Range range) {
                return TargetCheck.range(citation, g.indicator(), g.text(), value, figure(range.low()), figure(range.high()));
            }

            @Override
            public TargetResult visitRelative(GoalValue.Relative relative) {
                Figure factor = relative.factor().map(TargetChecker::figure).orElse(Figure.of(1, 1, ""));
                return TargetCheck.relative(citation, g.indicator(), g.text(), value, shown, g.relation(),
                        relative.baseline(), actual.baseline().orElse(null), factor, tolerance);
            }

            @Override
            public TargetResult visitBudgeted(GoalValue.Budgeted budgeted) {
                // the base is the budget's amount for the year, known from the text: only the indicator's actual is needed
                Figure factor = budgeted.factor().map(TargetChecker::figure).orElse(Figure.of(1, 1, ""));
                return TargetCheck.relative(citation, g.indicator(), g.text(), value, shown, g.relation(),
                        budgeted.baseline(), figure(budgeted.amount()), factor, tolerance);
            }
        });
    }

    /** The unit a qualified goal counts in: 个 of 8个. */
    public static String countUnit(Goal g) {
        return g.value().statedFigure().map(TargetFigure::unit).orElse("");
    }

    public static Figure figure(TargetFigure f) {
        return Figure.of(f.value().numerator(), f.value().denominator(), f.unit());
    }
}
