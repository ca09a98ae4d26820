package org.polc.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One policy document after checking: what verification, the interpreter, code generation and the
 * catalog read. It holds no part of the syntax tree: text and positions are copied in.
 *
 * @param id the folder name under policies/, an ASCII Java identifier (hangzhou2024)
 */
public record Program(String id, String title, LocalDate validFrom, LocalDate validTo, Rounding rounding,
        List<Budget> budgets, List<Target> targets, List<Part> parts) {

    public Program {
        budgets = List.copyOf(budgets);
        targets = List.copyOf(targets);
        parts = List.copyOf(parts);
    }

    public List<Clause> clauses() {
        return parts.stream().flatMap(p -> p.clauses().stream()).toList();
    }

    public Optional<Clause> clause(int number) {
        return clauses().stream().filter(c -> c.number() == number).findFirst();
    }
}
