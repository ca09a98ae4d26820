package org.polc.model;

import java.util.List;
import org.polc.diagnostics.Span;

/** 认定 名称：条件 — an eligibility rule (视同 …) that yields 是/否. */
public record Eligibility(String name, CheckedCondition condition, Reads reads, Span span) {

    /** The clause inputs this rule reads, in declaration order. */
    public List<String> inputs() {
        return reads.inputs();
    }
}
