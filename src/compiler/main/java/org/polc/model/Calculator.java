package org.polc.model;

import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.Span;

/**
 * 补助/奖励/资助/配套/补贴/计算 名称: what the clause gives.
 *
 * @param kind the keyword as written (补助, 奖励 …)
 * @param cap the declared cap, when the text caps the calculator
 * @param monotoneIn inputs in which the drafter declares the result never decreases
 * @param capChange the 由 … 提高至 … of the declared cap, when the text changed it
 * @param cumulative 累计最高 … 已获 …, a ceiling on the total given what was already received
 */
public record Calculator(String kind, String name, Optional<Frequency> frequency, Optional<Amount> cap,
        List<String> monotoneIn, CheckedAward body, Reads reads, Span span, Optional<Change> capChange,
        Optional<Cumulative> cumulative) {

    /** The kind word of a calculator that yields what the applicant pays, not what it receives. */
    public static final String PAYMENT_KIND = "应缴";

    public Calculator {
        monotoneIn = List.copyOf(monotoneIn);
    }

    public Calculator(String kind, String name, Optional<Frequency> frequency, Optional<Amount> cap,
            List<String> monotoneIn, CheckedAward body, Reads reads, Span span) {
        this(kind, name, frequency, cap, monotoneIn, body, reads, span, Optional.empty(), Optional.empty());
    }

    /**
     * Whether this calculator yields what the applicant pays (应缴: a toll after its discount). Its
     * body is then 缴纳 (a {@link CheckedAward.Fixed} amount to pay) and 免费 (a {@link CheckedAward.None}:
     * nothing to pay); its 最高 is the most the applicant can be charged.
     */
    public boolean payment() {
        return PAYMENT_KIND.equals(kind);
    }

    /**
     * 一次性: the award is given once, and the compiler introduced the input {@link OneOff#inputName()}
     * for it. A payment (应缴) is never a one-off award (the checker refuses 一次性 there).
     */
    public Optional<OneOff> oneOff() {
        return frequency.filter(f -> f == Frequency.ONCE && !payment()).map(f -> new OneOff(kind, name));
    }

    /** The declared cap as shown: 500万元, or 500万元（由200万元提高至500万元）. */
    public Optional<String> capText() {
        return cap.map(c -> capChange.map(Change::shown).orElse(c.toString()));
    }

    /** The clause inputs this calculator reads (through definitions and rules too), in declaration order. */
    public List<String> inputs() {
        return reads.inputs();
    }
}
