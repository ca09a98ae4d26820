package org.polc.model;

import java.util.Optional;
import org.polc.diagnostics.Span;

/**
 * 输入 名称：类型 — a fact about the applicant that the clause reads: declared in the clause, or a
 * document {@link Fact} the clause refers to by name.
 *
 * @param fact the document's declaration, when the input is one of the document's facts
 */
public record Input(String name, Type type, Span span, Optional<Fact> fact) {

    /** An input declared in its clause. */
    public Input(String name, Type type, Span span) {
        this(name, type, span, Optional.empty());
    }

    /** A clause's use of a document fact: declared where the fact is. */
    public static Input of(Fact fact) {
        return new Input(fact.name(), fact.type(), fact.span(), Optional.of(fact));
    }
}
