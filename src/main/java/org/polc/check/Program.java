package org.polc.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polc.diagnostics.Span;
import org.polc.syntax.Comparison;
import org.polc.syntax.Declarations.Frequency;
import org.polc.syntax.Declarations.RoundingRule;

/**
 * One policy document after checking: what code generation, the interpreter and the catalog read.
 *
 * @param id the folder name under policies/, an ASCII Java identifier (hangzhou2024)
 */
public record Program(String id, String title, LocalDate validFrom, LocalDate validTo, RoundingRule rounding,
        List<Budget> budgets, List<Target> targets, List<Part> parts) {

    public List<Clause> clauses() {
        return parts.stream().flatMap(p -> p.clauses().stream()).toList();
    }

    public Optional<Clause> clause(int number) {
        return clauses().stream().filter(c -> c.number() == number).findFirst();
    }

    public record Part(int number, String title, List<String> leads, String text, List<Target> targets,
            List<Budget> budgets, List<Clause> clauses, Span span) {}

    /**
     * @param clean no errors in this clause and no syntax error repaired inside it: only then are its
     *     caps proven and its examples run, because a guessed tree gives false alarms
     */
    public record Clause(int number, String title, String text, int part, LocalDate validFrom, LocalDate validTo,
            RoundingRule rounding, List<Input> inputs, List<Definition> definitions, List<Calculator> calculators,
            List<Eligibility> eligibilities, List<Example> examples, List<Budget> budgets, List<Target> targets, Span span,
            boolean clean) {

        /** 第十四条. */
        public String citation() {
            return "第" + org.polc.syntax.ChineseNumerals.format(number) + "条";
        }

        public Optional<Input> input(String name) {
            return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
        }

        public Optional<Definition> definition(String name) {
            return definitions.stream().filter(d -> d.name().equals(name)).findFirst();
        }

        public Optional<Eligibility> eligibility(String name) {
            return eligibilities.stream().filter(e -> e.name().equals(name)).findFirst();
        }

        public Optional<Calculator> calculator(String name) {
            return calculators.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    public record Input(String name, Type type, Span span) {}

    public record Definition(String name, CheckedExpr expr, Span span) {}

    /**
     * @param cap the declared cap in 元, when the text caps the calculator
     * @param inputs the clause inputs this calculator reads (through definitions too), in declaration order
     */
    public record Calculator(String kind, String name, Optional<Frequency> frequency, Optional<Rational> cap,
            List<String> monotoneIn, CheckedAward body, List<String> inputs, Span span) {}

    public record Eligibility(String name, CheckedCondition condition, List<String> inputs, Span span) {}

    /**
     * @param bindings input name → value: Money amounts in 元 as Rational, Boolean, choice String, Long counts
     */
    public record Example(String title, Map<String, Object> bindings, List<Expectation> expectations, Span span) {}

    /** @param amount in 元 for calculators; for 认定 rules {@code truth} is used instead */
    public record Expectation(String name, org.polc.syntax.Declarations.ExpectKind kind, Optional<Rational> amount,
            Optional<Boolean> truth, Span span) {}

    public record Budget(String name, Rational total, String totalText, List<BudgetItem> items, Span span) {}

    public record BudgetItem(String name, Rational amount, String amountText) {}

    public record Target(Optional<Integer> year, Optional<String> strength, String indicator, Optional<Comparison> comparison,
            String comparisonWords, Optional<Rational> value, Optional<String> valueText, Optional<String> unit,
            Optional<String> otherIndicator, Span span) {}
}
