package org.polc.check;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.polc.model.Calculator;
import org.polc.model.ComplianceRule;
import org.polc.model.Eligibility;
import org.polc.model.Input;

/** Warns of an input that no calculator or rule reads: usually a name meant for it was misspelt. */
final class UnusedInputs {

    private UnusedInputs() {}

    static void warn(Collection<Input> inputs, List<Calculator> calculators, Collection<Eligibility> rules,
            Collection<ComplianceRule> complianceRules, Where where) {
        Set<String> used = new LinkedHashSet<>();
        calculators.forEach(c -> used.addAll(c.inputs()));
        rules.forEach(e -> used.addAll(e.inputs()));
        complianceRules.forEach(r -> used.addAll(r.inputs()));
        for (Input input : inputs) {
            if (!used.contains(input.name())) {
                where.warning("input.unused", input.span(), "输入「" + input.name() + "」没有被任何计算用到");
            }
        }
    }
}
