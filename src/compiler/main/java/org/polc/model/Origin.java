package org.polc.model;

import org.polc.diagnostics.SourceText;
import org.polc.diagnostics.Span;

/**
 * Where a checked node came from: its position, for diagnostics, and its words, which explanations
 * quote ("新增额 × 5%"). The words stay in the source file until they are read.
 */
public record Origin(Span span, SourceText source) {

    /** The words as the drafter wrote them, runs of spaces folded. */
    public String text() {
        return source.text();
    }

    /** At most 80 characters of the words, as an overflow message quotes them. */
    public String excerpt() {
        return source.excerpt(80);
    }
}
