package org.polc.diagnostics;

/**
 * Renders a diagnostic the way compilers people trust do it:
 * <pre>
 * policies/hangzhou2024/part2.pol:12:5: 错误：第十四条：金额不能与面积相加（300万元 + 5亩）
 *    12 |   定义 x = 300万元 + 5亩
 *       |            ^^^^^^^^^^^
 * </pre>
 * Chinese characters take two columns in a terminal, so the caret line counts display width.
 */
public final class DiagnosticRenderer {

    private DiagnosticRenderer() {}

    public static String render(Diagnostic d) {
        Span span = d.span();
        StringBuilder out = new StringBuilder();
        out.append(span.where()).append(": ").append(d.severity().chinese()).append("：").append(d.message()).append('\n');
        String line = span.source().line(span.line());
        if (!line.isEmpty()) {
            String number = String.valueOf(span.line());
            String gutter = " ".repeat(Math.max(0, 5 - number.length())) + number + " | ";
            String blank = " ".repeat(Math.max(0, 5 - number.length())) + " ".repeat(number.length()) + " | ";
            out.append(gutter).append(line).append('\n');
            int[] cps = line.codePoints().toArray();
            int start = Math.min(Math.max(span.column() - 1, 0), cps.length);
            int end = Math.min(start + Math.max(span.length(), 1), Math.max(cps.length, start + 1));
            StringBuilder caret = new StringBuilder(blank);
            for (int i = 0; i < start; i++) {
                caret.append(cps[i] == '\t' ? "\t" : " ".repeat(width(cps[i])));
            }
            for (int i = start; i < end; i++) {
                caret.append("^".repeat(i < cps.length ? width(cps[i]) : 1));
            }
            out.append(caret).append('\n');
        }
        d.hint().ifPresent(h -> out.append("      提示：").append(h).append('\n'));
        return out.toString();
    }

    /** Display width in a terminal: East Asian wide and full-width characters take two columns. */
    static int width(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (Character.isIdeographic(cp)
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61) {
            return 2;
        }
        return 1;
    }
}
