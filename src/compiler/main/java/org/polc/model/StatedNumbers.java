package org.polc.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.polc.vocabulary.TextNumbers;

/**
 * Every number the constructs of a clause or a Part state: the one place that says which numbers of
 * the 原文 are used. The coverage check ({@link Coverage}) takes one occurrence in the text of a
 * number as used for each of these with its value and dimension, so report a number once for each
 * place the drafter wrote it.
 *
 * <p><b>A new construct that states a number must report it here</b> (docs/architecture.md, 数字覆盖),
 * or its numbers will be reported as uncovered. What is reported now:
 * <ul>
 *   <li>every constant of a definition, 认定 rule, 合规 rule (its requirements and their 若) or calculator
 *       (a folded constant also with the numbers
 *       the drafter wrote for it: 300万元 × 三分之一 states 300万元 and 三分之一 as well as 100万元);</li>
 *   <li>a calculator's declared cap (最高 300万元) and its cumulative ceiling (累计最高 500万元);</li>
 *   <li>both values of a change (由 50% 提高至 60% states 50% and 60%);</li>
 *   <li>a budget's total and items; of a budget stated per year, its first and last year, each year's amount and
 *       the number of years (三年);</li>
 *   <li>a target's year and, for each goal, its figure (both ends of a range, the factor of a baseline or of a budget),
 *       its qualifier's threshold (1亿美元以上) and its tolerance;</li>
 *   <li>the clause's validity, as two days (inherited from the header or its own);</li>
 *   <li>for the header's 原文 (the closing section): the header's budgets, with the number of Parts a total
 *       除交叉重叠部分外 covers (共 8个), its targets, and its validity, as the year when it is one whole year;</li>
 *   <li>the numbers written in the clause's names of inputs and of choice and grade values
 *       (年度绩效评价结果为五星, 等级（五星，四星，三星，未达三星）, 国家技术发明奖一等奖), since a rule
 *       that asks for the 五星 case uses the number 五星.</li>
 * </ul>
 * An example's numbers are not the text's: they are the drafter's test inputs, and never count.
 */
public final class StatedNumbers {

    /**
     * One number a construct states.
     *
     * @param by the construct, as messages name it: 补助「研发投入补助」, 预算「市财政2024年预算安排」
     */
    public record Stated(NumberValue value, String by) {}

    private StatedNumbers() {}

    /** What the constructs of {@code clause} state, in declaration order. */
    public static List<Stated> of(Clause clause) {
        List<Stated> out = new ArrayList<>();
        for (Input input : clause.inputs()) {
            String by = "输入「" + input.name() + "」";
            words(input.name(), by, out);
            if (input.type() instanceof Type.Choice choice) {
                choice.values().forEach(v -> words(v, by, out));
            }
        }
        for (Definition d : clause.definitions()) {
            new ConstantsOf("定义「" + d.name() + "」", out).walk(d.expr());
        }
        for (Eligibility e : clause.eligibilities()) {
            new ConstantsOf("认定「" + e.name() + "」", out).walk(e.condition());
        }
        for (ComplianceRule rule : clause.complianceRules()) {
            ConstantsOf constants = new ConstantsOf("合规「" + rule.name() + "」", out);
            for (Requirement r : rule.requirements()) {
                r.when().ifPresent(constants::walk);
                constants.walk(r.condition());
            }
        }
        for (Calculator c : clause.calculators()) {
            String by = c.kind() + "「" + c.name() + "」";
            c.cap().ifPresent(cap -> out.add(new Stated(NumberValue.money(cap.yuan()), by)));
            ConstantsOf constants = new ConstantsOf(by, out);
            constants.walk(c.body());
            c.cumulative().ifPresent(cumulative -> {
                out.add(new Stated(NumberValue.money(cumulative.cap().yuan()), by));
                cumulative.change().ifPresent(change -> changed(change, by, out));
                constants.walk(cumulative.received());
            });
        }
        budgets(clause.budgets(), out);
        targets(clause.targets(), out);
        if (clause.validFrom() != null && clause.validTo() != null) {
            out.add(new Stated(NumberValue.date(clause.validFrom()), "有效期"));
            out.add(new Stated(NumberValue.date(clause.validTo()), "有效期"));
        }
        return List.copyOf(out);
    }

    /** What the constructs of a Part's own (its targets and budgets) state. */
    public static List<Stated> of(Part part) {
        List<Stated> out = new ArrayList<>();
        budgets(part.budgets(), out);
        targets(part.targets(), out);
        return List.copyOf(out);
    }

    /**
     * What the header states: its budgets (with the number of Parts a total 除交叉重叠部分外 covers, 共 8个) and
     * targets, and its validity — as the year when it is one whole calendar year (2024年全年), else as two days.
     */
    public static List<Stated> of(Program program) {
        List<Stated> out = new ArrayList<>();
        budgets(program.budgets(), out);
        targets(program.targets(), out);
        LocalDate from = program.validFrom();
        LocalDate to = program.validTo();
        if (from.getDayOfYear() == 1 && to.equals(from.withMonth(12).withDayOfMonth(31))) {
            out.add(new Stated(NumberValue.year(from.getYear()), "有效期"));
        } else {
            out.add(new Stated(NumberValue.date(from), "有效期"));
            out.add(new Stated(NumberValue.date(to), "有效期"));
        }
        return List.copyOf(out);
    }

    private static void budgets(List<Budget> budgets, List<Stated> out) {
        for (Budget b : budgets) {
            String by = b.name().isEmpty() ? "预算" : "预算「" + b.name() + "」";
            out.add(new Stated(NumberValue.money(b.total()), by));
            b.overlap().ifPresent(o -> NumberValue.of(Rational.of(o.parts()), "个").ifPresent(v -> out.add(new Stated(v, by))));
            b.items().forEach(i -> out.add(new Stated(NumberValue.money(i.amount()), by)));
            // 2023—2025年 每年 5.5亿元: both years, each year's amount (the total above is their sum) and how many
            // years the period has (三年: a duration in 年, as 3 × 5.5亿元 counts them)
            b.period().ifPresent(p -> {
                out.add(new Stated(NumberValue.year(p.from()), by));
                out.add(new Stated(NumberValue.year(p.to()), by));
                out.add(new Stated(NumberValue.money(p.perYear()), by));
                out.add(new Stated(NumberValue.year(p.years()), by));
            });
        }
    }

    private static void targets(List<Target> targets, List<Stated> out) {
        for (Target t : targets) {
            for (Goal g : t.goals()) {
                String by = "目标「" + g.indicator() + "」";
                t.year().ifPresent(y -> out.add(new Stated(NumberValue.year(y), by)));
                g.qualifier().ifPresent(q -> figure(q.threshold(), by, out));
                g.tolerance().ifPresent(tolerance -> figure(tolerance.amount(), by, out));
                g.value().accept(new GoalValue.Visitor<Void>() {
                    public Void visitFixed(GoalValue.Fixed fixed) {
                        figure(fixed.figure(), by, out);
                        return null;
                    }

                    public Void visitRange(GoalValue.Range range) {
                        figure(range.low(), by, out);
                        figure(range.high(), by, out);
                        return null;
                    }

                    public Void visitRelative(GoalValue.Relative relative) {
                        relative.factor().ifPresent(f -> figure(f, by, out));
                        return null;
                    }

                    public Void visitBudgeted(GoalValue.Budgeted budgeted) {
                        budgeted.factor().ifPresent(f -> figure(f, by, out));
                        return null;
                    }
                });
            }
        }
    }

    /** A figure of a target (3.95%, 6万亩, 三分之二) in the coverage's terms. */
    private static void figure(TargetFigure figure, String by, List<Stated> out) {
        NumberValue.of(figure.base(), figure.unit()).ifPresent(v -> out.add(new Stated(v, by)));
    }

    /** 由 X 提高至 Y states both X and Y: the text's old value is used by the construct that records it. */
    private static void changed(Change change, String by, List<Stated> out) {
        NumberValue.of(change.type(), change.before()).ifPresent(v -> out.add(new Stated(v, by)));
        NumberValue.of(change.type(), change.after()).ifPresent(v -> out.add(new Stated(v, by)));
    }

    /** The numbers written in a name (五星 in 年度绩效评价结果为五星). */
    private static void words(String name, String by, List<Stated> out) {
        for (TextNumbers.Found f : TextNumbers.find(name)) {
            NumberValue.of(f).ifPresent(v -> out.add(new Stated(v, by)));
        }
    }

    /** The constants of one tree, each with the numbers of its own words. */
    private static final class ConstantsOf extends ModelWalk {
        private final String by;
        private final List<Stated> out;

        ConstantsOf(String by, List<Stated> out) {
            this.by = by;
            this.out = out;
        }

        @Override
        public Void visitConstant(CheckedExpr.Constant constant) {
            NumberValue.of(constant.type(), constant.value()).ifPresent(v -> out.add(new Stated(v, by)));
            words(constant.origin().text(), by, out);
            constant.change().ifPresent(change -> changed(change, by, out));
            return null;
        }
    }
}
