package org.polc.model;

import java.util.List;
import org.polc.diagnostics.Span;

/** 部分 二 科技创新政策: its lead departments, preamble, targets, budgets and clauses. */
public record Part(int number, String title, List<String> leads, String text, List<Target> targets, List<Budget> budgets,
        List<Clause> clauses, Span span) {

    public Part {
        leads = List.copyOf(leads);
        targets = List.copyOf(targets);
        budgets = List.copyOf(budgets);
        clauses = List.copyOf(clauses);
    }
}
