package org.polc.model;

import java.util.List;
import org.polc.diagnostics.Span;

/**
 * 预算 名称 total 其中：items. Amounts are exact numbers of 元: a budget is a fact of the text, not a
 * payment, and may be larger than any one payment the runtime computes.
 */
public record Budget(String name, Rational total, String totalText, List<Item> items, Span span) {

    public Budget {
        items = List.copyOf(items);
    }

    public record Item(String name, Rational amount, String amountText) {}
}
