package org.polc.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.polc.model.CheckedAward;
import org.polc.model.CheckedCondition;
import org.polc.model.CheckedExpr;
import org.polc.model.Clause;
import org.polc.model.Definition;
import org.polc.model.Eligibility;
import org.polc.model.Input;
import org.polc.model.ModelWalk;
import org.polc.model.Reads;

/**
 * Which names a checked tree reads, following definitions and 认定 rules to the inputs beneath:
 * the {@link Reads} stored on each calculator and rule. An instance indexes one clause's
 * definitions and rules once, for the many trees of a clause (indexing per tree would be quadratic).
 */
public final class Uses {

    private final Map<String, Definition> definitions;
    private final Map<String, Eligibility> eligibilities;

    /** Over the definitions and rules declared so far, by name; the maps are read as they grow. */
    Uses(Map<String, Definition> definitions, Map<String, Eligibility> eligibilities) {
        this.definitions = definitions;
        this.eligibilities = eligibilities;
    }

    /** Every input, definition and 认定 rule that {@code body} reads, directly or not. */
    public static Set<String> of(CheckedAward body, Clause clause) {
        Map<String, Definition> definitions = new LinkedHashMap<>();
        clause.definitions().forEach(d -> definitions.put(d.name(), d));
        Map<String, Eligibility> rules = new LinkedHashMap<>();
        clause.eligibilities().forEach(e -> rules.put(e.name(), e));
        Uses uses = new Uses(definitions, rules);
        Set<String> names = uses.direct(walker -> walker.walk(body));
        uses.throughRules(names);
        return names;
    }

    /** What a calculator's body reads, each list in the declaration order of {@code inputs}, definitions and rules. */
    Reads of(CheckedAward body, List<Input> inputs) {
        return reads(direct(walker -> walker.walk(body)), inputs);
    }

    /** What a rule's condition reads. */
    Reads of(CheckedCondition condition, List<Input> inputs) {
        return reads(direct(walker -> walker.walk(condition)), inputs);
    }

    private Reads reads(Set<String> direct, List<Input> inputs) {
        Set<String> every = new LinkedHashSet<>(direct);
        throughRules(every);
        return new Reads(inOrder(inputs.stream().map(Input::name).toList(), every),
                inOrder(definitions.keySet(), direct), inOrder(eligibilities.keySet(), direct),
                inOrder(definitions.keySet(), every), inOrder(eligibilities.keySet(), every));
    }

    private static List<String> inOrder(Iterable<String> declared, Set<String> read) {
        List<String> out = new ArrayList<>();
        declared.forEach(n -> {
            if (read.contains(n)) {
                out.add(n);
            }
        });
        return out;
    }

    /** The names a tree reads, following definitions but not the rules it names. */
    private Set<String> direct(Consumer<Collector> start) {
        Collector collector = new Collector();
        start.accept(collector);
        return collector.names;
    }

    /** Adds what the named rules read; a rule reads only earlier rules, so walking them backwards reaches every one. */
    private void throughRules(Set<String> names) {
        List<Eligibility> rulesLastFirst = new ArrayList<>(eligibilities.values());
        Collections.reverse(rulesLastFirst);
        for (Eligibility e : rulesLastFirst) {
            if (names.contains(e.name())) {
                Collector collector = new Collector(names);
                collector.walk(e.condition());
            }
        }
    }

    private final class Collector extends ModelWalk {
        final Set<String> names;

        Collector() {
            this(new LinkedHashSet<>());
        }

        Collector(Set<String> names) {
            this.names = names;
        }

        @Override
        public Void visitInput(CheckedExpr.Input input) {
            names.add(input.name());
            return null;
        }

        @Override
        public Void visitDefinition(CheckedExpr.Definition definition) {
            if (names.add(definition.name()) && definitions.containsKey(definition.name())) {
                walk(definitions.get(definition.name()).expr());
            }
            return null;
        }

        @Override
        public Void visitRule(CheckedExpr.Rule rule) {
            if (names.add(rule.name()) && eligibilities.containsKey(rule.name())) {
                names.addAll(eligibilities.get(rule.name()).inputs());
            }
            return null;
        }
    }
}
