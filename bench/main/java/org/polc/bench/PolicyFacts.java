package org.polc.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polc.policies.hangzhou2024.Hangzhou2024;
import org.polc.runtime.CalculatorDescriptor;
import org.polc.runtime.ClauseDescriptor;
import org.polc.runtime.ComplianceDescriptor;
import org.polc.runtime.EligibilityDescriptor;
import org.polc.runtime.Facts;
import org.polc.runtime.InputDescriptor;
import org.polc.runtime.Money;
import org.polc.runtime.Quantity;
import org.polc.runtime.Rate;

/**
 * Facts of one enterprise that give every input of every clause of Hangzhou2024 (read from the entry point's
 * descriptors, so a new clause is covered without editing this), with random values: money up to 1亿元 to the
 * 分, yes/no, choices, counts, quantities in the input's unit, rates.
 */
final class PolicyFacts {

    private static final Pattern UNIT = Pattern.compile("（(.+)）");

    private PolicyFacts() {
    }

    /** Every input the policy's calculators and rules read, each once. */
    static List<InputDescriptor<?>> inputs() {
        Set<InputDescriptor<?>> all = new LinkedHashSet<>(Hangzhou2024.POLICY.facts());
        for (ClauseDescriptor clause : Hangzhou2024.clauses()) {
            all.addAll(clause.inputs());
            clause.calculators().forEach(c -> all.addAll(c.inputs()));
            clause.eligibilities().forEach(e -> all.addAll(e.inputs()));
            clause.complianceRules().forEach(r -> all.addAll(r.inputs()));
        }
        return List.copyOf(all);
    }

    /** n enterprises' facts, each with every input. */
    static List<Facts> build(int n, long seed) {
        List<InputDescriptor<?>> inputs = inputs();
        Random random = new Random(seed);
        List<Facts> facts = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Facts.Builder builder = Facts.builder();
            for (InputDescriptor<?> input : inputs) {
                set(builder, input, random);
            }
            facts.add(builder.build());
        }
        return facts;
    }

    private static <T> void set(Facts.Builder builder, InputDescriptor<T> input, Random random) {
        builder.set(input, input.type().cast(value(input, random)));
    }

    private static Object value(InputDescriptor<?> input, Random random) {
        if (!input.choices().isEmpty()) {
            return input.choices().get(random.nextInt(input.choices().size()));
        }
        Class<?> type = input.type();
        if (type == Money.class) {
            return Money.ofFen((long) (random.nextDouble() * 100_000_000_00L));
        }
        if (type == Boolean.class) {
            return random.nextBoolean();
        }
        if (type == Long.class) {
            return (long) random.nextInt(1000);
        }
        if (type == Rate.class) {
            return Rate.of(random.nextInt(101), 100);
        }
        if (type == Quantity.class) {
            Matcher unit = UNIT.matcher(input.typeText());
            return unit.find() ? Quantity.of(random.nextInt(100_000), 1, unit.group(1)) : Quantity.of(random.nextInt(1000), 100, "");
        }
        throw new IllegalStateException("不知道怎样为输入 " + input + "（" + type.getName() + "）取值");
    }

    record Summary(int inputs, int calculators, int calculatorsEvaluated, int eligibilities, int complianceRules,
            boolean fastMatchesExplained) {
    }

    /** What one enterprise's facts cover, and whether the fast and explained paths agree on them. */
    static Summary summary(List<Facts> facts) {
        int evaluated = 0;
        boolean agree = true;
        Facts f = facts.get(0);
        for (CalculatorDescriptor c : Hangzhou2024.calculators()) {
            if (f.hasAll(c.inputs())) {
                evaluated++;
                agree &= c.amount(f).equals(c.evaluate(f).amount());
            }
        }
        List<EligibilityDescriptor> eligibilities = Hangzhou2024.POLICY.eligibilities();
        List<ComplianceDescriptor> rules = Hangzhou2024.POLICY.complianceRules();
        for (EligibilityDescriptor e : eligibilities) {
            agree &= e.explain(f) != null;
            e.holds(f);
        }
        for (ComplianceDescriptor r : rules) {
            agree &= r.verdict(f) == r.evaluate(f).kind();
        }
        return new Summary(inputs().size(), Hangzhou2024.calculators().size(), evaluated, eligibilities.size(), rules.size(), agree);
    }
}
