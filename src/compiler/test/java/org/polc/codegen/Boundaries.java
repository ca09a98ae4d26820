package org.polc.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.polc.model.Clause;
import org.polc.model.Constants;
import org.polc.model.Example;
import org.polc.model.Rational;
import org.polc.model.RuntimeValues;
import org.polc.model.Type;
import org.polc.runtime.Quantity;

/**
 * The values where a clause changes its mind: every money and count constant it mentions, one 分
 * (or one unit) either side, 0, and the values of its examples. Random inputs rarely hit
 * "exactly 200万元", so property tests add these explicitly.
 */
final class Boundaries {

    private Boundaries() {}

    /** Money boundaries in 分. */
    static List<Long> money(Clause clause) {
        TreeSet<Long> fen = new TreeSet<>(List.of(0L, 1L, 100L, 1_000_000_000_000_00L));
        for (Rational c : constants(clause, Type.Money.class)) {
            long v = c.times(Rational.of(100)).numerator().longValueExact();
            for (long d : new long[] {-1, 0, 1}) {
                if (v + d >= 0) {
                    fen.add(v + d);
                }
            }
        }
        for (Example e : clause.examples()) {
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

    /**
     * Every combination of the boundary values of the given inputs (money and counts from
     * {@link #money}/{@link #counts}, both truth values, every choice), at most {@code limit} of
     * them: beyond that, every value of each input still appears, with the others cycling.
     */
    static List<java.util.Map<String, Object>> combinations(Clause clause, List<String> names, int limit) {
        List<List<Object>> axes = new ArrayList<>();
        for (String name : names) {
            Type type = clause.input(name).orElseThrow().type();
            List<Object> values = new ArrayList<>();
            if (type instanceof Type.Money) {
                money(clause).forEach(f -> values.add(org.polc.runtime.Money.ofFen(f)));
            } else if (type instanceof Type.Quantity q && !q.isCount()) {
                values.addAll(measures(clause, q));
            } else if (type instanceof Type.Date) {
                values.addAll(List.of(clause.validFrom().minusDays(1), clause.validFrom(), clause.validTo(), clause.validTo().plusDays(1)));
            } else if (type instanceof Type.Quantity) {
                values.addAll(counts(clause));
            } else if (type instanceof Type.Bool) {
                values.addAll(List.of(true, false));
            } else if (type instanceof Type.Choice c) {
                values.addAll(c.values());
            } else {
                values.add(org.polc.runtime.Rate.of(1, 2));
            }
            axes.add(values);
        }
        long total = 1;
        for (List<Object> axis : axes) {
            total = Math.min((long) limit + 1, total * axis.size());
        }
        List<java.util.Map<String, Object>> out = new ArrayList<>();
        int count = (int) Math.min(total, limit);
        for (int k = 0; k < count; k++) {
            java.util.Map<String, Object> facts = new java.util.LinkedHashMap<>();
            long rest = k;
            for (int i = 0; i < names.size(); i++) {
                List<Object> axis = axes.get(i);
                facts.put(names.get(i), axis.get((int) (rest % axis.size())));
                rest /= axis.size();
            }
            out.add(facts);
        }
        return out;
    }

    /** Count boundaries. */
    static List<Long> counts(Clause clause) {
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

    /** Measure boundaries (亩, 美元, 数值 …): 0, every quantity constant and a hundredth of its unit either side. */
    static List<Quantity> measures(Clause clause, Type.Quantity type) {
        Rational step = Rational.of(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(100));
        TreeSet<Rational> values = new TreeSet<>(List.of(Rational.ZERO, step, Rational.ONE, Rational.of(1_000_000)));
        for (Rational c : constants(clause, Type.Quantity.class)) {
            for (Rational v : List.of(c.minus(step), c, c.plus(step))) {
                if (v.signum() >= 0) {
                    values.add(v);
                }
            }
        }
        List<Quantity> out = new ArrayList<>();
        values.forEach(v -> out.add(RuntimeValues.quantity(type, v)));
        return out;
    }

    private static List<Rational> constants(Clause clause, Class<? extends Type> type) {
        return Constants.of(clause, type);
    }
}
