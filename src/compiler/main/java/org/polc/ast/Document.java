package org.polc.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.polc.ast.Declarations.Budget;
import org.polc.ast.Declarations.Calculator;
import org.polc.ast.Declarations.Definition;
import org.polc.ast.Declarations.Eligibility;
import org.polc.ast.Declarations.Example;
import org.polc.ast.Declarations.Fact;
import org.polc.ast.Declarations.Input;
import org.polc.ast.Declarations.Narrative;
import org.polc.ast.Declarations.Rounding;
import org.polc.ast.Declarations.ComplianceRule;
import org.polc.ast.Declarations.Target;
import org.polc.ast.Declarations.Text;
import org.polc.ast.Declarations.Tolerance;
import org.polc.ast.Declarations.Validity;
import org.polc.diagnostics.Span;

/**
 * The tree of one {@code .pol} file: an optional policy header and the Parts it holds.
 *
 * @param syntaxErrors the numbers of the clauses in which the parser reported an error and repaired
 *     the tree (0 for an error outside any clause); such a clause is checked for names and types but
 *     not proven or run, since its tree is a guess
 */
public record Document(Optional<Header> header, List<Part> parts, Set<Integer> syntaxErrors) {

    public Document {
        parts = List.copyOf(parts);
        syntaxErrors = Set.copyOf(syntaxErrors);
    }

    /**
     * 政策 title, with the document-wide validity and rounding, and the facts every clause may read; its
     * {@code texts} are the 原文 of the closing section (one, once checked), {@code narratives} their 叙述 marks.
     */
    public record Header(Span span, String title, Optional<Validity> validity, Optional<Rounding> rounding,
            List<Text> texts, List<Budget> budgets, List<Target> targets, List<Fact> facts, List<Tolerance> tolerances,
            List<Narrative> narratives) {
        public Header {
            facts = List.copyOf(facts);
            texts = List.copyOf(texts);
            budgets = List.copyOf(budgets);
            targets = List.copyOf(targets);
            tolerances = List.copyOf(tolerances);
            narratives = List.copyOf(narratives);
        }

        public Header(Span span, String title, Optional<Validity> validity, Optional<Rounding> rounding,
                List<Text> texts, List<Budget> budgets, List<Target> targets, List<Fact> facts, List<Tolerance> tolerances) {
            this(span, title, validity, rounding, texts, budgets, targets, facts, tolerances, List.of());
        }

        public Header(Span span, String title, Optional<Validity> validity, Optional<Rounding> rounding,
                List<Text> texts, List<Budget> budgets, List<Target> targets, List<Fact> facts) {
            this(span, title, validity, rounding, texts, budgets, targets, facts, List.of());
        }
    }

    /** 部分 二 科技创新政策; {@code narratives} are the 叙述 marks of its preamble. */
    public record Part(Span span, int number, String title, List<String> leads, Optional<Text> text,
            List<Target> targets, List<Budget> budgets, List<Clause> clauses, List<Tolerance> tolerances,
            List<Narrative> narratives) {
        public Part {
            leads = List.copyOf(leads);
            targets = List.copyOf(targets);
            budgets = List.copyOf(budgets);
            clauses = List.copyOf(clauses);
            tolerances = List.copyOf(tolerances);
            narratives = List.copyOf(narratives);
        }

        /** A Part without 叙述 marks. */
        public Part(Span span, int number, String title, List<String> leads, Optional<Text> text,
                List<Target> targets, List<Budget> budgets, List<Clause> clauses, List<Tolerance> tolerances) {
            this(span, number, title, leads, text, targets, budgets, clauses, tolerances, List.of());
        }

        /** A Part without tolerances or 叙述 marks. */
        public Part(Span span, int number, String title, List<String> leads, Optional<Text> text,
                List<Target> targets, List<Budget> budgets, List<Clause> clauses) {
            this(span, number, title, leads, text, targets, budgets, clauses, List.of(), List.of());
        }
    }

    /** 条款 十四 更大力度实施企业研发投入补助政策, with its items by kind, each list in source order. */
    public record Clause(Span span, int number, String title, Optional<Text> text, Optional<Validity> validity,
            Optional<Rounding> rounding, List<Input> inputs, List<Definition> definitions,
            List<Calculator> calculators, List<Eligibility> eligibilities, List<ComplianceRule> complianceRules, List<Example> examples,
            List<Budget> budgets, List<Target> targets, List<Narrative> narratives) {
        public Clause {
            complianceRules = List.copyOf(complianceRules);
            inputs = List.copyOf(inputs);
            definitions = List.copyOf(definitions);
            calculators = List.copyOf(calculators);
            eligibilities = List.copyOf(eligibilities);
            examples = List.copyOf(examples);
            budgets = List.copyOf(budgets);
            targets = List.copyOf(targets);
            narratives = List.copyOf(narratives);
        }

        /** A clause without 叙述 marks. */
        public Clause(Span span, int number, String title, Optional<Text> text, Optional<Validity> validity,
                Optional<Rounding> rounding, List<Input> inputs, List<Definition> definitions,
                List<Calculator> calculators, List<Eligibility> eligibilities, List<ComplianceRule> complianceRules,
                List<Example> examples, List<Budget> budgets, List<Target> targets) {
            this(span, number, title, text, validity, rounding, inputs, definitions, calculators, eligibilities, complianceRules,
                    examples, budgets, targets, List.of());
        }

        public static Builder builder(Span span, int number, String title) {
            return new Builder(span, number, title);
        }

        /** Collects a clause's items as the parser meets them. */
        public static final class Builder {
            private final Span span;
            private final int number;
            private final String title;
            private Optional<Text> text = Optional.empty();
            private Optional<Validity> validity = Optional.empty();
            private Optional<Rounding> rounding = Optional.empty();
            private final List<Input> inputs = new ArrayList<>();
            private final List<Definition> definitions = new ArrayList<>();
            private final List<Calculator> calculators = new ArrayList<>();
            private final List<Eligibility> eligibilities = new ArrayList<>();
            private final List<ComplianceRule> complianceRules = new ArrayList<>();
            private final List<Example> examples = new ArrayList<>();
            private final List<Budget> budgets = new ArrayList<>();
            private final List<Target> targets = new ArrayList<>();
            private final List<Narrative> narratives = new ArrayList<>();

            private Builder(Span span, int number, String title) {
                this.span = span;
                this.number = number;
                this.title = title;
            }

            public Optional<Text> text() {
                return text;
            }

            public Optional<Validity> validity() {
                return validity;
            }

            public Optional<Rounding> rounding() {
                return rounding;
            }

            public Builder text(Text t) {
                text = Optional.of(t);
                return this;
            }

            public Builder validity(Validity v) {
                validity = Optional.of(v);
                return this;
            }

            public Builder rounding(Rounding r) {
                rounding = Optional.of(r);
                return this;
            }

            public Builder input(Input input) {
                inputs.add(input);
                return this;
            }

            public Builder definition(Definition definition) {
                definitions.add(definition);
                return this;
            }

            public Builder calculator(Calculator calculator) {
                calculators.add(calculator);
                return this;
            }

            public Builder eligibility(Eligibility eligibility) {
                eligibilities.add(eligibility);
                return this;
            }

            public Builder complianceRule(ComplianceRule rule) {
                complianceRules.add(rule);
                return this;
            }

            public Builder example(Example example) {
                examples.add(example);
                return this;
            }

            public Builder budget(Budget budget) {
                budgets.add(budget);
                return this;
            }

            public Builder target(Target target) {
                targets.add(target);
                return this;
            }

            public Builder narrative(Narrative narrative) {
                narratives.add(narrative);
                return this;
            }

            public Clause build() {
                return new Clause(span, number, title, text, validity, rounding, inputs, definitions, calculators, eligibilities,
                        complianceRules, examples, budgets, targets, narratives);
            }
        }
    }
}
