package org.polc.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One policy document after checking: what verification, the interpreter, code generation and the
 * catalog read. It holds no part of the syntax tree: text and positions are copied in.
 *
 * @param id the folder name under policies/, an ASCII Java identifier (hangzhou2024)
 * @param facts the facts declared once for the document (事实), in declaration order
 */
public record Program(String id, String title, LocalDate validFrom, LocalDate validTo, Rounding rounding,
        List<Budget> budgets, List<Target> targets, List<Fact> facts, List<Part> parts) {

    public Program {
        facts = List.copyOf(facts);
        budgets = List.copyOf(budgets);
        targets = List.copyOf(targets);
        parts = List.copyOf(parts);
    }

    public List<Clause> clauses() {
        return parts.stream().flatMap(p -> p.clauses().stream()).toList();
    }

    /** The clauses that read an input or document fact of this name, in document order. */
    public List<Clause> clausesReading(String name) {
        return clauses().stream().filter(c -> c.input(name).isPresent()).toList();
    }

    public Optional<Clause> clause(int number) {
        return clauses().stream().filter(c -> c.number() == number).findFirst();
    }
}
