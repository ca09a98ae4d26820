package org.polc.poltest;

import java.util.List;
import java.util.regex.Pattern;
import org.polc.diagnostics.Diagnostic;

/**
 * What must hold of every diagnostic whatever a file expects, so that a reset cannot write it into
 * an expectation: the message is Chinese and none of ANTLR's English leaks into it (as the former
 * DiagnosticsTest checked for each kind of diagnostic).
 */
final class Invariants {

    private static final Pattern ANTLR_ENGLISH =
            Pattern.compile("mismatched|expecting|extraneous|missing|no viable|token recognition|input '");

    private Invariants() {}

    static void check(List<Diagnostic> diagnostics, String name) {
        for (Diagnostic d : diagnostics) {
            boolean chinese = d.message().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            if (!chinese || ANTLR_ENGLISH.matcher(d.message()).find()) {
                throw new AssertionError(name + "：诊断信息应是中文，不夹带 ANTLR 的英文（a message is not Chinese or leaks English）："
                        + d.code() + " " + d.message());
            }
        }
    }
}
