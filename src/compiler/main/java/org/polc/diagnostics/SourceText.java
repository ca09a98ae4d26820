package org.polc.diagnostics;

/**
 * The source text of an AST node as explanations and messages quote it, runs of spaces and line
 * breaks folded to one space. It is read from the file only when asked for: every node of a chain
 * ten thousand terms long covers most of the chain, so copying each node's text while building the
 * tree would take time and memory quadratic in the chain's length.
 */
public final class SourceText {

    private final SourceFile file;
    private final int start;
    private final int stop;
    /** Folded text, computed on first use; a benign race at worst computes it twice. */
    private String text;

    private SourceText(SourceFile file, int start, int stop, String text) {
        this.file = file;
        this.start = start;
        this.stop = stop;
        this.text = text;
    }

    /** A text given as it is (literals, tests). */
    public static SourceText of(String text) {
        return new SourceText(null, 0, -1, text);
    }

    /**
     * Code points {@code start} to {@code stop} (inclusive) of {@code file}, as the lexer counts
     * them. The text stays in the file until it is read, so the tree holds no copy of it and no
     * part of the parser.
     */
    public static SourceText slice(SourceFile file, int start, int stop) {
        return new SourceText(file, start, stop, null);
    }

    /** The whole text, folded. */
    public String text() {
        String t = text;
        if (t == null) {
            t = fold(Integer.MAX_VALUE);
            text = t;
        }
        return t;
    }

    /**
     * At most {@code maxCodePoints} code points of the folded text, "…" marking a cut. Reads only
     * as much of the file as it shows, so quoting every node of a long chain stays linear.
     */
    public String excerpt(int maxCodePoints) {
        String t = text;
        if (t != null) {
            return t.codePointCount(0, t.length()) <= maxCodePoints ? t : t.substring(0, t.offsetByCodePoints(0, maxCodePoints)).stripTrailing() + "…";
        }
        return fold(maxCodePoints);
    }

    private String fold(int maxCodePoints) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        boolean space = false;
        // read in windows, so that an excerpt reads little more than it shows
        for (int from = start; from <= stop; from += WINDOW) {
            String raw = file.codePoints(from, Math.min(stop, from + WINDOW - 1));
            for (int k = 0; k < raw.length(); k += Character.charCount(raw.codePointAt(k))) {
                int c = raw.codePointAt(k);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000') {
                    space = shown > 0;
                    continue;
                }
                if (shown + (space ? 1 : 0) >= maxCodePoints) {
                    return sb.append('…').toString();
                }
                if (space) {
                    sb.append(' ');
                    shown++;
                    space = false;
                }
                sb.appendCodePoint(c);
                shown++;
            }
        }
        return sb.toString();
    }

    private static final int WINDOW = 256;

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceText other && text().equals(other.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
