package org.polc.model;

import java.util.List;
import org.polc.diagnostics.Span;
import org.polc.vocabulary.ChineseNumerals;

/**
 * 部分 二 科技创新政策: its lead departments, preamble, targets, budgets and clauses.
 *
 * @param narratives the 叙述 marks of its preamble
 */
public record Part(int number, String title, List<String> leads, String text, List<Target> targets, List<Budget> budgets,
        List<Clause> clauses, Span span, List<Narrative> narratives) {

    public Part {
        leads = List.copyOf(leads);
        targets = List.copyOf(targets);
        budgets = List.copyOf(budgets);
        clauses = List.copyOf(clauses);
        narratives = List.copyOf(narratives);
    }

    /** A Part without 叙述 marks. */
    public Part(int number, String title, List<String> leads, String text, List<Target> targets, List<Budget> budgets,
            List<Clause> clauses, Span span) {
        this(number, title, leads, text, targets, budgets, clauses, span, List.of());
    }

    /** Each number of its preamble, and what accounts for it: its own targets and budgets, a 叙述 mark, or nothing. */
    public Coverage coverage() {
        return Coverage.of(text, narratives, StatedNumbers.of(this));
    }

    /** 第二部分. */
    public String citation() {
        return "第" + ChineseNumerals.format(number) + "部分";
    }
}
