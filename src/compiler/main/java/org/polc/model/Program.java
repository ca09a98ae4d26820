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
        List<Budget> budgets, List<Target> targets, List<Fact> facts, List<Part> parts, String text, List<Narrative> narratives) {

    public Program {
        facts = List.copyOf(facts);
        budgets = List.copyOf(budgets);
        targets = List.copyOf(targets);
        parts = List.copyOf(parts);
        narratives = List.copyOf(narratives);
    }

    /** A document without a closing 原文. */
    public Program(String id, String title, LocalDate validFrom, LocalDate validTo, Rounding rounding,
            List<Budget> budgets, List<Target> targets, List<Fact> facts, List<Part> parts) {
        this(id, title, validFrom, validTo, rounding, budgets, targets, facts, parts, "", List.of());
    }

    /**
     * Each number of the header's 原文 (the closing section: the total, the validity, …) and what accounts
     * for it: the header's budgets and targets, its validity, a 叙述 mark, or nothing.
     */
    public Coverage coverage() {
        return Coverage.of(text, narratives, StatedNumbers.of(this));
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
