package org.polc.diagnostics;

/**
 * Where a piece of source stands: file, 1-based line, 1-based column (in code points, as ANTLR
 * counts them), and its length in code points on that line. Every AST node carries one.
 */
public record Span(SourceFile source, int line, int column, int length) {

    public static Span unknown(SourceFile source) {
        return new Span(source, 1, 1, 0);
    }

    public String where() {
        return source.displayName() + ":" + line + ":" + column;
    }

    /** A span from the start of this one to the end of {@code other} (when both are on one line). */
    public Span to(Span other) {
        if (other.line != line || other.column < column) {
            return this;
        }
        return new Span(source, line, column, other.column + other.length - column);
    }
}
