package org.polc.poltest;

import java.util.List;
import org.polc.diagnostics.Diagnostic;
import org.polc.diagnostics.Span;

/**
 * Writes the expectation block of a test file from what polc actually did: every diagnostic, then
 * the outcome of every 试算. The block is compared as text, so this rendering is the format; it is
 * documented in src/compiler/test/pol/README.md.
 */
final class Expectation {

    /** What {@code polc eval} did for one 试算 directive. */
    record EvalOutcome(String label, int exitCode, String out, String err) {}

    private Expectation() {}

    /**
     * @param diagnostics in the order of {@code Diagnostics.sorted()}
     * @param fileName the display name of the test file: its diagnostics are shown without it
     */
    static String render(List<Diagnostic> diagnostics, String fileName, List<EvalOutcome> evals) {
        StringBuilder b = new StringBuilder(PolFile.MARKER).append('\n');
        if (diagnostics.isEmpty()) {
            b.append("# 没有诊断\n");
        }
        for (Diagnostic d : diagnostics) {
            b.append("# ").append(d.severity().chinese()).append(' ').append(d.code()).append(' ')
                    .append(where(d.span(), fileName)).append(' ');
            continued(b, d.message());
            d.hint().ifPresent(hint -> {
                b.append("#   提示：");
                continued(b, hint);
            });
        }
        for (EvalOutcome e : evals) {
            b.append("#\n").append(e.label()).append('\n');
            b.append("#   退出码：").append(e.exitCode()).append('\n');
            verbatim(b, "标准输出", e.out());
            verbatim(b, "标准错误", e.err());
        }
        return b.toString();
    }

    /**
     * {@code 行:列} for a span of no width, {@code 行:首列-末列} otherwise (columns in characters, the
     * last one included), preceded by the file name when the span is not in the test file.
     */
    static String where(Span span, String fileName) {
        String file = span.source().displayName().equals(fileName) ? "" : span.source().displayName() + ":";
        String range = span.length() > 0 ? "-" + (span.column() + span.length() - 1) : "";
        return file + span.line() + ":" + span.column() + range;
    }

    /** The first line as it is; any further line (a message quoting several lines of source) after "#   | ". */
    private static void continued(StringBuilder b, String text) {
        String[] lines = text.split("\n", -1);
        b.append(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            b.append("#   |").append(lines[i].isEmpty() ? "" : " " + lines[i]).append('\n');
        }
    }

    /** Output kept exactly: every line after "#   | ", and a note when the last line has no line break. */
    private static void verbatim(StringBuilder b, String what, String text) {
        if (text.isEmpty()) {
            b.append("#   ").append(what).append("：（空）\n");
            return;
        }
        b.append("#   ").append(what).append("：\n");
        boolean complete = text.endsWith("\n");
        String[] lines = (complete ? text.substring(0, text.length() - 1) : text).split("\n", -1);
        for (String line : lines) {
            b.append("#   |").append(line.isEmpty() ? "" : " " + line).append('\n');
        }
        if (!complete) {
            b.append("#   （末尾没有换行）\n");
        }
    }
}
