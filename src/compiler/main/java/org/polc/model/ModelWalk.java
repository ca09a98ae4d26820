package org.polc.model;

/**
 * Visits every node of a checked tree, children in source order. A pass that cares about a few
 * kinds of node extends this and overrides those; {@link #enter} sees every node, branches and
 * table rows included. Only this class lists the children of each kind, so a new kind of node is
 * added here once and every walk follows it.
 */
public abstract class ModelWalk implements CheckedExpr.Visitor<Void>, CheckedCondition.Visitor<Void>, CheckedAward.Visitor<Void> {

    /** Called for every node before its children. */
    protected void enter(Object node) {}

    public final void walk(CheckedExpr e) {
        enter(e);
        e.accept(this);
    }

    public final void walk(CheckedCondition c) {
        enter(c);
        c.accept(this);
    }

    public final void walk(CheckedAward a) {
        enter(a);
        a.accept(this);
    }

    @Override
    public Void visitConstant(CheckedExpr.Constant constant) {
        return null;
    }

    @Override
    public Void visitInput(CheckedExpr.Input input) {
        return null;
    }

    @Override
    public Void visitDefinition(CheckedExpr.Definition definition) {
        return null;
    }

    @Override
    public Void visitRule(CheckedExpr.Rule rule) {
        return null;
    }

    @Override
    public Void visitNegate(CheckedExpr.Negate negate) {
        walk(negate.operand());
        return null;
    }

    @Override
    public Void visitArithmetic(CheckedExpr.Arithmetic arithmetic) {
        walk(arithmetic.left());
        walk(arithmetic.right());
        return null;
    }

    @Override
    public Void visitMinMax(CheckedExpr.MinMax minMax) {
        minMax.arguments().forEach(this::walk);
        return null;
    }

    @Override
    public Void visitShare(CheckedExpr.Share share) {
        walk(share.part());
        walk(share.whole());
        return null;
    }

    @Override
    public Void visitCompare(CheckedCondition.Compare compare) {
        walk(compare.left());
        walk(compare.right());
        return null;
    }

    @Override
    public Void visitTruth(CheckedCondition.Truth truth) {
        walk(truth.value());
        return null;
    }

    @Override
    public Void visitOneOf(CheckedCondition.OneOf oneOf) {
        walk(oneOf.choice());
        return null;
    }

    @Override
    public Void visitGrade(CheckedCondition.Grade grade) {
        walk(grade.choice());
        return null;
    }

    @Override
    public Void visitNot(CheckedCondition.Not not) {
        walk(not.operand());
        return null;
    }

    @Override
    public Void visitAnd(CheckedCondition.And and) {
        walk(and.left());
        walk(and.right());
        return null;
    }

    @Override
    public Void visitOr(CheckedCondition.Or or) {
        walk(or.left());
        walk(or.right());
        return null;
    }

    @Override
    public Void visitFixed(CheckedAward.Fixed fixed) {
        walk(fixed.amount());
        fixed.cap().ifPresent(this::walk);
        return null;
    }

    @Override
    public Void visitCeiling(CheckedAward.Ceiling ceiling) {
        walk(ceiling.amount());
        ceiling.cap().ifPresent(this::walk);
        return null;
    }

    @Override
    public Void visitNone(CheckedAward.None none) {
        return null;
    }

    @Override
    public Void visitIf(CheckedAward.If chain) {
        for (CheckedAward.Branch b : chain.branches()) {
            enter(b);
            walk(b.condition());
            walk(b.award());
        }
        walk(chain.otherwise());
        return null;
    }

    @Override
    public Void visitTable(CheckedAward.Table table) {
        walk(table.key());
        for (CheckedAward.Row r : table.rows()) {
            enter(r);
            walk(r.award());
        }
        return null;
    }

    @Override
    public Void visitSum(CheckedAward.Sum sum) {
        sum.parts().forEach(this::walk);
        return null;
    }
}
