package org.polc.runtime.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.polc.runtime.Money;
import org.polc.runtime.ResultKind;

/**
 * The steps of a {@link org.polc.runtime.Result} recorded by {@link Steps}, worded the first time they are
 * read: the generated explained method keeps each step as entries of a log, and the Chinese text is made
 * only when {@code steps()} or {@code explanation()} is read, once (then kept). Unmodifiable; safe to read
 * from several threads (the words are made from values that never change, so a race makes the same list
 * twice and keeps one).
 *
 * <p>For generated code only; not API.
 */
public final class RecordedSteps extends AbstractList<String> implements RandomAccess {

    private final String clause;
    /** The recorder's log, shared with it: it only appends, so the first {@code size} entries never change. */
    private final Object[] log;
    private final int size;
    private final String calculator;
    private final ResultKind kind;
    private final Money amount;
    private volatile List<String> words;

    RecordedSteps(String clause, Object[] log, int size, String calculator, ResultKind kind, Money amount) {
        this.clause = clause;
        this.log = log;
        this.size = size;
        this.calculator = calculator;
        this.kind = kind;
        this.amount = amount;
    }

    private List<String> words() {
        List<String> w = words;
        if (w == null) {
            List<String> all = Steps.words(clause, log, size);
            // the conclusion, as the interpreter ends: 研发投入补助 最高可得 20万元
            all.add(kind.nothing() ? calculator + " " + kind.chinese() : calculator + " " + kind.chinese() + " " + amount);
            w = List.copyOf(all);
            words = w;
        }
        return w;
    }

    @Override
    public String get(int index) {
        return words().get(index);
    }

    @Override
    public int size() {
        return words().size();
    }

    @Override
    public boolean equals(Object o) {
        return words().equals(o instanceof RecordedSteps r ? r.words() : o);
    }

    @Override
    public int hashCode() {
        return words().hashCode();
    }
}
