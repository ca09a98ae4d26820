package org.polc.check;

import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.Span;

/**
 * The clause being checked and the diagnostics it reports into: every message starts with the
 * clause it concerns (第十四条：…).
 */
record Where(String clause, Diagnostics diagnostics) {

    void error(String code, Span span, String message) {
        diagnostics.error(code, span, clause + "：" + message);
    }

    void error(String code, Span span, String message, String hint) {
        diagnostics.error(code, span, clause + "：" + message, hint);
    }

    void warning(String code, Span span, String message) {
        diagnostics.warning(code, span, clause + "：" + message);
    }
}
