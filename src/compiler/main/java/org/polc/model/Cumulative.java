package org.polc.model;

import java.util.Optional;

/**
 * 累计最高 cap，已获 received: a ceiling on what one applicant gets in total. The calculator yields at
 * most {@code cap − received}, and never less than zero; with 每年 the total is within one year (the
 * received amount is what was received in the same year).
 *
 * @param change the 由 … 提高至 … of the ceiling, when the text changed it
 * @param received what the applicant already received: an input or a definition, in money
 */
public record Cumulative(Amount cap, Optional<Change> change, CheckedExpr received) {

    /** The ceiling as shown: 500万元, or 500万元（由200万元提高至500万元）. */
    public String capText() {
        return change.map(Change::shown).orElse(cap.toString());
    }
}
