package org.polc.verify;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.polc.diagnostics.Diagnostics;
import org.polc.model.Amount;
import org.polc.model.Amounts;
import org.polc.model.Calculator;
import org.polc.model.CheckedAward;
import org.polc.model.CheckedCondition;
import org.polc.model.CheckedExpr;
import org.polc.model.Clause;
import org.polc.model.Cumulative;
import org.polc.model.Rational;
import org.polc.model.Rounding;
import org.polc.model.Type;
import org.polc.vocabulary.Comparison;

/**
 * Proves, by interval analysis over the input domains, that no input makes a calculator pay more
 * than its declared cap or less than zero. Inputs of money and counts range over [0, +∞); a branch
 * narrows the ranges by its condition and by the failed conditions before it (新增额 200万元 以上 ⇒
 * 新增额 ∈ [200万元, +∞)). The analysis is sound, not complete: a rejected program may be safe for a
 * reason the intervals cannot see, and the drafter then adds the clamp the text implies.
 */
final class CapProver {

    private final Clause clause;
    private final Diagnostics diagnostics;
    private final Rounding rounding;

    CapProver(Clause clause, Diagnostics diagnostics) {
        this.clause = clause;
        this.diagnostics = diagnostics;
        this.rounding = clause.rounding();
    }

    /** Proves every calculator of a clean clause. */
    static void run(Clause clause, Diagnostics diagnostics) {
        CapProver prover = new CapProver(clause, diagnostics);
        clause.calculators().forEach(prover::prove);
    }

    void prove(Calculator calculator) {
        Branches branches = new Branches(calculator);
        Interval total = branches.range(calculator.body(), new HashMap<>());
        if (calculator.cumulative().isPresent()) {
            // 累计最高 X 已获 R: the result is at most max(0, X − R), so a body without a bound of its own
            // is within X whenever R cannot be negative (an input of money never is).
            Cumulative cumulative = calculator.cumulative().get();
            Interval received = expr(cumulative.received(), new HashMap<>());
            Interval remaining = Interval.point(cumulative.cap().yuan()).minus(received).max(Interval.point(Rational.ZERO));
            total = total.min(remaining);
            if (!received.certainlyAtLeast(Rational.ZERO)) {
                diagnostics.error("cap.received", calculator.span(), clause.citation() + "：「" + calculator.name() + "」累计最高 "
                        + cumulative.capText() + "，但已获的「" + cumulative.received().origin().text() + "」在某些输入下为负数，余额可达 "
                        + Amounts.bound(remaining.hi()), "「已获」应是已获得的金额，不能为负：用金额输入，或核对这个定义");
                return;
            }
        }
        Optional<Rational> cap = branches.declared;
        if (cap.isPresent() && !total.certainlyAtMost(cap.get()) && !branches.reportedLeaf) {
            diagnostics.error("cap.exceeded", calculator.span(), clause.citation() + "：「" + calculator.name() + "」声明最高 "
                    + Amounts.yuan(cap.get()) + "，但各项合计可达 " + Amounts.bound(total.hi()),
                    "给合计加上限，或核对各项的最高额");
        }
        // Non-negativity needs no check here: every leaf is checked, and 不予, tables, 若 and 再给予
        // only choose among or add up leaves.
    }

    /** Ranges of definitions already computed under a given range map; cleared when that map narrows. */
    private final Map<Map<String, Interval>, Map<String, Interval>> definitionRanges = new IdentityHashMap<>();

    /** The range of one calculator's body, branch by branch, each leaf checked against the cap. */
    private final class Branches implements CheckedAward.Visitor<Interval> {
        private final Calculator calculator;
        /** The declared cap in 元, which every leaf and the whole must stay within. */
        final Optional<Rational> declared;
        private Map<String, Interval> env;
        boolean reportedLeaf;

        Branches(Calculator calculator) {
            this.calculator = calculator;
            this.declared = calculator.cap().map(Amount::yuan);
        }

        Interval range(CheckedAward award, Map<String, Interval> under) {
            Map<String, Interval> outer = env;
            env = under;
            try {
                return award.accept(this);
            } finally {
                env = outer;
            }
        }

        public Interval visitFixed(CheckedAward.Fixed f) {
            return leaf(f.amount(), f.cap(), f);
        }

        public Interval visitCeiling(CheckedAward.Ceiling c) {
            return leaf(c.amount(), c.cap(), c);
        }

        public Interval visitNone(CheckedAward.None none) {
            return Interval.point(Rational.ZERO);
        }

        public Interval visitIf(CheckedAward.If i) {
            Map<String, Interval> rest = new HashMap<>(env);
            Interval result = Interval.EMPTY;
            for (CheckedAward.Branch b : i.branches()) {
                Map<String, Interval> taken = new HashMap<>(rest);
                refine(b.condition(), true, taken);
                if (feasible(taken)) {
                    result = result.hull(range(b.award(), taken));
                }
                refine(b.condition(), false, rest);
            }
            if (feasible(rest)) {
                result = result.hull(range(i.otherwise(), rest));
            }
            return result;
        }

        public Interval visitTable(CheckedAward.Table t) {
            Interval result = Interval.EMPTY;
            for (CheckedAward.Row r : t.rows()) {
                result = result.hull(range(r.award(), env));
            }
            return result;
        }

        public Interval visitSum(CheckedAward.Sum s) {
            Interval result = Interval.point(Rational.ZERO);
            for (CheckedAward part : s.parts()) {
                result = result.plus(range(part, env));
            }
            return result;
        }

        private Interval leaf(CheckedExpr amount, Optional<CheckedExpr> cap, CheckedAward award) {
            Interval value = expr(amount, env);
            if (cap.isPresent()) {
                value = value.min(expr(cap.get(), env));
            }
            String text = award.span().source().line(award.span().line()).strip();
            // Under 累计最高 the whole is clamped, so a branch is checked only for being non-negative.
            if (declared.isPresent() && calculator.cumulative().isEmpty() && !value.certainlyAtMost(declared.get())) {
                reportedLeaf = true;
                diagnostics.error("cap.exceeded", award.span(), clause.citation() + "：「" + calculator.name() + "」声明最高 "
                        + Amounts.yuan(declared.get()) + "，但这一支可达 " + Amounts.bound(value.hi()) + "（" + text + "）",
                        "按原文加上「，最高 …」封顶，或核对条件");
            }
            if (!value.certainlyAtLeast(Rational.ZERO)) {
                reportedLeaf = true;
                diagnostics.error("cap.negative", award.span(), clause.citation() + "：「" + calculator.name()
                        + "」的这一支在某些输入下为负数（最低 " + (value.lo() == null ? "无下限" : Amounts.yuan(value.lo())) + "）（" + text + "）",
                        "金额不能为负：检查减法，或加条件排除，如「若 新增额 超过 0元 则 …」");
            }
            return value;
        }
    }

    Interval expr(CheckedExpr e, Map<String, Interval> env) {
        return e.accept(new Ranges(env));
    }

    /** The range of an expression under the ranges known for inputs and definitions. */
    private final class Ranges implements CheckedExpr.Visitor<Interval> {
        private final Map<String, Interval> env;

        Ranges(Map<String, Interval> env) {
            this.env = env;
        }

        public Interval visitConstant(CheckedExpr.Constant k) {
            return Interval.point(k.value());
        }

        public Interval visitInput(CheckedExpr.Input i) {
            Interval known = env.get(i.name());
            Interval domain = i.type() instanceof Type.Money || i.type() instanceof Type.Quantity || i.type() instanceof Type.Rate
                    ? Interval.NON_NEGATIVE : Interval.ALL;
            return known == null ? domain : known.intersect(domain);
        }

        public Interval visitDefinition(CheckedExpr.Definition d) {
            // Memoised per range map: a chain of definitions that each use the one before twice
            // would otherwise be re-evaluated exponentially often.
            Map<String, Interval> known = definitionRanges.computeIfAbsent(env, k -> new HashMap<>());
            Interval cached = known.get(d.name());
            if (cached == null) {
                Interval computed = clause.definition(d.name()).map(def -> def.expr().accept(this)).orElse(Interval.ALL);
                Interval narrowed = env.get(d.name());
                cached = narrowed == null ? computed : narrowed.intersect(computed);
                definitionRanges.computeIfAbsent(env, k -> new HashMap<>()).put(d.name(), cached);
            }
            return cached;
        }

        public Interval visitRule(CheckedExpr.Rule rule) {
            return Interval.ALL;
        }

        public Interval visitNegate(CheckedExpr.Negate n) {
            return n.operand().accept(this).negate();
        }

        public Interval visitArithmetic(CheckedExpr.Arithmetic a) {
            Interval l = a.left().accept(this);
            Interval r = a.right().accept(this);
            return switch (a.operator()) {
                case ADD -> l.plus(r);
                case SUBTRACT -> l.minus(r);
                case MULTIPLY -> a.type() instanceof Type.Money ? l.times(r).round(100, rounding) : l.times(r);
                case DIVIDE -> a.right().asConstant().filter(k -> k.value().signum() != 0)
                        .map(k -> l.times(Interval.point(Rational.ONE.dividedBy(k.value()))).round(100, rounding)).orElse(Interval.ALL);
            };
        }

        /** A share of two non-negative values is non-negative; how large it is the intervals do not follow. */
        public Interval visitShare(CheckedExpr.Share s) {
            boolean nonNegative = s.part().accept(this).certainlyAtLeast(Rational.ZERO) && s.whole().accept(this).certainlyAtLeast(Rational.ZERO);
            return nonNegative ? Interval.NON_NEGATIVE : Interval.ALL;
        }

        public Interval visitMinMax(CheckedExpr.MinMax m) {
            Interval result = null;
            for (CheckedExpr arg : m.arguments()) {
                Interval x = arg.accept(this);
                result = result == null ? x : m.max() ? result.max(x) : result.min(x);
            }
            return result;
        }
    }

    /** Narrows {@code env} by the condition holding (or failing). Only what is certain is narrowed. */
    private void refine(CheckedCondition c, boolean holds, Map<String, Interval> env) {
        c.accept(new CheckedCondition.Visitor<Void>() {
            public Void visitCompare(CheckedCondition.Compare cmp) {
                Comparison op = holds ? cmp.op() : cmp.op().negate();
                if (cmp.right().asConstant().isPresent()) {
                    narrow(cmp.left(), op, cmp.right().asConstant().get().value(), env);
                } else if (cmp.left().asConstant().isPresent()) {
                    narrow(cmp.right(), flip(op), cmp.left().asConstant().get().value(), env);
                }
                return null;
            }

            public Void visitNot(CheckedCondition.Not n) {
                refine(n.operand(), !holds, env);
                return null;
            }

            public Void visitAnd(CheckedCondition.And a) {
                if (holds) {
                    refine(a.left(), true, env);
                    refine(a.right(), true, env);
                }
                return null;
            }

            public Void visitOr(CheckedCondition.Or o) {
                if (!holds) {
                    refine(o.left(), false, env);
                    refine(o.right(), false, env);
                }
                return null;
            }

            // Choices, grades and 是否 values say nothing about amounts.
            public Void visitTruth(CheckedCondition.Truth truth) {
                return null;
            }

            public Void visitOneOf(CheckedCondition.OneOf oneOf) {
                return null;
            }

            public Void visitGrade(CheckedCondition.Grade grade) {
                return null;
            }
        });
    }

    private void narrow(CheckedExpr subject, Comparison op, Rational k, Map<String, Interval> env) {
        Optional<String> name = subject.referencedName();
        if (name.isEmpty()) {
            return;
        }
        // Money moves in steps of 1分 and counts in steps of 1, so "超过 k" means "at least k + step";
        // a measure (3000.5平方米) and a rate have no step, so "超过 k" keeps k, which is still sound.
        Rational step = subject.type() instanceof Type.Money ? Rational.of(BigInteger.ONE, BigInteger.valueOf(100))
                : subject.type() instanceof Type.Quantity q && q.isCount() ? Rational.ONE : Rational.ZERO;
        Interval bound = switch (op) {
            case GE -> new Interval(k, null);
            case GT -> new Interval(k.plus(step), null);
            case LE -> new Interval(null, k);
            case LT -> new Interval(null, k.minus(step));
            case EQ -> Interval.point(k);
            case NE -> Interval.ALL;
        };
        env.merge(name.get(), bound, Interval::intersect);
        definitionRanges.remove(env);
    }

    private static Comparison flip(Comparison op) {
        return switch (op) {
            case GE -> Comparison.LE;
            case LE -> Comparison.GE;
            case GT -> Comparison.LT;
            case LT -> Comparison.GT;
            default -> op;
        };
    }

    private boolean feasible(Map<String, Interval> env) {
        for (Map.Entry<String, Interval> entry : env.entrySet()) {
            if (entry.getValue().isEmpty()) {
                return false;
            }
            if (clause.input(entry.getKey()).isPresent() && entry.getValue().intersect(Interval.NON_NEGATIVE).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
