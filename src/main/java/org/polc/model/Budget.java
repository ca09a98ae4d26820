package org.polc.model;

import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.Span;

/**
 * 预算 名称 total 其中：items. Amounts are exact numbers of 元: a budget is a fact of the text, not a
 * payment, and may be larger than any one payment the runtime computes.
 */
public record Budget(String name, Rational total, String totalText, List<Item> items, Span span, Optional<Overlap> overlap) {

    public Budget {
        items = List.copyOf(items);
    }

    public Budget(String name, Rational total, String totalText, List<Item> items, Span span) {
        this(name, total, totalText, items, span, Optional.empty());
    }

    /**
     * 除交叉重叠部分外，各部分 “label” 共 N个: this total is over the budget labelled {@code partLabel} of
     * each of {@code parts} Parts, less their overlap ({@link PartBudgets}).
     */
    public record Overlap(String partLabel, int parts) {}

    public record Item(String name, Rational amount, String amountText) {}
}
