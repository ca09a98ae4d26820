package org.polc.runtime;

import java.time.LocalDate;
import java.util.List;

/**
 * 一条条款的描述：编号、标题、所属部分及牵头单位、有效期、读取的输入，以及它的计算器、认定和合规规则、
 * 预算与目标。生成的条款类各有一个（{@code Clause14.DESCRIPTOR}），政策的入口类把它们按条款顺序列出。
 *
 * <p>A clause's descriptor, generated as {@code ClauseNN.DESCRIPTOR} and listed by the policy's entry point.
 */
public final class ClauseDescriptor {

    private final int number;
    private final String citation;
    private final String title;
    private final int part;
    private final String partTitle;
    private final List<String> leads;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final List<InputDescriptor<?>> inputs;
    private final List<CalculatorDescriptor> calculators;
    private final List<EligibilityDescriptor> eligibilities;
    private final List<ComplianceDescriptor> complianceRules;
    private final List<BudgetDescriptor> budgets;
    private final List<TargetDescriptor> targets;

    /**
     * @param citation 如“第十四条”
     * @param part 所属部分的编号
     * @param leads 所属部分的牵头单位
     */
    public ClauseDescriptor(int number, String citation, String title, int part, String partTitle, List<String> leads,
            LocalDate validFrom, LocalDate validTo, List<InputDescriptor<?>> inputs, List<CalculatorDescriptor> calculators,
            List<EligibilityDescriptor> eligibilities, List<ComplianceDescriptor> complianceRules, List<BudgetDescriptor> budgets,
            List<TargetDescriptor> targets) {
        this.number = number;
        this.citation = citation;
        this.title = title;
        this.part = part;
        this.partTitle = partTitle;
        this.leads = List.copyOf(leads);
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.inputs = List.copyOf(inputs);
        this.calculators = List.copyOf(calculators);
        this.eligibilities = List.copyOf(eligibilities);
        this.complianceRules = List.copyOf(complianceRules);
        this.budgets = List.copyOf(budgets);
        this.targets = List.copyOf(targets);
    }

    /** 条款编号，如 14。 */
    public int number() {
        return number;
    }

    /** 如“第十四条”。 */
    public String citation() {
        return citation;
    }

    /** 条款标题。 */
    public String title() {
        return title;
    }

    /** 所属部分的编号，如 2。 */
    public int part() {
        return part;
    }

    /** 所属部分的标题，如“科技创新政策”。 */
    public String partTitle() {
        return partTitle;
    }

    /** 所属部分的牵头单位。 */
    public List<String> leads() {
        return leads;
    }

    /** 有效期起始日（含）。 */
    public LocalDate validFrom() {
        return validFrom;
    }

    /** 有效期截止日（含）。 */
    public LocalDate validTo() {
        return validTo;
    }

    /** 在这一天是否有效。 */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** 本条读取的全部输入（文件事实和条款输入），按声明的先后。 */
    public List<InputDescriptor<?>> inputs() {
        return inputs;
    }

    /** 计算器，按声明的先后。 */
    public List<CalculatorDescriptor> calculators() {
        return calculators;
    }

    /** 认定规则，按声明的先后。 */
    public List<EligibilityDescriptor> eligibilities() {
        return eligibilities;
    }

    /** 合规规则，按声明的先后。 */
    public List<ComplianceDescriptor> complianceRules() {
        return complianceRules;
    }

    /** 本条的预算。 */
    public List<BudgetDescriptor> budgets() {
        return budgets;
    }

    /** 本条的目标。 */
    public List<TargetDescriptor> targets() {
        return targets;
    }

    /** 如 第十四条 更大力度实施企业研发投入补助政策。 */
    @Override
    public String toString() {
        return citation + " " + title;
    }
}
