package org.polc.bench;

import java.util.List;
import org.polc.policies.hangzhou2024.Hangzhou2024;
import org.polc.runtime.CalculatorDescriptor;
import org.polc.runtime.ComplianceDescriptor;
import org.polc.runtime.EligibilityDescriptor;
import org.polc.runtime.Facts;

/** The whole policy for one enterprise through the entry point, as an embedder writes it. */
final class PolicyRun {

    private PolicyRun() {
    }

    /**
     * Fast path: every calculator whose inputs are given (all are, here) gives its amount, every eligibility
     * holds or not, every compliance rule gives its verdict. Returns a sum of them so nothing is dead code.
     */
    static long fast(Facts facts) {
        return fast(facts, Hangzhou2024.calculators(), Hangzhou2024.POLICY.eligibilities(), Hangzhou2024.POLICY.complianceRules());
    }

    /**
     * The same with the descriptor lists given: the entry point builds them on each call (a stream over the
     * clauses), so timing this with lists fetched once shows how much of the whole is that.
     */
    static long fast(Facts facts, List<CalculatorDescriptor> calculators, List<EligibilityDescriptor> eligibilities,
            List<ComplianceDescriptor> rules) {
        long sum = 0;
        for (CalculatorDescriptor c : calculators) {
            if (c.canEvaluate(facts)) {
                sum += c.amount(facts).fen();
            }
        }
        for (EligibilityDescriptor e : eligibilities) {
            if (e.holds(facts)) {
                sum++;
            }
        }
        for (ComplianceDescriptor r : rules) {
            sum += r.verdict(facts).ordinal();
        }
        return sum;
    }

    /** With explanations: the entry point's evaluate (every calculator's Result), each eligibility's and rule's text. */
    static long explained(Facts facts) {
        long sum = 0;
        for (var result : Hangzhou2024.evaluate(facts).values()) {
            sum += result.amount().fen() + result.steps().size();
        }
        for (EligibilityDescriptor e : Hangzhou2024.POLICY.eligibilities()) {
            sum += e.explain(facts).length();
        }
        for (ComplianceDescriptor r : Hangzhou2024.POLICY.complianceRules()) {
            sum += r.evaluate(facts).steps().size();
        }
        return sum;
    }
}
