package org.polc.model;

import java.util.List;

/**
 * What a calculator or 认定 rule reads, found once when the clause is checked, each list in
 * declaration order. The generated method takes {@code inputs} as its parameters, computes
 * {@code definitions} up front and asks each of {@code rules} through the rule's own method; the
 * interpreter follows the same order.
 *
 * @param inputs every clause input it reads, directly or through definitions and rules
 * @param definitions the definitions it reads itself, directly or through other definitions (not
 *     through the rules it names)
 * @param rules the 认定 rules it names itself or through its definitions
 */
public record Reads(List<String> inputs, List<String> definitions, List<String> rules) {

    public Reads {
        inputs = List.copyOf(inputs);
        definitions = List.copyOf(definitions);
        rules = List.copyOf(rules);
    }

    public static final Reads NOTHING = new Reads(List.of(), List.of(), List.of());
}
