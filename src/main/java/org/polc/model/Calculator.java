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
 */
public record Calculator(String kind, String name, Optional<Frequency> frequency, Optional<Amount> cap,
        List<String> monotoneIn, CheckedAward body, Reads reads, Span span) {

    public Calculator {
        monotoneIn = List.copyOf(monotoneIn);
    }

    /** The clause inputs this calculator reads (through definitions and rules too), in declaration order. */
    public List<String> inputs() {
        return reads.inputs();
    }
}
