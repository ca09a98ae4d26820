package org.polc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polc.vocabulary.ChineseNumerals;

/**
 * A document total over the Parts' own budgets (“上述8个领域政策市级财政2024年预算安排资金除交叉重叠部分外，
 * 支持总额为490亿元”): which Parts list the budget the total names, their sum, and the overlap the total
 * implies (sum − total). The Part's budget is the one labelled as the total says, in the Part's
 * heading or in one of its clauses; the compiler never guesses it from other labels.
 *
 * @param listed each Part that lists exactly one such budget, in Part order
 * @param duplicated Parts that list it more than once (an error: which one counts is not clear)
 */
public record PartBudgets(Budget total, Budget.Overlap overlap, List<Listed> listed, List<Integer> duplicated) {

    public PartBudgets {
        listed = List.copyOf(listed);
        duplicated = List.copyOf(duplicated);
    }

    /** One Part's budget. */
    public record Listed(int part, Budget budget) {
        /** 第二部分. */
        public String partName() {
            return "第" + ChineseNumerals.format(part) + "部分";
        }
    }

    /** Every total of the document that states 除交叉重叠部分外, with the Parts' budgets it covers. */
    public static List<PartBudgets> of(Program program) {
        List<PartBudgets> out = new ArrayList<>();
        for (Budget total : program.budgets()) {
            if (total.overlap().isEmpty()) {
                continue;
            }
            String label = total.overlap().get().partLabel();
            List<Listed> listed = new ArrayList<>();
            List<Integer> duplicated = new ArrayList<>();
            for (Part part : program.parts()) {
                List<Budget> own = new ArrayList<>();
                // a budget stated per year over a period is not a Part's budget of one year (check: budget.part-periodic)
                part.budgets().stream().filter(b -> b.name().equals(label) && b.period().isEmpty()).forEach(own::add);
                part.clauses().forEach(c -> c.budgets().stream().filter(b -> b.name().equals(label) && b.period().isEmpty()).forEach(own::add));
                if (own.size() == 1) {
                    listed.add(new Listed(part.number(), own.get(0)));
                } else if (own.size() > 1) {
                    duplicated.add(part.number());
                }
            }
            out.add(new PartBudgets(total, total.overlap().get(), listed, duplicated));
        }
        return out;
    }

    /** The Parts' budgets added up, exactly. */
    public Rational sum() {
        Rational sum = Rational.ZERO;
        for (Listed l : listed) {
            sum = sum.plus(l.budget().total());
        }
        return sum;
    }

    /** Whether every Part the total covers lists its budget. */
    public boolean complete() {
        return listed.size() == overlap.parts();
    }

    /** sum − total, once every Part is listed: what the Parts' budgets have in common. */
    public Optional<Rational> impliedOverlap() {
        return complete() ? Optional.of(sum().minus(total.total())) : Optional.empty();
    }

    /**
     * The report line of {@code polc check} and the text catalog: 预算「…」490亿元 除交叉重叠部分外：各部分的
     * 「市财政2024年预算安排」已列出 1 个（共 8 个）：第二部分 112.1亿元；合计 112.1亿元；其余 7 个部分未列出，暂不计算交叉重叠。
     */
    public String report() {
        StringBuilder line = new StringBuilder();
        line.append("预算「").append(total.name()).append("」").append(Amounts.yuan(total.total()))
                .append(" 除交叉重叠部分外：各部分的「").append(overlap.partLabel()).append("」已列出 ")
                .append(listed.size()).append(" 个（共 ").append(overlap.parts()).append(" 个）");
        if (!listed.isEmpty()) {
            line.append("：").append(String.join("，", listed.stream()
                    .map(l -> l.partName() + " " + Amounts.yuan(l.budget().total())).toList()));
        }
        line.append("；合计 ").append(Amounts.yuan(sum()));
        Optional<Rational> implied = impliedOverlap();
        if (implied.isPresent()) {
            line.append("，隐含交叉重叠 ").append(signed(implied.get()))
                    .append("（").append(Amounts.yuan(sum())).append(" − ").append(Amounts.yuan(total.total())).append("）。");
        } else {
            int missing = Math.max(0, overlap.parts() - listed.size());
            line.append("；其余 ").append(missing).append(" 个部分未列出，暂不计算交叉重叠。");
        }
        return line.toString();
    }

    private static String signed(Rational yuan) {
        return yuan.signum() < 0 ? "-" + Amounts.yuan(yuan.negate()) : Amounts.yuan(yuan);
    }
}
