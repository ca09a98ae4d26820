package org.polc.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.polc.model.CheckedAward;
import org.polc.model.CheckedCondition;
import org.polc.model.CheckedExpr;
import org.polc.model.Definition;
import org.polc.model.Eligibility;
import org.polc.model.Input;
import org.polc.model.ModelWalk;
import org.polc.model.Reads;

/**
 * Which names a checked tree reads, following definitions to the inputs beneath and taking a rule's
 * inputs from the rule: the {@link Reads} stored on each calculator and rule. Linear in what each
 * tree reads, so that a chain of thousands of rules, each naming the one before, is checked in
 * linear time.
 */
public final class Uses {

    private final Map<String, Definition> definitions;
    private final Map<String, Eligibility> eligibilities;
    /** Declaration order of every input, definition and rule, for sorting what a tree reads. */
    private final Map<String, Integer> order = new HashMap<>();

    /** Over the definitions and rules declared so far, by name; the maps are read as they grow. */
    Uses(List<Input> inputs, Map<String, Definition> definitions, Map<String, Eligibility> eligibilities) {
        this.definitions = definitions;
        this.eligibilities = eligibilities;
        inputs.forEach(i -> order.putIfAbsent(i.name(), order.size()));
    }

    /** What a calculator's body reads. */
    Reads of(CheckedAward body) {
        Collector collector = new Collector();
        collector.walk(body);
        return reads(collector.names);
    }

    /** What a calculator reads: its body and, for 累计最高 … 已获 …, the amount already received. */
    Reads of(CheckedAward body, Optional<CheckedExpr> received) {
        Collector collector = new Collector();
        collector.walk(body);
        received.ifPresent(collector::walk);
        return reads(collector.names);
    }

    /** What a rule's condition reads. */
    Reads of(CheckedCondition condition) {
        return of(List.of(condition));
    }

    /** What a 合规 rule's conditions read, all together. */
    Reads of(List<CheckedCondition> conditions) {
        Collector collector = new Collector();
        conditions.forEach(collector::walk);
        return reads(collector.names);
    }

    /** Records a definition or rule once it is checked, so later trees can read it. */
    void declared(String name) {
        order.putIfAbsent(name, order.size());
    }

    private Reads reads(Set<String> names) {
        List<String> inputs = new ArrayList<>();
        List<String> defs = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (String name : names) {
            if (definitions.containsKey(name)) {
                defs.add(name);
            } else if (eligibilities.containsKey(name)) {
                rules.add(name);
            } else if (order.containsKey(name)) {
                inputs.add(name);
            }
        }
        Comparator<String> declaration = Comparator.comparingInt(order::get);
        inputs.sort(declaration);
        defs.sort(declaration);
        rules.sort(declaration);
        return new Reads(inputs, defs, rules);
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
