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
        List<CheckedCondition> parts = new ArrayList<>();
        condition.accept(new Flatten(parts, condition));
        return parts.size() == 1 ? List.of(condition) : List.copyOf(parts);
    }

    /** Collects the operands of a chain of one connective (the root's), stopping at anything else. */
    private record Flatten(List<CheckedCondition> out, CheckedCondition root) implements CheckedCondition.Visitor<Void> {
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
            if (!root.accept(IS_AND)) {
                return leaf(c);
            }
            c.left().accept(this);
            return c.right().accept(this);
        }

        public Void visitOr(CheckedCondition.Or c) {
            if (root.accept(IS_AND)) {
                return leaf(c);
            }
            c.left().accept(this);
            return c.right().accept(this);
        }
    }

    /** Whether a condition is a 且 (true), or anything else (false). */
    private static final CheckedCondition.Visitor<Boolean> IS_AND = new CheckedCondition.Visitor<>() {
        public Boolean visitCompare(CheckedCondition.Compare c) {
            return false;
        }

        public Boolean visitTruth(CheckedCondition.Truth c) {
            return false;
        }

        public Boolean visitOneOf(CheckedCondition.OneOf c) {
            return false;
        }

        public Boolean visitGrade(CheckedCondition.Grade c) {
            return false;
        }

        public Boolean visitNot(CheckedCondition.Not c) {
            return false;
        }

        public Boolean visitAnd(CheckedCondition.And c) {
            return true;
        }

        public Boolean visitOr(CheckedCondition.Or c) {
            return false;
        }
    };
}
