package org.polc.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a run: a drafter wants all of them at once, not the first. */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void error(String code, Span span, String message) {
        add(Diagnostic.error(code, span, message));
    }

    public void error(String code, Span span, String message, String hint) {
        add(Diagnostic.error(code, span, message, hint));
    }

    public void warning(String code, Span span, String message) {
        add(Diagnostic.warning(code, span, message));
    }

    public void warning(String code, Span span, String message, String hint) {
        add(Diagnostic.warning(code, span, message, hint));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    /** In source order: file, line, column; stable for equal positions. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.span().source().displayName())
                .thenComparingInt(d -> d.span().line())
                .thenComparingInt(d -> d.span().column()));
        return copy;
    }
}
