package org.polc.model;

import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.Span;

/**
 * 预算 名称 total 其中：items. Amounts are exact numbers of 元: a budget is a fact of the text, not a
 * payment, and may be larger than any one payment the runtime computes.
 *
 * <p>A budget the text states per year (省 2023—2025 年每年 5.5 亿元省级外资招引激励资金) has a {@link Period};
 * its {@code total} is then the sum over the period (3 × 5.5亿元 = 16.5亿元) and its items are each year's.
 *
 * @param totalText the total as written, or for a budget with a period the computed sum as the runtime shows it
 * @param source who provides the money when the text says so (由 省 安排), for the reader; the
 *     document total over the Parts selects budgets by label ({@link PartBudgets}), never by source
 */
public record Budget(String name, Rational total, String totalText, List<Item> items, Span span, Optional<Overlap> overlap,
        Optional<String> source, Optional<Period> period) {

    public Budget {
        items = List.copyOf(items);
    }

    public Budget(String name, Rational total, String totalText, List<Item> items, Span span, Optional<Overlap> overlap) {
        this(name, total, totalText, items, span, overlap, Optional.empty(), Optional.empty());
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

    /**
     * 2023—2025年 每年 5.5亿元: the same amount in each year from {@code from} to {@code to}, both included.
     *
     * @param perYear each year's amount in 元
     * @param perYearText it as written: 5.5亿元
     */
    public record Period(int from, int to, Rational perYear, String perYearText) {

        /** How many years: 2023 to 2025 is 3. */
        public int years() {
            return to - from + 1;
        }

        public boolean covers(int year) {
            return from <= year && year <= to;
        }

        /** 2023年至2025年. */
        public String text() {
            return from == to ? from + "年" : from + "年至" + to + "年";
        }
    }
}
