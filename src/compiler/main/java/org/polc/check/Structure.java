package org.polc.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polc.ast.Declarations;
import org.polc.ast.Expr;
import org.polc.diagnostics.Diagnostics;
import org.polc.model.Amount;
import org.polc.model.Amounts;
import org.polc.model.Budget;
import org.polc.model.Part;
import org.polc.model.PartBudgets;
import org.polc.model.Program;
import org.polc.model.Rational;
import org.polc.model.Unit;
import org.polc.vocabulary.ChineseNumerals;

/** Budgets: their items must add up exactly, and the document total over the Parts leaves a non-negative overlap. Targets are {@link Goals}. */
final class Structure {

    private Structure() {}

    static List<Budget> budgets(List<Declarations.Budget> budgets, String where, Diagnostics diagnostics) {
        List<Budget> out = new ArrayList<>();
        for (Declarations.Budget b : budgets) {
            Optional<Rational> total = money(b.total(), where, diagnostics);
            List<Budget.Item> items = new ArrayList<>();
            Rational sum = Rational.ZERO;
            boolean ok = total.isPresent();
            for (Declarations.BudgetItem item : b.items()) {
                Optional<Rational> amount = money(item.amount(), where, diagnostics);
                if (amount.isEmpty()) {
                    ok = false;
                    continue;
                }
                sum = sum.plus(amount.get());
                items.add(new Budget.Item(item.name(), amount.get(), item.amount().text()));
            }
            String name = b.name().orElse("预算");
            if (ok && !b.items().isEmpty() && sum.compareTo(total.get()) != 0) {
                Rational difference = total.get().minus(sum);
                diagnostics.error("budget.sum", b.span(), where + "：预算「" + name + "」的各项合计 " + Amounts.yuan(sum)
                        + "，与" + (b.period().isPresent() ? "每年的金额 " : "总额 ") + b.total().text() + " 不符，相差 "
                        + Amounts.yuan(difference.signum() < 0 ? difference.negate() : difference)
                        + (difference.signum() < 0 ? "（各项多出）" : "（各项不足）"));
            }
            if (b.period().isPresent()) {
                out.add(periodic(b, name, total, items, where, diagnostics));
                continue;
            }
            out.add(new Budget(name, total.orElse(Rational.ZERO), b.total().text(), items, b.span(),
                    b.overlap().flatMap(o -> overlap(o, where, diagnostics)), b.source(), Optional.empty()));
        }
        return out;
    }

    /**
     * 2023—2025年 每年 5.5亿元: the amount written is each year's, the total is the sum over the period.
     * A budget whose period or amount is wrong keeps no period (its target then says nothing more).
     */
    private static Budget periodic(Declarations.Budget b, String name, Optional<Rational> perYear, List<Budget.Item> items, String where,
            Diagnostics diagnostics) {
        Declarations.Period p = b.period().get();
        Optional<Integer> from = year(p.from(), where, diagnostics);
        Optional<Integer> to = year(p.to(), where, diagnostics);
        boolean ok = perYear.isPresent() && from.isPresent() && to.isPresent();
        if (from.isPresent() && to.isPresent() && to.get() < from.get()) {
            diagnostics.error("budget.period", p.span(), where + "：预算「" + name + "」的期间「" + from.get() + "年 至 " + to.get()
                    + "年」结束年份早于开始年份", "先写开始的年份，再写结束的年份，如「2023年 至 2025年 每年」");
            ok = false;
        }
        if (b.overlap().isPresent()) {
            diagnostics.error("budget.period", b.span(), where + "：全文总额「" + name + "」是一个总数，不能写成每年的金额",
                    "「除交叉重叠部分外」的总额只写一个金额，如「490亿元」");
        }
        if (!ok) {
            return new Budget(name, Rational.ZERO, b.total().text(), items, b.span(), Optional.empty(), b.source(), Optional.empty());
        }
        Budget.Period period = new Budget.Period(from.get(), to.get(), perYear.get(), b.total().text());
        Rational total = perYear.get().times(Rational.of(period.years()));
        return new Budget(name, total, Amounts.yuan(total), items, b.span(), Optional.empty(), b.source(), Optional.of(period));
    }

    /** A year of a period: 2023年, four digits, as a target's year is written. */
    private static Optional<Integer> year(Expr.Literal y, String where, Diagnostics diagnostics) {
        if (!"年".equals(y.unit()) || !y.denominator().equals(BigInteger.ONE)) {
            diagnostics.error("budget.period", y.span(), where + "：预算的期间应写年份，如「2023年 至 2025年 每年」，「" + y.text() + "」不是年份");
            return Optional.empty();
        }
        if (y.numerator().compareTo(BigInteger.valueOf(1000)) < 0 || y.numerator().compareTo(BigInteger.valueOf(9999)) > 0) {
            diagnostics.error("budget.period", y.span(), where + "：预算期间的年份应是四位数的公历年份，「" + y.text() + "」不是");
            return Optional.empty();
        }
        return Optional.of(y.numerator().intValueExact());
    }

    /** 除交叉重叠部分外，各部分 “label” 共 8个: only the document's header states a total over its Parts. */
    private static Optional<Budget.Overlap> overlap(Declarations.Overlap o, String where, Diagnostics diagnostics) {
        if (!"政策".equals(where)) {
            diagnostics.error("budget.overlap-place", o.span(), where + "：「除交叉重叠部分外，各部分 …」是全文总额的写法，只能写在政策的文件头（policy.pol）里",
                    "把这条预算移到「政策」文件头；部分或条款自己的预算不写「除交叉重叠部分外」");
            return Optional.empty();
        }
        Expr.Literal n = o.parts();
        if (!"个".equals(n.unit()) || !n.denominator().equals(BigInteger.ONE) || n.numerator().signum() <= 0
                || n.numerator().compareTo(BigInteger.valueOf(1000)) > 0) {
            diagnostics.error("budget.overlap-count", n.span(), where + "：「共」后面应是部分的个数，如「共 8个」，「" + n.text() + "」不是",
                    "原文“上述8个领域政策”即「共 8个」");
            return Optional.empty();
        }
        return Optional.of(new Budget.Overlap(o.partLabel(), n.numerator().intValueExact()));
    }

    /**
     * The document's totals over its Parts: each Part lists the named budget at most once, no more
     * Parts than the total covers, and, once all are listed, a sum not below the total (what the
     * text excludes as overlap cannot be negative). The figures themselves are reported, not errors.
     */
    static void overlaps(Program program, Diagnostics diagnostics) {
        for (PartBudgets p : PartBudgets.of(program)) {
            String label = p.overlap().partLabel();
            periodicWithPartLabel(program, p, diagnostics);
            for (int part : p.duplicated()) {
                diagnostics.error("budget.part-duplicate", p.total().span(), "政策：第" + ChineseNumerals.format(part) + "部分有不止一条预算「"
                        + label + "」，不知道哪一条计入「" + p.total().name() + "」",
                        "每个部分只留一条名为「" + label + "」的预算；其他预算换一个名称");
            }
            int listed = p.listed().size() + p.duplicated().size();
            if (listed > p.overlap().parts()) {
                diagnostics.error("budget.overlap-count", p.total().span(), "政策：「" + p.total().name() + "」写明共 " + p.overlap().parts()
                        + " 个部分，但有 " + listed + " 个部分列出了预算「" + label + "」", "核对「共 …个」或各部分预算的名称");
            }
            Optional<Rational> implied = p.impliedOverlap();
            if (implied.isPresent() && implied.get().signum() < 0) {
                diagnostics.warning("budget.overlap-negative", p.total().span(), "政策：各部分的「" + label + "」合计 " + Amounts.yuan(p.sum())
                        + "，少于除交叉重叠部分外的总额 " + Amounts.yuan(p.total().total()) + "，相差 " + Amounts.yuan(implied.get().negate())
                        + "：去掉交叉重叠部分后的总额不应大于各部分之和",
                        "核对各部分的预算和总额，或原文是否另有未列入各部分的资金");
            }
        }
    }

    /**
     * A budget stated per year over a period (每年 5.5亿元) is not one year's arrangement of a Part, so
     * {@link PartBudgets} never counts it; carrying the label the total counts by, it would be
     * silently left out, so it is an error.
     */
    private static void periodicWithPartLabel(Program program, PartBudgets p, Diagnostics diagnostics) {
        String label = p.overlap().partLabel();
        for (Part part : program.parts()) {
            List<Budget> own = new ArrayList<>(part.budgets());
            part.clauses().forEach(c -> own.addAll(c.budgets()));
            for (Budget b : own) {
                if (b.name().equals(label) && b.period().isPresent()) {
                    diagnostics.error("budget.part-periodic", b.span(), "第" + ChineseNumerals.format(part.number()) + "部分：预算「" + label
                            + "」写成了" + b.period().get().text() + "每年的金额，不计入「" + p.total().name() + "」：各部分计入总额的是一个年度的预算总额",
                            "写成「预算 “" + label + "” 金额」；原文按年安排的其他资金（如省级资金）换一个名称");
                }
            }
        }
    }

    private static Optional<Rational> money(Expr.Literal literal, String where, Diagnostics diagnostics) {
        Optional<Unit> unit = Unit.parse(literal.unit());
        if (unit.isEmpty() || unit.get().dimension() != Unit.Dimension.MONEY) {
            diagnostics.error("budget.unit", literal.span(), where + "：预算金额应以元、万元或亿元为单位，「" + literal.text() + "」不是金额");
            return Optional.empty();
        }
        Rational yuan = Rational.of(literal.numerator(), literal.denominator()).times(unit.get().scale());
        if (!Amount.isWholeFen(yuan)) {
            diagnostics.error("money.precision", literal.span(), where + "：金额精确到分，「" + literal.text() + "」有分以下的位数");
            return Optional.empty();
        }
        return Optional.of(yuan);
    }
}
