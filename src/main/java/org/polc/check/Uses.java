package org.polc.check;

import java.util.Map;
import java.util.Set;

/** Which names a checked tree reads, following definitions and 认定 rules to the inputs beneath. */
public final class Uses {

    private Uses() {}

    /** Every input, definition and 认定 rule that {@code node} reads, directly or not. */
    public static java.util.Set<String> of(Object node, Program.Clause clause) {
        java.util.Map<String, Program.Definition> definitions = new java.util.LinkedHashMap<>();
        clause.definitions().forEach(d -> definitions.put(d.name(), d));
        java.util.Map<String, Program.Eligibility> eligibilities = new java.util.LinkedHashMap<>();
        clause.eligibilities().forEach(e -> eligibilities.put(e.name(), e));
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        collect(node, names, definitions, eligibilities);
        // An 认定 rule reads only earlier rules, so walking them backwards reaches every one needed.
        java.util.List<Program.Eligibility> rules = new java.util.ArrayList<>(clause.eligibilities());
        java.util.Collections.reverse(rules);
        for (Program.Eligibility e : rules) {
            if (names.contains(e.name())) {
                collect(e.condition(), names, definitions, eligibilities);
            }
        }
        return names;
    }

    static void collect(Object node, Set<String> names, Map<String, Program.Definition> definitions,
            Map<String, Program.Eligibility> eligibilities) {
        if (node instanceof CheckedExpr.Input i) {
            names.add(i.name());
        } else if (node instanceof CheckedExpr.Definition d) {
            if (names.add(d.name()) && definitions.containsKey(d.name())) {
                collect(definitions.get(d.name()).expr(), names, definitions, eligibilities);
            }
        } else if (node instanceof CheckedExpr.Eligibility e) {
            if (names.add(e.name()) && eligibilities.containsKey(e.name())) {
                names.addAll(eligibilities.get(e.name()).inputs());
            }
        } else if (node instanceof CheckedExpr.Negate n) {
            collect(n.operand(), names, definitions, eligibilities);
        } else if (node instanceof CheckedExpr.Arithmetic a) {
            collect(a.left(), names, definitions, eligibilities);
            collect(a.right(), names, definitions, eligibilities);
        } else if (node instanceof CheckedExpr.MinMax m) {
            m.arguments().forEach(x -> collect(x, names, definitions, eligibilities));
        } else if (node instanceof CheckedCondition.Compare c) {
            collect(c.left(), names, definitions, eligibilities);
            collect(c.right(), names, definitions, eligibilities);
        } else if (node instanceof CheckedCondition.Truth t) {
            collect(t.value(), names, definitions, eligibilities);
        } else if (node instanceof CheckedCondition.OneOf o) {
            collect(o.choice(), names, definitions, eligibilities);
        } else if (node instanceof CheckedCondition.Grade g) {
            collect(g.choice(), names, definitions, eligibilities);
        } else if (node instanceof CheckedCondition.Not n) {
            collect(n.operand(), names, definitions, eligibilities);
        } else if (node instanceof CheckedCondition.And a) {
            collect(a.left(), names, definitions, eligibilities);
            collect(a.right(), names, definitions, eligibilities);
        } else if (node instanceof CheckedCondition.Or o) {
            collect(o.left(), names, definitions, eligibilities);
            collect(o.right(), names, definitions, eligibilities);
        } else if (node instanceof CheckedAward.Fixed f) {
            collect(f.amount(), names, definitions, eligibilities);
            f.cap().ifPresent(c -> collect(c, names, definitions, eligibilities));
        } else if (node instanceof CheckedAward.Ceiling c) {
            collect(c.amount(), names, definitions, eligibilities);
            c.cap().ifPresent(x -> collect(x, names, definitions, eligibilities));
        } else if (node instanceof CheckedAward.If i) {
            for (CheckedAward.Branch b : i.branches()) {
                collect(b.condition(), names, definitions, eligibilities);
                collect(b.award(), names, definitions, eligibilities);
            }
            collect(i.otherwise(), names, definitions, eligibilities);
        } else if (node instanceof CheckedAward.Table t) {
            collect(t.key(), names, definitions, eligibilities);
            t.rows().forEach(r -> collect(r.award(), names, definitions, eligibilities));
        } else if (node instanceof CheckedAward.Sum s) {
            s.parts().forEach(p -> collect(p, names, definitions, eligibilities));
        }
    }
}
