package org.polc.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The constants a clause mentions, by type: where its conditions change their answer and where its
 * amounts are clamped. The monotonicity check and the property tests probe around them, since
 * random inputs rarely hit "exactly 200万元".
 */
public final class Constants {

    private Constants() {}

    public static List<Rational> of(Program.Clause clause, Class<? extends Type> type) {
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
