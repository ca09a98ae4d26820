package org.polc.check;

import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.polc.diagnostics.Diagnostics;
import org.polc.syntax.Comparison;

/**
 * Proves, by interval analysis over the input domains, that no input makes a calculator pay more
 * than its declared cap or less than zero. Inputs of money and counts range over [0, +∞); a branch
 * narrows the ranges by its condition and by the failed conditions before it (新增额 200万元 以上 ⇒
 * 新增额 ∈ [200万元, +∞)). The analysis is sound, not complete: a rejected program may be safe for a
 * reason the intervals cannot see, and the drafter then adds the clamp the text implies.
 */
final class CapProver {

    private final Program.Clause clause;
    private final Diagnostics diagnostics;
    private final RoundingMode rounding;

    CapProver(Program.Clause clause, Diagnostics diagnostics) {
        this.clause = clause;
        this.diagnostics = diagnostics;
        this.rounding = ClauseChecker.roundingMode(clause.rounding());
    }

    void prove(Program.Calculator calculator) {
        reportedLeaf = false;
        Interval total = award(calculator.body(), new HashMap<>(), calculator);
        Optional<Rational> cap = calculator.cap();
        if (cap.isPresent() && !total.certainlyAtMost(cap.get()) && !reportedLeaf) {
            diagnostics.error("cap.exceeded", calculator.span(), clause.citation() + "：「" + calculator.name() + "」声明最高 "
                    + Amounts.yuan(cap.get()) + "，但各项合计可达 " + Amounts.bound(total.hi()),
                    "给合计加上限，或核对各项的最高额");
        }
        // Non-negativity needs no check here: every leaf is checked, and 不予, tables, 若 and 再给予
        // only choose among or add up leaves.
    }

    private boolean reportedLeaf;

    /** Ranges of definitions already computed under a given range map; cleared when that map narrows. */
    private final Map<Map<String, Interval>, Map<String, Interval>> definitionRanges = new java.util.IdentityHashMap<>();

    private Interval award(CheckedAward award, Map<String, Interval> env, Program.Calculator calculator) {
        if (award instanceof CheckedAward.Fixed f) {
            return leaf(f.amount(), f.cap(), env, calculator, award);
        } else if (award instanceof CheckedAward.Ceiling c) {
            return leaf(c.amount(), c.cap(), env, calculator, award);
        } else if (award instanceof CheckedAward.None) {
            return Interval.point(Rational.ZERO);
        } else if (award instanceof CheckedAward.If i) {
            Map<String, Interval> rest = new HashMap<>(env);
            Interval result = Interval.EMPTY;
            for (CheckedAward.Branch b : i.branches()) {
                Map<String, Interval> taken = new HashMap<>(rest);
                refine(b.condition(), true, taken);
                if (feasible(taken)) {
                    result = result.hull(award(b.award(), taken, calculator));
                }
                refine(b.condition(), false, rest);
            }
            if (feasible(rest)) {
                result = result.hull(award(i.otherwise(), rest, calculator));
            }
            return result;
        } else if (award instanceof CheckedAward.Table t) {
            Interval result = Interval.EMPTY;
            for (CheckedAward.Row r : t.rows()) {
                result = result.hull(award(r.award(), env, calculator));
            }
            return result;
        } else if (award instanceof CheckedAward.Sum s) {
            Interval result = Interval.point(Rational.ZERO);
            for (CheckedAward part : s.parts()) {
                result = result.plus(award(part, env, calculator));
            }
            return result;
        }
        throw new IllegalStateException(award.toString());
    }

    private Interval leaf(CheckedExpr amount, Optional<CheckedExpr> cap, Map<String, Interval> env,
            Program.Calculator calculator, CheckedAward award) {
        Interval value = expr(amount, env);
        if (cap.isPresent()) {
            value = value.min(expr(cap.get(), env));
        }
        Optional<Rational> declared = calculator.cap();
        String text = award.source().span().source().line(award.source().span().line()).strip();
        if (declared.isPresent() && !value.certainlyAtMost(declared.get())) {
            reportedLeaf = true;
            diagnostics.error("cap.exceeded", award.source().span(), clause.citation() + "：「" + calculator.name() + "」声明最高 "
                    + Amounts.yuan(declared.get()) + "，但这一支可达 " + Amounts.bound(value.hi()) + "（" + text + "）",
                    "按原文加上「，最高 …」封顶，或核对条件");
        }
        if (!value.certainlyAtLeast(Rational.ZERO)) {
            reportedLeaf = true;
            diagnostics.error("cap.negative", award.source().span(), clause.citation() + "：「" + calculator.name()
                    + "」的这一支在某些输入下为负数（最低 " + (value.lo() == null ? "无下限" : Amounts.yuan(value.lo())) + "）（" + text + "）",
                    "金额不能为负：检查减法，或加条件排除，如「若 新增额 超过 0元 则 …」");
        }
        return value;
    }

    Interval expr(CheckedExpr e, Map<String, Interval> env) {
        if (e instanceof CheckedExpr.Constant k) {
            return Interval.point(k.value());
        } else if (e instanceof CheckedExpr.Input i) {
            Interval known = env.get(i.name());
            Interval domain = i.type() instanceof Type.Money || i.type() instanceof Type.Quantity || i.type() instanceof Type.Rate
                    ? Interval.NON_NEGATIVE : Interval.ALL;
            return known == null ? domain : known.intersect(domain);
        } else if (e instanceof CheckedExpr.Definition d) {
            // Memoised per range map: a chain of definitions that each use the one before twice
            // would otherwise be re-evaluated exponentially often.
            Map<String, Interval> known = definitionRanges.computeIfAbsent(env, k -> new HashMap<>());
            Interval cached = known.get(d.name());
            if (cached == null) {
                Interval computed = clause.definition(d.name()).map(def -> expr(def.expr(), env)).orElse(Interval.ALL);
                Interval narrowed = env.get(d.name());
                cached = narrowed == null ? computed : narrowed.intersect(computed);
                definitionRanges.computeIfAbsent(env, k -> new HashMap<>()).put(d.name(), cached);
            }
            return cached;
        } else if (e instanceof CheckedExpr.Negate n) {
            return expr(n.operand(), env).negate();
        } else if (e instanceof CheckedExpr.Arithmetic a) {
            Interval l = expr(a.left(), env);
            Interval r = expr(a.right(), env);
            return switch (a.operator()) {
                case ADD -> l.plus(r);
                case SUBTRACT -> l.minus(r);
                case MULTIPLY -> a.type() instanceof Type.Money ? l.times(r).round(100, rounding) : l.times(r);
                case DIVIDE -> a.right() instanceof CheckedExpr.Constant k && k.value().signum() != 0
                        ? l.times(Interval.point(Rational.ONE.dividedBy(k.value()))).round(100, rounding) : Interval.ALL;
            };
        } else if (e instanceof CheckedExpr.MinMax m) {
            Interval result = null;
            for (CheckedExpr arg : m.arguments()) {
                Interval x = expr(arg, env);
                result = result == null ? x : m.max() ? result.max(x) : result.min(x);
            }
            return result;
        }
        return Interval.ALL;
    }

    /** Narrows {@code env} by the condition holding (or failing). Only what is certain is narrowed. */
    private void refine(CheckedCondition c, boolean holds, Map<String, Interval> env) {
        if (c instanceof CheckedCondition.Compare cmp) {
            Comparison op = holds ? cmp.op() : cmp.op().negate();
            if (cmp.right() instanceof CheckedExpr.Constant k) {
                narrow(cmp.left(), op, k.value(), env);
            } else if (cmp.left() instanceof CheckedExpr.Constant k) {
                narrow(cmp.right(), flip(op), k.value(), env);
            }
        } else if (c instanceof CheckedCondition.Not n) {
            refine(n.operand(), !holds, env);
        } else if (c instanceof CheckedCondition.And a && holds) {
            refine(a.left(), true, env);
            refine(a.right(), true, env);
        } else if (c instanceof CheckedCondition.Or o && !holds) {
            refine(o.left(), false, env);
            refine(o.right(), false, env);
        }
    }

    private void narrow(CheckedExpr subject, Comparison op, Rational k, Map<String, Interval> env) {
        String name;
        if (subject instanceof CheckedExpr.Input i) {
            name = i.name();
        } else if (subject instanceof CheckedExpr.Definition d) {
            name = d.name();
        } else {
            return;
        }
        // Money moves in steps of 1分 and counts in steps of 1, so "超过 k" means "at least k + step".
        Rational step = subject.type() instanceof Type.Money ? Rational.of(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(100))
                : subject.type() instanceof Type.Quantity ? Rational.ONE : Rational.ZERO;
        Interval bound = switch (op) {
            case GE -> new Interval(k, null);
            case GT -> new Interval(k.plus(step), null);
            case LE -> new Interval(null, k);
            case LT -> new Interval(null, k.minus(step));
            case EQ -> Interval.point(k);
            case NE -> Interval.ALL;
        };
        env.merge(name, bound, Interval::intersect);
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
            Optional<Program.Input> input = clause.input(entry.getKey());
            if (input.isPresent() && entry.getValue().intersect(Interval.NON_NEGATIVE).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
