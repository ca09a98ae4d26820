package org.polc.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.Span;
import org.polc.vocabulary.ChineseNumerals;

/**
 * 条款 十四 …, checked: its inputs, definitions, calculators, 认定 rules, examples, budgets and
 * targets, each list in declaration order. Built once by the checker through {@link Builder};
 * immutable after.
 */
public final class Clause {

    private final int number;
    private final String title;
    private final String text;
    private final int part;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final Rounding rounding;
    private final List<Input> inputs;
    private final List<Definition> definitions;
    private final List<Calculator> calculators;
    private final List<Eligibility> eligibilities;
    private final List<ComplianceRule> complianceRules;
    private final List<Example> examples;
    private final List<Budget> budgets;
    private final List<Target> targets;
    private final Span span;
    private final boolean clean;
    private final Constants constants;
    private final List<Narrative> narratives;
    private final Coverage coverage;

    private Clause(Builder b) {
        this.number = b.number;
        this.title = b.title;
        this.text = b.text;
        this.part = b.part;
        this.validFrom = b.validFrom;
        this.validTo = b.validTo;
        this.rounding = b.rounding;
        this.inputs = List.copyOf(b.inputs);
        this.definitions = List.copyOf(b.definitions);
        this.calculators = List.copyOf(b.calculators);
        this.eligibilities = List.copyOf(b.eligibilities);
        this.complianceRules = List.copyOf(b.complianceRules);
        this.examples = List.copyOf(b.examples);
        this.budgets = List.copyOf(b.budgets);
        this.targets = List.copyOf(b.targets);
        this.span = b.span;
        this.clean = b.clean;
        this.constants = Constants.in(definitions, eligibilities, complianceRules, calculators);
        this.narratives = List.copyOf(b.narratives);
        this.coverage = Coverage.of(text, narratives, StatedNumbers.of(this));
    }

    public static Builder builder(int number, String title, Span span) {
        return new Builder(number, title, span);
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** The clause's 原文. */
    public String text() {
        return text;
    }

    /** The number of the Part that holds it. */
    public int part() {
        return part;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Rounding rounding() {
        return rounding;
    }

    public List<Input> inputs() {
        return inputs;
    }

    public List<Definition> definitions() {
        return definitions;
    }

    public List<Calculator> calculators() {
        return calculators;
    }

    public List<Eligibility> eligibilities() {
        return eligibilities;
    }

    public List<Example> examples() {
        return examples;
    }

    public List<Budget> budgets() {
        return budgets;
    }

    public List<Target> targets() {
        return targets;
    }

    public Span span() {
        return span;
    }

    /**
     * No errors in this clause and no syntax error repaired inside it: only then are its caps
     * proven and its examples run, because a guessed tree gives false alarms.
     */
    public boolean clean() {
        return clean;
    }

    /** The constants its definitions, rules and calculators mention, by kind. */
    public Constants constants() {
        return constants;
    }

    /** Its 叙述 marks: numbers of the 原文 that no construct computes, and why. */
    public List<Narrative> narratives() {
        return narratives;
    }

    /** Each number of its 原文, and what accounts for it: a construct, a 叙述 mark, or nothing. */
    public Coverage coverage() {
        return coverage;
    }

    /** 第十四条. */
    public String citation() {
        return "第" + ChineseNumerals.format(number) + "条";
    }

    public Optional<Input> input(String name) {
        return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public Optional<Definition> definition(String name) {
        return definitions.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The 合规 rules, in source order. */
    public List<ComplianceRule> complianceRules() {
        return complianceRules;
    }

    public Optional<ComplianceRule> complianceRule(String name) {
        return complianceRules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public Optional<Eligibility> eligibility(String name) {
        return eligibilities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<Calculator> calculator(String name) {
        return calculators.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return citation() + " " + title;
    }

    /** Collects a clause's parts while it is checked. */
    public static final class Builder {
        private final int number;
        private final String title;
        private final Span span;
        private String text = "";
        private int part;
        private LocalDate validFrom;
        private LocalDate validTo;
        private Rounding rounding = Rounding.HALF_UP;
        private final List<Input> inputs = new ArrayList<>();
        private final List<Definition> definitions = new ArrayList<>();
        private final List<Calculator> calculators = new ArrayList<>();
        private final List<Eligibility> eligibilities = new ArrayList<>();
        private final List<ComplianceRule> complianceRules = new ArrayList<>();
        private final List<Example> examples = new ArrayList<>();
        private final List<Budget> budgets = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();
        private final List<Narrative> narratives = new ArrayList<>();
        private boolean clean;

        private Builder(int number, String title, Span span) {
            this.number = number;
            this.title = title;
            this.span = span;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder part(int part) {
            this.part = part;
            return this;
        }

        public Builder validity(LocalDate from, LocalDate to) {
            this.validFrom = from;
            this.validTo = to;
            return this;
        }

        public Builder rounding(Rounding rounding) {
            this.rounding = rounding;
            return this;
        }

        public Builder inputs(List<Input> inputs) {
            this.inputs.addAll(inputs);
            return this;
        }

        public Builder definitions(List<Definition> definitions) {
            this.definitions.addAll(definitions);
            return this;
        }

        public Builder calculators(List<Calculator> calculators) {
            this.calculators.addAll(calculators);
            return this;
        }

        public Builder complianceRules(List<ComplianceRule> rules) {
            this.complianceRules.addAll(rules);
            return this;
        }

        public Builder eligibilities(List<Eligibility> eligibilities) {
            this.eligibilities.addAll(eligibilities);
            return this;
        }

        public Builder examples(List<Example> examples) {
            this.examples.addAll(examples);
            return this;
        }

        public Builder budgets(List<Budget> budgets) {
            this.budgets.addAll(budgets);
            return this;
        }

        public Builder targets(List<Target> targets) {
            this.targets.addAll(targets);
            return this;
        }

        public Builder narratives(List<Narrative> narratives) {
            this.narratives.addAll(narratives);
            return this;
        }

        public Builder clean(boolean clean) {
            this.clean = clean;
            return this;
        }

        public Clause build() {
            return new Clause(this);
        }
    }
}
