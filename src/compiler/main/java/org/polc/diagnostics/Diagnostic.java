package org.polc.diagnostics;

import java.util.Optional;

/**
 * One problem found in the policies, in words a drafter understands.
 *
 * @param code a stable identifier of the kind of problem (tests and tools match on it)
 * @param message the Chinese message, starting with the clause it concerns where there is one
 * @param hint an optional suggestion ("您是不是要写「新增额」？")
 */
public record Diagnostic(Severity severity, String code, Span span, String message, Optional<String> hint) {

    public static Diagnostic error(String code, Span span, String message) {
        return new Diagnostic(Severity.ERROR, code, span, message, Optional.empty());
    }

    public static Diagnostic error(String code, Span span, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, span, message, Optional.ofNullable(hint));
    }

    public static Diagnostic warning(String code, Span span, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, span, message, Optional.ofNullable(hint));
    }

    public static Diagnostic warning(String code, Span span, String message) {
        return new Diagnostic(Severity.WARNING, code, span, message, Optional.empty());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
