package org.polc.check;

import java.util.Collection;
import java.util.Optional;
import org.polc.syntax.Award;
import org.polc.syntax.Condition;
import org.polc.syntax.Expr;

/**
 * How deeply a calculator's tree nests. Real clauses nest a handful of levels; a limit keeps a
 * pathological file (ten thousand brackets) from reaching code generation, where javac itself
 * would overflow its stack on the generated expression.
 */
final class Nesting {

    static final int LIMIT = org.polc.syntax.PolParsing.NESTING_LIMIT;

    private Nesting() {}

    /** Depth of an AST node: 1 for a leaf, walking the record components that hold sub-trees. */
    static int depth(Object node) {
        int max = 0;
        if (node instanceof Collection<?> || node instanceof Optional<?>) {
            for (Object item : Trees.open(node)) {
                max = Math.max(max, depth(item));
            }
            return max;
        }
        if (!(node instanceof Expr || node instanceof Condition || node instanceof Award || node instanceof Award.Branch
                || node instanceof Award.Row)) {
            return 0;
        }
        for (Object child : Trees.children((Record) node)) {
            max = Math.max(max, depth(child));
        }
        // Each 否则若 nests one level deeper in the generated explained method (its test is recorded
        // before the next is tried), so a long chain counts as deep nesting.
        return max + (node instanceof Award.If chain ? chain.branches().size() : 1);
    }
}
