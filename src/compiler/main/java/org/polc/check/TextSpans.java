package org.polc.check;

import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.Span;

/**
 * Where a piece of a quoted 原文 stands in the .pol file, so that a diagnostic about one number of the
 * text points at that number, not at the whole clause. The text may run over several lines, and a
 * "…" string has \" and \\ escapes; “…” and 「…」 have none.
 */
final class TextSpans {

    private TextSpans() {}

    /**
     * @param quote the span of the quoted string (its opening quote)
     * @param text the string without its quotes, as the parser read it
     * @param from char index of the piece in {@code text}
     * @param to char index just after it; a piece that runs onto the next line is cut at the line's end
     */
    static Span of(Span quote, String text, int from, int to) {
        Walker w = new Walker(quote);
        for (int i = 0; i < from && i < text.length(); i++) {
            w.advance(text.charAt(i));
        }
        int line = w.line;
        int start = w.index;
        String startLine = w.lineText;
        for (int i = from; i < to && i < text.length() && w.line == line; i++) {
            w.advance(text.charAt(i));
        }
        int end = w.line == line ? w.index : startLine.length();
        int column = startLine.codePointCount(0, Math.min(start, startLine.length())) + 1;
        int length = Math.max(1, startLine.codePointCount(Math.min(start, startLine.length()), Math.min(end, startLine.length())));
        return new Span(quote.source(), line, column, length);
    }

    /** Walks the source beside the unquoted text, one character of the text at a time. */
    private static final class Walker {
        private final SourceFile source;
        private final boolean escapes;
        int line;
        String lineText;
        int index;

        Walker(Span quote) {
            source = quote.source();
            line = quote.line();
            lineText = source.line(line);
            int q = charIndex(lineText, quote.column());
            escapes = q < lineText.length() && lineText.charAt(q) == '"';
            index = q + 1;
        }

        void advance(char c) {
            if (c == '\n') {
                line++;
                lineText = source.line(line);
                index = 0;
            } else if (c != '\r') {
                index += escapes && index < lineText.length() && lineText.charAt(index) == '\\' ? 2 : 1;
            }
        }

        private static int charIndex(String line, int column) {
            int cps = line.codePointCount(0, line.length());
            return line.offsetByCodePoints(0, Math.min(Math.max(column - 1, 0), cps));
        }
    }
}
