package org.polc.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polc.check.CheckedAward;
import org.polc.check.CheckedCondition;
import org.polc.check.CheckedExpr;
import org.polc.check.Program;
import org.polc.check.References;
import org.polc.check.Rational;
import org.polc.check.Type;
import org.polc.runtime.Explain;
import org.polc.runtime.Money;
import org.polc.runtime.PolicyArithmeticException;
import org.polc.runtime.Rate;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.runtime.Rounding;
import org.polc.runtime.Trace;

/**
 * Evaluates a checked clause on concrete inputs, with the runtime's exact arithmetic and wording,
 * so that {@code polc eval}, the examples and the generated Java agree to the 分 and to the word.
 *
 * <p>Input values: {@link Money} for 金额, {@link Rate} for 比例, {@link Long} for counts,
 * {@link Boolean} for 是否, {@link String} for a choice.
 */
public final class Interpreter {

    private final Program.Clause clause;
    private final Map<String, Object> inputs;
    private final Rounding rounding;
    private final Map<String, Object> cache = new HashMap<>();

    public Interpreter(Program.Clause clause, Map<String, Object> inputs) {
        this.clause = clause;
        this.inputs = inputs;
        this.rounding = switch (clause.rounding()) {
            case HALF_UP -> Rounding.HALF_UP;
            case DOWN -> Rounding.DOWN;
            case UP -> Rounding.UP;
        };
    }

    public Result calculate(Program.Calculator calculator) {
        Trace trace = new Trace(clause.citation());
        trace.step(Explain.basis(clause.citation()));
        prepare(calculator.body());
        Outcome outcome = award(calculator.body(), trace);
        return trace.result(calculator.name(), outcome.kind == ResultKind.NONE ? Money.ZERO : outcome.amount, outcome.kind);
    }

    /** Whether an 认定 rule holds, with its explanation step appended to {@code trace}. */
    public boolean eligible(Program.Eligibility eligibility, Trace trace) {
        prepare(eligibility.condition());
        boolean holds = test(eligibility.condition());
        trace.step(Explain.condition(eligibility.condition().source().text(), holds, values(eligibility.condition())));
        return holds;
    }

    /**
     * Computes the definitions and 认定 rules a body reads up front, in declaration order, as the
     * generated code does: an overflow in a definition then fails both the same way.
     */
    private void prepare(Object body) {
        java.util.Set<String> used = org.polc.check.Uses.of(body, clause);
        for (Program.Definition d : clause.definitions()) {
            if (used.contains(d.name())) {
                definition(d.name());
            }
        }
        for (Program.Eligibility e : clause.eligibilities()) {
            if (used.contains(e.name())) {
                eligibility(e.name());
            }
        }
    }

    private Object definition(String name) {
        Object cached = cache.get(name);
        if (cached == null) {
            cached = value(clause.definition(name).orElseThrow().expr());
            cache.put(name, cached);
        }
        return cached;
    }

    private Object eligibility(String name) {
        Object cached = cache.get(name);
        if (cached == null) {
            cached = test(clause.eligibility(name).orElseThrow().condition());
            cache.put(name, cached);
        }
        return cached;
    }

    private record Outcome(Money amount, ResultKind kind) {}

    private Outcome award(CheckedAward award, Trace trace) {
        if (award instanceof CheckedAward.Fixed f) {
            return leaf(f.amount(), f.cap(), ResultKind.FIXED, trace);
        } else if (award instanceof CheckedAward.Ceiling c) {
            return leaf(c.amount(), c.cap(), ResultKind.CEILING, trace);
        } else if (award instanceof CheckedAward.None n) {
            trace.step(Explain.none(n.reason().orElse(null)));
            return new Outcome(Money.ZERO, ResultKind.NONE);
        } else if (award instanceof CheckedAward.If i) {
            for (CheckedAward.Branch b : i.branches()) {
                boolean holds = test(b.condition());
                trace.step(Explain.condition(b.condition().source().text(), holds, values(b.condition())));
                if (holds) {
                    return award(b.award(), trace);
                }
            }
            return award(i.otherwise(), trace);
        } else if (award instanceof CheckedAward.Table t) {
            Object key = value(t.key());
            trace.step(Explain.row(t.key().source().text(), key));
            for (CheckedAward.Row row : t.rows()) {
                if (row.value().isEmpty() || row.value().get().equals(key)) {
                    return award(row.award(), trace);
                }
            }
            throw new IllegalStateException("table without a row for " + key);
        } else if (award instanceof CheckedAward.Sum s) {
            Money total = Money.ZERO;
            ResultKind kind = ResultKind.NONE;
            boolean first = true;
            for (CheckedAward part : s.parts()) {
                if (!first) {
                    trace.step(Explain.again());
                }
                first = false;
                Outcome o = award(part, trace);
                total = total.plus(o.amount);
                kind = ResultKind.combine(kind, o.kind);
            }
            return new Outcome(total, kind);
        }
        throw new IllegalStateException(award.toString());
    }

    private Outcome leaf(CheckedExpr amountExpr, java.util.Optional<CheckedExpr> capExpr, ResultKind kind, Trace trace) {
        Money amount = (Money) value(amountExpr);
        String text = amountExpr instanceof CheckedExpr.Constant ? null : amountExpr.source().text();
        trace.step(kind == ResultKind.FIXED ? Explain.give(text, amount) : Explain.upTo(text, amount));
        if (capExpr.isPresent()) {
            Money cap = (Money) value(capExpr.get());
            trace.step(Explain.cap(amount, cap));
            amount = amount.min(cap);
        }
        return new Outcome(amount, kind);
    }

    // ------------------------------------------------------------ conditions

    boolean test(CheckedCondition c) {
        if (c instanceof CheckedCondition.Compare cmp) {
            return cmp.op().holds(compare(value(cmp.left()), value(cmp.right())));
        } else if (c instanceof CheckedCondition.Truth t) {
            return (Boolean) value(t.value()) == t.expected();
        } else if (c instanceof CheckedCondition.OneOf o) {
            return o.values().contains((String) value(o.choice()));
        } else if (c instanceof CheckedCondition.Grade g) {
            List<String> grades = ((Type.Choice) g.choice().type()).values();
            // Grades are listed from the highest, so a smaller index is a higher grade.
            int actual = grades.indexOf((String) value(g.choice()));
            int wanted = grades.indexOf(g.value());
            return g.op().holds(Integer.compare(wanted, actual));
        } else if (c instanceof CheckedCondition.Not n) {
            return !test(n.operand());
        } else if (c instanceof CheckedCondition.And a) {
            return test(a.left()) && test(a.right());
        } else if (c instanceof CheckedCondition.Or o) {
            return test(o.left()) || test(o.right());
        }
        throw new IllegalStateException(c.toString());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    /** The values a condition reads directly, for its explanation: 新增额 400万元，经营规模 符合认定标准. */
    private String values(CheckedCondition c) {
        List<String> parts = new ArrayList<>();
        for (CheckedExpr ref : References.of(c)) {
            String name = References.name(ref);
            parts.add(Explain.value(name, display(ref, value(ref))));
        }
        return Explain.values(parts.toArray(String[]::new));
    }

    static Object display(CheckedExpr ref, Object value) {
        if (value instanceof Long n && ref.type() instanceof Type.Quantity q) {
            return n + q.unit();
        }
        return value;
    }

    // ------------------------------------------------------------ expressions

    Object value(CheckedExpr e) {
        if (e instanceof CheckedExpr.Constant k) {
            return constant(k.type(), k.value());
        } else if (e instanceof CheckedExpr.Input i) {
            Object v = inputs.get(i.name());
            if (v == null) {
                throw new IllegalArgumentException(clause.citation() + "：缺少输入「" + i.name() + "」");
            }
            return v;
        } else if (e instanceof CheckedExpr.Definition d) {
            return definition(d.name());
        } else if (e instanceof CheckedExpr.Eligibility el) {
            return eligibility(el.name());
        } else if (e instanceof CheckedExpr.ChoiceValue c) {
            return c.value();
        } else if (e instanceof CheckedExpr.Negate n) {
            Object v = value(n.operand());
            return v instanceof Money m ? m.negate() : Math.negateExact((Long) v);
        } else if (e instanceof CheckedExpr.Arithmetic a) {
            return arithmetic(a);
        } else if (e instanceof CheckedExpr.MinMax m) {
            Object best = null;
            for (CheckedExpr arg : m.arguments()) {
                Object v = value(arg);
                best = best == null || (m.max() ? compare(v, best) > 0 : compare(v, best) < 0) ? v : best;
            }
            return best;
        }
        throw new IllegalStateException(e.toString());
    }

    private Object arithmetic(CheckedExpr.Arithmetic a) {
        Object l = value(a.left());
        Object r = value(a.right());
        try {
            switch (a.operator()) {
                case ADD:
                    return l instanceof Money m ? m.plus((Money) r) : (Object) Math.addExact((Long) l, (Long) r);
                case SUBTRACT:
                    return l instanceof Money m ? m.minus((Money) r) : (Object) Math.subtractExact((Long) l, (Long) r);
                case MULTIPLY:
                    if (l instanceof Money m) {
                        return r instanceof Rate rate ? m.times(rate, rounding) : m.times((Long) r);
                    }
                    if (r instanceof Money m) {
                        return l instanceof Rate rate ? m.times(rate, rounding) : m.times((Long) l);
                    }
                    break;
                case DIVIDE:
                    if (l instanceof Money m && r instanceof Rate rate) {
                        return m.times(Rate.of(rate.denominator(), rate.numerator()), rounding);
                    }
                    break;
                default:
                    break;
            }
        } catch (ArithmeticException overflow) {
            throw overflow instanceof PolicyArithmeticException p ? p
                    : PolicyArithmeticException.overflow(clause.citation() + "「" + a.source().excerpt() + "」");
        }
        throw new IllegalStateException("unsupported arithmetic " + a.source().text());
    }

    /** A compile-time constant as a runtime value. */
    public static Object constant(Type type, Rational value) {
        if (type instanceof Type.Money) {
            return Money.ofFen(value.times(Rational.of(100)).numerator().longValueExact());
        }
        if (type instanceof Type.Quantity) {
            return value.numerator().divide(value.denominator()).longValueExact();
        }
        return rate(value);
    }

    public static Rate rate(Rational value) {
        BigInteger n = value.numerator();
        BigInteger d = value.denominator();
        if (n.bitLength() > 62 || d.bitLength() > 62) {
            throw new PolicyArithmeticException("比例 " + value + " 超出可计算的范围");
        }
        return Rate.of(n.longValueExact(), d.longValueExact());
    }
}
