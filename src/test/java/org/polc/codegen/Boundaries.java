package org.polc.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.polc.check.CheckedAward;
import org.polc.check.CheckedCondition;
import org.polc.check.CheckedExpr;
import org.polc.check.Program;
import org.polc.check.Rational;
import org.polc.check.Type;

/**
 * The values where a clause changes its mind: every money and count constant it mentions, one 分
 * (or one unit) either side, 0, and the values of its examples. Random inputs rarely hit
 * "exactly 200万元", so property tests add these explicitly.
 */
final class Boundaries {

    private Boundaries() {}

    /** Money boundaries in 分. */
    static List<Long> money(Program.Clause clause) {
        TreeSet<Long> fen = new TreeSet<>(List.of(0L, 1L, 100L, 1_000_000_000_000_00L));
        for (Rational c : constants(clause, Type.Money.class)) {
            long v = c.times(Rational.of(100)).numerator().longValueExact();
            for (long d : new long[] {-1, 0, 1}) {
                if (v + d >= 0) {
                    fen.add(v + d);
                }
            }
        }
        for (Program.Example e : clause.examples()) {
            e.bindings().values().forEach(v -> {
                if (v instanceof Rational r && r.denominator().equals(java.math.BigInteger.ONE) || v instanceof Rational r2 && r2.times(Rational.of(100)).isInteger()) {
                    Rational r = (Rational) v;
                    long f = r.times(Rational.of(100)).numerator().longValueExact();
                    if (f >= 0) {
                        fen.add(f);
                    }
                }
            });
        }
        return new ArrayList<>(fen);
    }

    /** Count boundaries. */
    static List<Long> counts(Program.Clause clause) {
        TreeSet<Long> values = new TreeSet<>(List.of(0L, 1L, 2L, 1_000_000L));
        for (Rational c : constants(clause, Type.Quantity.class)) {
            long v = c.numerator().divide(c.denominator()).longValueExact();
            for (long d : new long[] {-1, 0, 1}) {
                if (v + d >= 0) {
                    values.add(v + d);
                }
            }
        }
        return new ArrayList<>(values);
    }

    private static List<Rational> constants(Program.Clause clause, Class<? extends Type> type) {
        List<Rational> out = new ArrayList<>();
        clause.definitions().forEach(d -> walk(d.expr(), type, out));
        clause.eligibilities().forEach(e -> walk(e.condition(), type, out));
        clause.calculators().forEach(c -> walk(c.body(), type, out));
        return out;
    }

    private static void walk(Object node, Class<? extends Type> type, List<Rational> out) {
        if (node instanceof CheckedExpr.Constant k) {
            if (type.isInstance(k.type())) {
                out.add(k.value());
            }
        } else if (node instanceof CheckedExpr.Negate n) {
            walk(n.operand(), type, out);
        } else if (node instanceof CheckedExpr.Arithmetic a) {
            walk(a.left(), type, out);
            walk(a.right(), type, out);
        } else if (node instanceof CheckedExpr.MinMax m) {
            m.arguments().forEach(x -> walk(x, type, out));
        } else if (node instanceof CheckedCondition.Compare c) {
            walk(c.left(), type, out);
            walk(c.right(), type, out);
        } else if (node instanceof CheckedCondition.Not n) {
            walk(n.operand(), type, out);
        } else if (node instanceof CheckedCondition.And a) {
            walk(a.left(), type, out);
            walk(a.right(), type, out);
        } else if (node instanceof CheckedCondition.Or o) {
            walk(o.left(), type, out);
            walk(o.right(), type, out);
        } else if (node instanceof CheckedAward.Fixed f) {
            walk(f.amount(), type, out);
            f.cap().ifPresent(c -> walk(c, type, out));
        } else if (node instanceof CheckedAward.Ceiling c) {
            walk(c.amount(), type, out);
            c.cap().ifPresent(x -> walk(x, type, out));
        } else if (node instanceof CheckedAward.If i) {
            i.branches().forEach(b -> {
                walk(b.condition(), type, out);
                walk(b.award(), type, out);
            });
            walk(i.otherwise(), type, out);
        } else if (node instanceof CheckedAward.Table t) {
            t.rows().forEach(r -> walk(r.award(), type, out));
        } else if (node instanceof CheckedAward.Sum s) {
            s.parts().forEach(p -> walk(p, type, out));
        }
    }
}
