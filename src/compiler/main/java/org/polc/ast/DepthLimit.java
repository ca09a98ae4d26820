package org.polc.ast;

/**
 * How deeply a tree may nest: the parser refuses brackets nested deeper, the checker a calculator,
 * definition or rule whose tree is deeper. Real clauses nest a handful of levels; far beyond this,
 * javac itself would overflow its stack on the generated code.
 */
public final class DepthLimit {

    /** Levels of nesting, counted as {@code check.Nesting} counts them. */
    public static final int LEVELS = 64;

    private DepthLimit() {}
}
