package org.polc.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The distinct inputs, definitions and 认定 rules a condition reads directly, in order: what its explanation shows. */
public final class References {

    private References() {}

    public static List<CheckedExpr> of(CheckedCondition c) {
        Set<String> seen = new LinkedHashSet<>();
        List<CheckedExpr> out = new ArrayList<>();
        walk(c, seen, out);
        return out;
    }

    public static String name(CheckedExpr ref) {
        if (ref instanceof CheckedExpr.Input i) {
            return i.name();
        } else if (ref instanceof CheckedExpr.Definition d) {
            return d.name();
        } else if (ref instanceof CheckedExpr.Eligibility e) {
            return e.name();
        }
        throw new IllegalArgumentException(ref.toString());
    }

    private static void walk(Object node, Set<String> seen, List<CheckedExpr> out) {
        if (node instanceof CheckedExpr.Input || node instanceof CheckedExpr.Definition || node instanceof CheckedExpr.Eligibility) {
            if (seen.add(name((CheckedExpr) node))) {
                out.add((CheckedExpr) node);
            }
        } else if (node instanceof CheckedExpr.Negate n) {
            walk(n.operand(), seen, out);
        } else if (node instanceof CheckedExpr.Arithmetic a) {
            walk(a.left(), seen, out);
            walk(a.right(), seen, out);
        } else if (node instanceof CheckedExpr.MinMax m) {
            m.arguments().forEach(x -> walk(x, seen, out));
        } else if (node instanceof CheckedCondition.Compare c) {
            walk(c.left(), seen, out);
            walk(c.right(), seen, out);
        } else if (node instanceof CheckedCondition.Truth t) {
            walk(t.value(), seen, out);
        } else if (node instanceof CheckedCondition.OneOf o) {
            walk(o.choice(), seen, out);
        } else if (node instanceof CheckedCondition.Grade g) {
            walk(g.choice(), seen, out);
        } else if (node instanceof CheckedCondition.Not n) {
            walk(n.operand(), seen, out);
        } else if (node instanceof CheckedCondition.And a) {
            walk(a.left(), seen, out);
            walk(a.right(), seen, out);
        } else if (node instanceof CheckedCondition.Or o) {
            walk(o.left(), seen, out);
            walk(o.right(), seen, out);
        }
    }
}
