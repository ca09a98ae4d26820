package org.polc.runtime.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The steps of a {@link org.polc.runtime.Result} recorded by {@link Steps}, worded the first time they are
 * read: the generated explained method keeps each step as its values, and the Chinese text is made only
 * when {@code steps()} or {@code explanation()} is read, once (then kept). Unmodifiable; safe to read
 * from several threads (the words are made from values that never change, so a race makes the same list
 * twice and keeps one).
 *
 * <p>For generated code only; not API.
 */
public final class RecordedSteps extends AbstractList<String> implements RandomAccess {

    private final Supplier<List<String>> wording;
    private volatile List<String> words;

    /** @param wording makes the steps' words, none of them null; called at most once per thread that races */
    RecordedSteps(Supplier<List<String>> wording) {
        this.wording = wording;
    }

    private List<String> words() {
        List<String> w = words;
        if (w == null) {
            w = List.copyOf(wording.get());
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
