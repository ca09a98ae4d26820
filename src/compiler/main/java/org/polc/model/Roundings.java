package org.polc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operations of an expression or a condition that round money to the 分 — 金额 × 比例 and 金额 ÷ 常数,
 * each rounded once by the clause's rule — in the order they are computed (operands first): what an
 * explanation must account for when a product is not a whole number of 分. Constant arithmetic is
 * folded by the checker and never appears here.
 */
public final class Roundings extends ModelWalk {

    private final boolean skipShares;
    private final List<CheckedExpr.Arithmetic> found = new ArrayList<>();
    private int shares;

    private Roundings(boolean skipShares) {
        this.skipShares = skipShares;
    }

    /** The rounding operations of an amount, a cap or a definition. */
    public static List<CheckedExpr.Arithmetic> of(CheckedExpr e) {
        Roundings r = new Roundings(false);
        r.walk(e);
        return List.copyOf(r.found);
    }

    /**
     * The rounding operations of a condition, except those over a share: a condition's test may stop
     * before a share whose whole is zero (且, 或), and its explanation must not compute what the test
     * did not.
     */
    public static List<CheckedExpr.Arithmetic> of(CheckedCondition c) {
        Roundings r = new Roundings(true);
        r.walk(c);
        return List.copyOf(r.found);
    }

    /** The expression itself when its last operation rounds (新增额 × 5%): its value is that product. */
    public static Optional<CheckedExpr.Arithmetic> root(CheckedExpr e) {
        List<CheckedExpr.Arithmetic> all = of(e);
        return !all.isEmpty() && all.get(all.size() - 1) == e ? Optional.of(all.get(all.size() - 1)) : Optional.empty();
    }

    /** Whether an operation rounds: money times a rate (either side), or money divided by a constant. */
    public static boolean rounds(CheckedExpr.Arithmetic a) {
        boolean leftMoney = a.left().type() instanceof Type.Money;
        boolean rightMoney = a.right().type() instanceof Type.Money;
        return switch (a.operator()) {
            case MULTIPLY -> leftMoney && a.right().type() instanceof Type.Rate || rightMoney && a.left().type() instanceof Type.Rate;
            case DIVIDE -> leftMoney && !rightMoney;
            default -> false;
        };
    }

    /** The money operand of a rounding operation. */
    public static CheckedExpr money(CheckedExpr.Arithmetic a) {
        return a.left().type() instanceof Type.Money ? a.left() : a.right();
    }

    /** The rate operand of a rounding product, or the divisor of a quotient. */
    public static CheckedExpr factor(CheckedExpr.Arithmetic a) {
        return a.left().type() instanceof Type.Money ? a.right() : a.left();
    }

    @Override
    public Void visitShare(CheckedExpr.Share share) {
        shares++;
        return super.visitShare(share);
    }

    @Override
    public Void visitArithmetic(CheckedExpr.Arithmetic arithmetic) {
        int before = shares;
        super.visitArithmetic(arithmetic);
        if (rounds(arithmetic) && !(skipShares && shares > before)) {
            found.add(arithmetic);
        }
        return null;
    }
}
