package org.polc.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polc.ast.Declarations;
import org.polc.ast.Declarations.TargetValue;
import org.polc.ast.Expr;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.Names;
import org.polc.model.Budget;
import org.polc.model.Goal;
import org.polc.model.GoalValue;
import org.polc.model.Rational;
import org.polc.model.Target;
import org.polc.model.TargetFigure;
import org.polc.model.Unit;
import org.polc.vocabulary.Comparison;

/**
 * Targets: a year, goals whose figures have known units, ranges in order, approximate figures
 * (约/左右) only with a declared tolerance, counts for qualified indicators, shares for growth and
 * baselines.
 */
final class Goals {

    /** A pure number: 三分之二, the low end 1 of 1~2个 before it takes the unit of the high end. */
    private static final Unit PURE = new Unit("", Unit.Dimension.RATE, Rational.ONE);

    private static final String TOLERANCE_HINT = "在文件头或本部分写「约数 相差 5% 以内」，或在本目标后写「，相差 10个 以内」，"
            + "并在注释里写明这样理解的理由（原文没有给出容差）";

    private final String where;
    private final Optional<Goal.Tolerance> inForce;
    private final Diagnostics diagnostics;
    /** The budgets of the same place, as written and as checked, for a baseline 预算 …. */
    private final List<Declarations.Budget> declaredBudgets;
    private final List<Budget> budgets;

    private Goals(String where, Optional<Goal.Tolerance> inForce, Diagnostics diagnostics) {
        this(where, inForce, List.of(), List.of(), diagnostics);
    }

    private Goals(String where, Optional<Goal.Tolerance> inForce, List<Declarations.Budget> declaredBudgets, List<Budget> budgets,
            Diagnostics diagnostics) {
        this.where = where;
        this.inForce = inForce;
        this.declaredBudgets = List.copyOf(declaredBudgets);
        this.budgets = List.copyOf(budgets);
        this.diagnostics = diagnostics;
    }

    /** The targets of a header, Part or clause, with the tolerance in force there for 约/左右. */
    static List<Target> check(List<Declarations.Target> targets, String where, Optional<Goal.Tolerance> inForce, Diagnostics diagnostics) {
        return check(targets, where, inForce, List.of(), List.of(), diagnostics);
    }

    /**
     * The same, where a goal may be compared with a budget of the same place ({@code declared} as written,
     * {@code checked} by {@link Structure#budgets}).
     */
    static List<Target> check(List<Declarations.Target> targets, String where, Optional<Goal.Tolerance> inForce,
            List<Declarations.Budget> declared, List<Budget> checked, Diagnostics diagnostics) {
        Goals goals = new Goals(where, inForce, declared, checked, diagnostics);
        List<Target> out = new ArrayList<>();
        for (Declarations.Target t : targets) {
            goals.target(t).ifPresent(out::add);
        }
        goals.sameIndicatorTwice(out);
        return out;
    }

    /**
     * Two targets of one place on one indicator read the same actual figure. That is right for a floor
     * and a ceiling, but the text's 完成投资800亿元以上 … 完成投资2200亿元以上 are two different sums: warn.
     */
    private void sameIndicatorTwice(List<Target> targets) {
        Map<String, Goal> seen = new HashMap<>();
        for (Target t : targets) {
            for (Goal g : t.goals()) {
                Goal first = seen.putIfAbsent(g.indicator(), g);
                if (first != null && first.comparison() == g.comparison()) {
                    diagnostics.warning("target.indicator", g.span(), where + "：「" + g.indicator() + "」已有目标「" + first.text()
                            + "」（" + first.span().where() + "），两个目标读同一个实际数；原文指的若是两个不同的数，请给它们起不同的名字");
                }
            }
        }
    }

    /**
     * The tolerance declared by 约数 相差 … 以内 in a header or Part (at most one), else the one in force
     * from the level above.
     */
    static Optional<Goal.Tolerance> tolerance(List<Declarations.Tolerance> declared, String where, Optional<Goal.Tolerance> above,
            Diagnostics diagnostics) {
        if (declared.size() > 1) {
            diagnostics.error("target.tolerance", declared.get(1).span(), where + "：「约数」的容差只能写一次，"
                    + declared.get(0).span().where() + " 已经写了");
        }
        if (declared.isEmpty()) {
            return above;
        }
        Declarations.Tolerance d = declared.get(0);
        Optional<TargetFigure> amount = new Goals(where, above, diagnostics).figure(d.amount());
        if (amount.isEmpty()) {
            return above;
        }
        if (!amount.get().unit().equals("%")) {
            diagnostics.error("target.tolerance", d.amount().span(), where + "：「约数」的容差对各种单位的目标都适用，应写成百分比，如「相差 5% 以内」，"
                    + "「" + d.amount().text() + "」不是百分比", "某个目标要按数量计时，在那个目标后面写「，相差 10个 以内」");
            return above;
        }
        return Optional.of(new Goal.Tolerance(amount.get(), where, d.span()));
    }

    private Optional<Target> target(Declarations.Target t) {
        Optional<Integer> year = Optional.empty();
        if (t.year().isPresent()) {
            Expr.Literal y = t.year().get();
            if (!"年".equals(y.unit()) || !y.denominator().equals(BigInteger.ONE)) {
                diagnostics.error("target.year", y.span(), where + "：目标的年份应写成「2024年」，「" + y.text() + "」不是年份");
            } else if (y.numerator().compareTo(BigInteger.valueOf(1000)) < 0
                    || y.numerator().compareTo(BigInteger.valueOf(9999)) > 0) {
                // a year is written with four digits; anything else is a typo, and would not fit the generated int
                diagnostics.error("target.year", y.span(), where + "：目标的年份应是四位数的公历年份，「" + y.text() + "」不是");
            } else {
                year = Optional.of(y.numerator().intValueExact());
            }
        }
        List<Goal> goals = new ArrayList<>();
        boolean ok = true;
        for (Declarations.Goal g : t.goals()) {
            Optional<Goal> checked = goal(g, t.year(), year);
            ok &= checked.isPresent();
            checked.ifPresent(goals::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        String text = String.join(" 且 ", goals.stream().map(Goal::text).toList());
        return Optional.of(new Target(year, t.strength(), goals, text, t.span()));
    }

    private Optional<Goal> goal(Declarations.Goal g, Optional<Expr.Literal> writtenYear, Optional<Integer> year) {
        Optional<GoalValue> value = g.value().accept(new TargetValue.Visitor<Optional<GoalValue>>() {
            @Override
            public Optional<GoalValue> visitFigure(TargetValue.Figure figure) {
                return figure(figure.value()).map(GoalValue.Fixed::new);
            }

            @Override
            public Optional<GoalValue> visitRange(TargetValue.Range range) {
                return range(g, range);
            }

            @Override
            public Optional<GoalValue> visitIndicator(TargetValue.Indicator indicator) {
                return relative(g, indicator);
            }

            @Override
            public Optional<GoalValue> visitBudget(TargetValue.Budget budget) {
                return budgeted(g, budget, writtenYear, year);
            }
        });
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<Goal.Qualifier> qualifier = Optional.empty();
        if (g.qualifier().isPresent()) {
            qualifier = qualifier(g, g.qualifier().get(), value.get());
            if (qualifier.isEmpty()) {
                return Optional.empty();
            }
        }
        if (g.growth() && !isShare(value.get())) {
            diagnostics.error("target.growth", g.value().span(), where + "：「" + g.indicator() + "」的增长应是百分比，如「同比增长 5.5%」",
                    "增长是与上年相比的比例；目标是一个数量时不写「增长」");
            return Optional.empty();
        }
        Optional<Goal.Tolerance> tolerance = tolerance(g, value.get());
        if (g.approx().isPresent() && tolerance.isEmpty()) {
            return Optional.empty();
        }
        // 新增上市公司15家 has no word: a target is a figure to reach, so it is read as 达到
        Comparison comparison = g.comparison().orElse(Comparison.GE);
        return Optional.of(new Goal(g.indicator(), qualifier, g.growth(), comparison, g.comparisonWords(), g.approx(),
                value.get(), tolerance, g.text(), g.span()));
    }

    private Optional<GoalValue> range(Declarations.Goal g, TargetValue.Range range) {
        if (!g.comparisonWords().isEmpty() || g.approx().isPresent()) {
            diagnostics.error("target.range", g.span(), where + "：区间「" + range.low().text() + " 至 " + range.high().text()
                    + "」已经写明了上下两端（都包括在内），不能再加「" + (g.comparisonWords().isEmpty() ? g.approx().get() : g.comparisonWords()) + "」");
            return Optional.empty();
        }
        Optional<TargetFigure> high = figure(range.high());
        Optional<TargetFigure> low = range.low().unit().isEmpty() && high.isPresent()
                ? Optional.of(new TargetFigure(Rational.of(range.low().numerator(), range.low().denominator()), high.get().unit(),
                        high.get().resolved(), range.low().text() + high.get().unit()))
                : figure(range.low());
        if (low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        if (!low.get().resolved().dimension().equals(high.get().resolved().dimension())) {
            diagnostics.error("target.range", range.span(), where + "：区间两端的单位不同：「" + range.low().text() + "」与「" + range.high().text() + "」");
            return Optional.empty();
        }
        if (low.get().base().compareTo(high.get().base()) >= 0) {
            diagnostics.error("target.range", range.span(), where + "：区间「" + range.low().text() + " 至 " + range.high().text()
                    + "」的下限应小于上限");
            return Optional.empty();
        }
        TargetFigure lowInHigh = new TargetFigure(low.get().in(high.get().resolved()), high.get().unit(), high.get().resolved(), low.get().text());
        return Optional.of(new GoalValue.Range(lowInHigh, high.get()));
    }

    private Optional<GoalValue> relative(Declarations.Goal g, TargetValue.Indicator indicator) {
        if (indicator.name().equals(g.indicator())) {
            diagnostics.error("target.baseline", indicator.span(), where + "：「" + g.indicator() + "」不能与它自己比较",
                    "基数写另一个指标，如「境外航班数 达到 疫情前境外航班数 的 90%」");
            return Optional.empty();
        }
        if (indicator.factor().isEmpty()) {
            return Optional.of(new GoalValue.Relative(indicator.name(), Optional.empty()));
        }
        Optional<TargetFigure> factor = figure(indicator.factor().get());
        if (factor.isEmpty()) {
            return Optional.empty();
        }
        if (factor.get().resolved().dimension() != Unit.Dimension.RATE) {
            diagnostics.error("target.baseline", indicator.factor().get().span(), where + "：基数「" + indicator.name()
                    + "」后面的「的 …」应是比例或倍数，如「的 90%」「的 2倍」，「" + indicator.factor().get().text() + "」不是");
            return Optional.empty();
        }
        return Optional.of(new GoalValue.Relative(indicator.name(), factor));
    }

    /**
     * 预算 省级外资招引激励资金 的 40%: the budget is one of the same place stated per year; the target's year
     * picks the year's amount, so the target needs a year within the budget's period.
     */
    private Optional<GoalValue> budgeted(Declarations.Goal g, TargetValue.Budget b, Optional<Expr.Literal> writtenYear,
            Optional<Integer> year) {
        List<Declarations.Budget> named = declaredBudgets.stream().filter(d -> d.name().filter(b.name()::equals).isPresent()).toList();
        if (named.isEmpty()) {
            List<String> known = declaredBudgets.stream().flatMap(d -> d.name().stream()).toList();
            diagnostics.error("target.budget", b.span(), where + "：没有名为「" + b.name() + "」的预算；「预算 …」作基数时，指本"
                    + placeWord() + "写明的预算", Names.closest(b.name(), known).map(n -> "您是不是要写「" + n + "」？")
                    .orElse("先在本" + placeWord() + "写「预算 “" + b.name() + "” 2023年 至 2025年 每年 …」，照录原文的期间和每年的金额"));
            return Optional.empty();
        }
        if (named.size() > 1) {
            diagnostics.error("target.budget", b.span(), where + "：有不止一条名为「" + b.name() + "」的预算，不知道以哪一条为基数",
                    "给这几条预算起不同的名称");
            return Optional.empty();
        }
        if (named.get(0).period().isEmpty()) {
            diagnostics.error("target.budget", b.span(), where + "：预算「" + b.name() + "」不是按年写的金额（没有写「… 每年 …」），"
                    + "不能作为某一年目标的基数", "原文写明每年的金额时写「预算 “" + b.name() + "” 2023年 至 2025年 每年 5.5亿元」；"
                    + "基数是另一个指标的实际数时不写「预算」");
            return Optional.empty();
        }
        Optional<Budget.Period> period = budgets.stream().filter(c -> c.name().equals(b.name())).findFirst().flatMap(Budget::period);
        if (period.isEmpty()) {
            return Optional.empty(); // the budget's own error is reported
        }
        if (writtenYear.isEmpty()) {
            diagnostics.error("target.budget", g.span(), where + "：「" + g.indicator() + "」以预算「" + b.name() + "」每年的金额为基数，"
                    + "但目标没有写年份，不知道取哪一年的金额", "在「目标」后面写年份，如「目标 " + period.get().from() + "年 …」");
            return Optional.empty();
        }
        if (year.isEmpty()) {
            return Optional.empty(); // the year's own error is reported
        }
        if (!period.get().covers(year.get())) {
            diagnostics.error("target.budget", writtenYear.get().span(), where + "：目标的年份 " + year.get() + "年 不在预算「" + b.name()
                    + "」的期间（" + period.get().text() + "）之内，这一年没有原文写明的金额",
                    "核对目标的年份和预算的期间");
            return Optional.empty();
        }
        Optional<TargetFigure> factor = Optional.empty();
        if (b.factor().isPresent()) {
            factor = figure(b.factor().get());
            if (factor.isEmpty()) {
                return Optional.empty();
            }
            if (factor.get().resolved().dimension() != Unit.Dimension.RATE) {
                diagnostics.error("target.baseline", b.factor().get().span(), where + "：基数「预算 " + b.name()
                        + "」后面的「的 …」应是比例或倍数，如「的 40%」「的 2倍」，「" + b.factor().get().text() + "」不是");
                return Optional.empty();
            }
        }
        Expr.Literal written = named.get(0).total();
        Optional<TargetFigure> amount = figure(written);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        Rational ratio = factor.map(TargetFigure::base).orElse(Rational.ONE);
        TargetFigure threshold = new TargetFigure(amount.get().value().times(ratio), amount.get().unit(), amount.get().resolved(),
                amount.get().value().times(ratio).toPlainString() + amount.get().unit());
        return Optional.of(new GoalValue.Budgeted(b.name(), year.get(), amount.get(), factor, threshold));
    }

    /** 条 or 部分 or 文件头, for messages about what is written in the same place. */
    private String placeWord() {
        return where.equals("政策") ? "文件头" : where.endsWith("部分") ? "部分" : "条";
    }

    private Optional<Goal.Qualifier> qualifier(Declarations.Goal g, Declarations.Qualifier q, GoalValue value) {
        Optional<TargetFigure> threshold = figure(q.threshold());
        if (threshold.isEmpty()) {
            return Optional.empty();
        }
        boolean counted = value.accept(new GoalValue.Visitor<Boolean>() {
            @Override
            public Boolean visitFixed(GoalValue.Fixed fixed) {
                return fixed.figure().resolved().dimension().isCount();
            }

            @Override
            public Boolean visitRange(GoalValue.Range range) {
                return range.high().resolved().dimension().isCount();
            }

            @Override
            public Boolean visitRelative(GoalValue.Relative relative) {
                return false;
            }

            @Override
            public Boolean visitBudgeted(GoalValue.Budgeted budgeted) {
                return false;
            }
        });
        if (!counted || g.growth()) {
            diagnostics.error("target.qualifier", q.span(), where + "：「" + g.indicator() + "」带条件（" + q.threshold().text()
                    + "）时数的是符合条件的个数，目标应是一个计数，如「达到 8个」");
            return Optional.empty();
        }
        return Optional.of(new Goal.Qualifier(q.attribute(), q.comparison(), q.comparisonWords(), threshold.get()));
    }

    /** The goal's own tolerance, else the one in force; an error for 约/左右 without one, or a tolerance without 约/左右. */
    private Optional<Goal.Tolerance> tolerance(Declarations.Goal g, GoalValue value) {
        if (g.tolerance().isPresent() && g.approx().isEmpty()) {
            diagnostics.error("target.tolerance", g.tolerance().get().span(), where + "：「" + g.indicator()
                    + "」的数不是约数，「相差 … 以内」只用于写了「约」或「左右」的目标", "原文写「120个左右」时写「120个 左右，相差 10个 以内」");
            return Optional.empty();
        }
        if (g.approx().isEmpty()) {
            return Optional.empty();
        }
        if (g.tolerance().isEmpty()) {
            if (inForce.isEmpty()) {
                diagnostics.error("target.approx", g.span(), where + "：「" + g.indicator() + "」的目标是约数（「" + g.approx().get()
                        + "」），但没有声明容差，无法判断实际数差多少仍算达到", TOLERANCE_HINT);
            }
            return inForce;
        }
        Optional<TargetFigure> amount = figure(g.tolerance().get().amount());
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        Optional<Unit> unit = unitOf(value);
        if (!amount.get().unit().equals("%") && unit.isPresent() && !unit.get().dimension().equals(amount.get().resolved().dimension())) {
            diagnostics.error("target.tolerance", g.tolerance().get().amount().span(), where + "：「" + g.indicator() + "」的容差应是百分比或与目标同一单位的数，「"
                    + g.tolerance().get().amount().text() + "」与「" + unit.get().text() + "」不是同一种量");
            return Optional.empty();
        }
        if (!amount.get().unit().equals("%") && unit.isEmpty()) {
            diagnostics.error("target.tolerance", g.tolerance().get().amount().span(), where + "：「" + g.indicator()
                    + "」与另一个指标相比，单位随实际数而定，容差应写成百分比，如「相差 5% 以内」");
            return Optional.empty();
        }
        return Optional.of(new Goal.Tolerance(amount.get(), "本目标", g.tolerance().get().span()));
    }

    private static Optional<Unit> unitOf(GoalValue value) {
        return value.statedFigure().map(TargetFigure::resolved);
    }

    private static boolean isShare(GoalValue value) {
        return unitOf(value).map(u -> u.dimension() == Unit.Dimension.RATE).orElse(false);
    }

    /** A literal with a known unit, in its written unit; a unit-less number is a pure number. */
    private Optional<TargetFigure> figure(Expr.Literal literal) {
        Rational value = Rational.of(literal.numerator(), literal.denominator());
        if (literal.unit().isEmpty()) {
            return Optional.of(new TargetFigure(value, "", PURE, literal.text()));
        }
        Optional<Unit> unit = Unit.parse(literal.unit());
        if (unit.isEmpty()) {
            diagnostics.error("unit.unknown", literal.span(), where + "：不认识的单位「" + literal.unit() + "」");
            return Optional.empty();
        }
        if (unit.get().dimension() == Unit.Dimension.YEAR) {
            diagnostics.error("target.value", literal.span(), where + "：「" + literal.text() + "」是年份，不是目标的值",
                    "年份写在「目标」后面，如「目标 2024年 …」");
            return Optional.empty();
        }
        return Optional.of(new TargetFigure(value, literal.unit(), unit.get(), literal.text()));
    }
}
