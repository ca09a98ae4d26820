package org.polc.model;

import java.util.List;

/**
 * What a calculator or 认定 rule reads, found once when the clause is checked, each list in
 * declaration order.
 *
 * @param inputs every clause input it reads, directly or through definitions and rules: its
 *     parameters
 * @param definitions the definitions it reads itself, directly or through other definitions (not
 *     through the rules it names): the locals its method computes
 * @param rules the 认定 rules it names itself or through its definitions: the rule methods it calls
 * @param everyDefinition the definitions it reads, through rules too
 * @param everyRule the rules it reads, through other rules too
 */
public record Reads(List<String> inputs, List<String> definitions, List<String> rules, List<String> everyDefinition,
        List<String> everyRule) {

    public Reads {
        inputs = List.copyOf(inputs);
        definitions = List.copyOf(definitions);
        rules = List.copyOf(rules);
        everyDefinition = List.copyOf(everyDefinition);
        everyRule = List.copyOf(everyRule);
    }

    public static final Reads NOTHING = new Reads(List.of(), List.of(), List.of(), List.of(), List.of());
}
