package org.polc.check;

import java.util.List;
import java.util.Optional;
import org.polc.ast.Award;
import org.polc.ast.Condition;
import org.polc.ast.DepthLimit;
import org.polc.ast.Expr;

/**
 * How deeply a calculator's tree nests. Real clauses nest a handful of levels; a limit keeps a
 * pathological file (ten thousand brackets) from reaching code generation, where javac itself
 * would overflow its stack on the generated expression.
 */
final class Nesting implements Expr.Visitor<Integer>, Condition.Visitor<Integer>, Award.Visitor<Integer> {

    static final int LIMIT = DepthLimit.LEVELS;

    private static final Nesting DEPTH = new Nesting();

    private Nesting() {}

    /** Depth of a tree: 1 for a leaf, one more for each level of node around it. */
    static int depth(Expr e) {
        return e.accept(DEPTH);
    }

    static int depth(Condition c) {
        return c.accept(DEPTH);
    }

    static int depth(Award a) {
        return a.accept(DEPTH);
    }

    private static int deepest(List<? extends Expr> items) {
        return items.stream().mapToInt(Nesting::depth).max().orElse(0);
    }

    private static int optional(Optional<Expr> e) {
        return e.map(Nesting::depth).orElse(0);
    }

    public Integer visitLiteral(Expr.Literal literal) {
        return 1;
    }

    public Integer visitReference(Expr.Reference reference) {
        return 1;
    }

    public Integer visitNegate(Expr.Negate negate) {
        return depth(negate.operand()) + 1;
    }

    public Integer visitBinary(Expr.Binary binary) {
        return Math.max(depth(binary.left()), depth(binary.right())) + 1;
    }

    public Integer visitMinMax(Expr.MinMax minMax) {
        return deepest(minMax.arguments()) + 1;
    }

    public Integer visitChanged(Expr.Changed changed) {
        return 2;
    }

    public Integer visitDate(Expr.DateLiteral date) {
        return 1;
    }

    public Integer visitShare(Expr.Share share) {
        return Math.max(depth(share.part()), depth(share.whole())) + 1;
    }

    public Integer visitCompare(Condition.Compare compare) {
        return Math.max(depth(compare.left()), depth(compare.right())) + 1;
    }

    public Integer visitIsBoolean(Condition.IsBoolean is) {
        return depth(is.left()) + 1;
    }

    public Integer visitIs(Condition.Is is) {
        return Math.max(depth(is.left()), depth(is.right())) + 1;
    }

    public Integer visitBelongs(Condition.Belongs belongs) {
        return depth(belongs.left()) + 1;
    }

    public Integer visitTruth(Condition.Truth truth) {
        return depth(truth.value()) + 1;
    }

    public Integer visitNot(Condition.Not not) {
        return depth(not.operand()) + 1;
    }

    public Integer visitAnd(Condition.And and) {
        return Math.max(depth(and.left()), depth(and.right())) + 1;
    }

    public Integer visitOr(Condition.Or or) {
        return Math.max(depth(or.left()), depth(or.right())) + 1;
    }

    public Integer visitFixed(Award.Fixed fixed) {
        return Math.max(depth(fixed.amount()), optional(fixed.cap())) + 1;
    }

    public Integer visitCeiling(Award.Ceiling ceiling) {
        return Math.max(depth(ceiling.amount()), optional(ceiling.cap())) + 1;
    }

    public Integer visitNone(Award.None none) {
        return 1;
    }

    /**
     * Each 否则若 nests one level deeper in the generated explained method (its test is recorded
     * before the next is tried), so a long chain counts as deep nesting.
     */
    public Integer visitIf(Award.If chain) {
        int deepest = depth(chain.otherwise());
        for (Award.Branch b : chain.branches()) {
            // a branch is a level of its own around its condition and award
            deepest = Math.max(deepest, Math.max(depth(b.condition()), depth(b.award())) + 1);
        }
        return deepest + chain.branches().size();
    }

    public Integer visitTable(Award.Table table) {
        int deepest = depth(table.key());
        for (Award.Row r : table.rows()) {
            deepest = Math.max(deepest, depth(r.award()) + 1);
        }
        return deepest + 1;
    }

    public Integer visitPay(Award.Pay pay) {
        return Math.max(depth(pay.amount()), optional(pay.cap())) + 1;
    }

    public Integer visitFree(Award.Free free) {
        return 1;
    }

    public Integer visitSum(Award.Sum sum) {
        return sum.parts().stream().mapToInt(Nesting::depth).max().orElse(0) + 1;
    }
}
