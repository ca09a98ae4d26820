package org.polc.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which names a checked tree reads, following definitions and 认定 rules to the inputs beneath. An
 * instance indexes one clause's definitions and rules once, for callers that ask about many trees
 * of a clause (one per calculator and rule: indexing per question would be quadratic).
 */
public final class Uses {

    private final Map<String, Program.Definition> definitions = new LinkedHashMap<>();
    private final Map<String, Program.Eligibility> eligibilities = new LinkedHashMap<>();
    private final List<Program.Eligibility> rulesLastFirst;

    public Uses(Program.Clause clause) {
        this(clause.definitions(), clause.eligibilities());
    }

    Uses(List<Program.Definition> definitions, List<Program.Eligibility> eligibilities) {
        definitions.forEach(d -> this.definitions.put(d.name(), d));
        eligibilities.forEach(e -> this.eligibilities.put(e.name(), e));
        rulesLastFirst = new ArrayList<>(eligibilities);
        Collections.reverse(rulesLastFirst);
    }

    /** Every input, definition and 认定 rule that {@code node} reads, directly or not. */
    public static Set<String> of(Object node, Program.Clause clause) {
        return new Uses(clause).all(node);
    }

    /** Every input, definition and 认定 rule that {@code node} reads, directly or not. */
    public Set<String> all(Object node) {
        Set<String> names = new LinkedHashSet<>();
        collect(node, names, definitions, eligibilities);
        // An 认定 rule reads only earlier rules, so walking them backwards reaches every one needed.
        for (Program.Eligibility e : rulesLastFirst) {
            if (names.contains(e.name())) {
                collect(e.condition(), names, definitions, eligibilities);
            }
        }
        return names;
    }

    /**
     * The inputs, definitions and 认定 rules that {@code node} reads, following definitions but not
     * the rules it names: for a caller that asks each rule for its verdict rather than recomputing it.
     */
    public Set<String> direct(Object node) {
        Set<String> names = new LinkedHashSet<>();
        collect(node, names, definitions, eligibilities);
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
