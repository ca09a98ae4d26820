package org.polc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.Span;

/**
 * One requirement of a {@link ComplianceRule}: {@code condition} must hold whenever {@code when} holds
 * (always, when it is empty). A {@code general} requirement is one the text softens with 一般
 * (容积率一般不低于2.5): missing it is 未达一般要求 — the text allows exceptions it does not list —
 * not 不合规.
 */
public record Requirement(Optional<CheckedCondition> when, CheckedCondition condition, boolean general, Span span) {

    /**
     * The operands the explanation shows one by one, so that it says <em>why</em>: for 甲 或 乙 (or a
     * chain of 或), each alternative; likewise for 且; otherwise the condition alone.
     */
    public List<CheckedCondition> parts() {
        // A chain of 且 has more than one operand only when the root is a 且; otherwise try 或.
        List<CheckedCondition> parts = flatten(true);
        return parts.size() > 1 ? parts : flatten(false);
    }

    private List<CheckedCondition> flatten(boolean and) {
        List<CheckedCondition> out = new ArrayList<>();
        condition.accept(new Flatten(out, and));
        return List.copyOf(out);
    }

    /** Collects the operands of a chain of one connective (且 when {@code and}, else 或), stopping at anything else. */
    private record Flatten(List<CheckedCondition> out, boolean and) implements CheckedCondition.Visitor<Void> {
        private Void leaf(CheckedCondition c) {
            out.add(c);
            return null;
        }

        public Void visitCompare(CheckedCondition.Compare c) {
            return leaf(c);
        }

        public Void visitTruth(CheckedCondition.Truth c) {
            return leaf(c);
        }

        public Void visitOneOf(CheckedCondition.OneOf c) {
            return leaf(c);
        }

        public Void visitGrade(CheckedCondition.Grade c) {
            return leaf(c);
        }

        public Void visitNot(CheckedCondition.Not c) {
            return leaf(c);
        }

        public Void visitAnd(CheckedCondition.And c) {
            if (!and) {
                return leaf(c);
            }
            c.left().accept(this);
            return c.right().accept(this);
        }

        public Void visitOr(CheckedCondition.Or c) {
            if (and) {
                return leaf(c);
            }
            c.left().accept(this);
            return c.right().accept(this);
        }
    }
}
