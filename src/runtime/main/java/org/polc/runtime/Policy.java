package org.polc.runtime;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 一份政策文件的全部描述：文件事实、各条款（及其计算器、认定和合规规则）、预算和目标。生成的入口类
 * （如 {@code Hangzhou2024}）构造它；门户据此列出一个企业可以申请什么，不必知道各条款类的名称。
 *
 * <p>A policy document's descriptors, built by the generated entry point ({@code Hangzhou2024}).
 */
public final class Policy {

    private final String id;
    private final String title;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final List<InputDescriptor<?>> facts;
    private final List<ClauseDescriptor> clauses;
    private final List<BudgetDescriptor> budgets;
    private final List<TargetDescriptor> targets;
    // Gathered once: a portal asks for them for every enterprise, and they never change.
    private final Map<Integer, ClauseDescriptor> byNumber;
    private final List<CalculatorDescriptor> calculators;
    private final List<EligibilityDescriptor> eligibilities;
    private final List<ComplianceDescriptor> complianceRules;

    /**
     * @param id 文件的标识（policies/ 下的文件夹名），如“hangzhou2024”
     * @param budgets 文件头和各部分的预算（各条的预算在条款描述中）
     * @param targets 文件头和各部分的目标（各条的目标在条款描述中）
     */
    public Policy(String id, String title, LocalDate validFrom, LocalDate validTo, List<InputDescriptor<?>> facts,
            List<ClauseDescriptor> clauses, List<BudgetDescriptor> budgets, List<TargetDescriptor> targets) {
        this.id = id;
        this.title = title;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.facts = List.copyOf(facts);
        this.clauses = List.copyOf(clauses);
        this.byNumber = new HashMap<>();
        this.clauses.forEach(c -> byNumber.putIfAbsent(c.number(), c));
        this.calculators = this.clauses.stream().flatMap(c -> c.calculators().stream()).toList();
        this.eligibilities = this.clauses.stream().flatMap(c -> c.eligibilities().stream()).toList();
        this.complianceRules = this.clauses.stream().flatMap(c -> c.complianceRules().stream()).toList();
        this.budgets = Stream.concat(budgets.stream(), this.clauses.stream().flatMap(c -> c.budgets().stream())).toList();
        this.targets = Stream.concat(targets.stream(), this.clauses.stream().flatMap(c -> c.targets().stream())).toList();
    }

    /** 文件的标识，如“hangzhou2024”。 */
    public String id() {
        return id;
    }

    /** 文件标题。 */
    public String title() {
        return title;
    }

    /** 有效期起始日（含）。 */
    public LocalDate validFrom() {
        return validFrom;
    }

    /** 有效期截止日（含）。 */
    public LocalDate validTo() {
        return validTo;
    }

    /** 文件声明的事实，按声明的先后。 */
    public List<InputDescriptor<?>> facts() {
        return facts;
    }

    /** 全部条款，按条款顺序。 */
    public List<ClauseDescriptor> clauses() {
        return clauses;
    }

    /** 第 {@code number} 条；没有这一条时为空。 */
    public Optional<ClauseDescriptor> clause(int number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** 全部计算器，按条款顺序。 */
    public List<CalculatorDescriptor> calculators() {
        return calculators;
    }

    /** 全部认定规则，按条款顺序。 */
    public List<EligibilityDescriptor> eligibilities() {
        return eligibilities;
    }

    /** 全部合规规则，按条款顺序。 */
    public List<ComplianceDescriptor> complianceRules() {
        return complianceRules;
    }

    /** 文件头、各部分和各条款的预算。 */
    public List<BudgetDescriptor> budgets() {
        return budgets;
    }

    /** 文件头、各部分和各条款的目标。 */
    public List<TargetDescriptor> targets() {
        return targets;
    }

    /**
     * 按一个申请人的事实，计算所读输入都已给出的每个计算器，按条款顺序；缺输入的计算器不在其中。
     *
     * @throws PolicyInputException 给出的输入为空或为负时
     */
    public Map<CalculatorDescriptor, Result> evaluate(Facts facts) {
        Map<CalculatorDescriptor, Result> results = new LinkedHashMap<>();
        for (CalculatorDescriptor calculator : calculators()) {
            if (calculator.canEvaluate(facts)) {
                results.put(calculator, calculator.evaluate(facts));
            }
        }
        return results;
    }

    @Override
    public String toString() {
        return "《" + title + "》";
    }
}
