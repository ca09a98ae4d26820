package org.polc.model;

import java.util.Optional;
import org.polc.diagnostics.Span;

/**
 * 输入 名称：类型 — a fact about the applicant that the clause reads: declared in the clause, or a
 * document {@link Fact} the clause refers to by name, or introduced by the compiler for a 一次性
 * calculator ({@link OneOff}).
 *
 * @param fact the document's declaration, when the input is one of the document's facts
 * @param oneOff the 一次性 calculator whose award the input says was already received, when the
 *     compiler introduced it ({@code 已获得省重点实验室奖励} for 省重点实验室奖励)
 */
public record Input(String name, Type type, Span span, Optional<Fact> fact, Optional<OneOff> oneOff) {

    /** An input declared in its clause. */
    public Input(String name, Type type, Span span) {
        this(name, type, span, Optional.empty(), Optional.empty());
    }

    public Input(String name, Type type, Span span, Optional<Fact> fact) {
        this(name, type, span, fact, Optional.empty());
    }

    /** A clause's use of a document fact: declared where the fact is. */
    public static Input of(Fact fact) {
        return new Input(fact.name(), fact.type(), fact.span(), Optional.of(fact));
    }

    /** The input the compiler introduces for a 一次性 calculator; its span is the 一次性 keyword. */
    public static Input of(OneOff oneOff, Span keyword) {
        return new Input(oneOff.inputName(), Type.BOOL, keyword, Optional.empty(), Optional.of(oneOff));
    }

    /** What the input means, for the catalog and the Javadoc: a fact's meaning, or what 一次性 introduced it for. */
    public Optional<String> meaning() {
        return fact.map(Fact::meaning).or(() -> oneOff.map(OneOff::meaning));
    }
}
