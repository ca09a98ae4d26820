package org.polc.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polc.ast.Declarations;
import org.polc.model.CheckedCondition;
import org.polc.model.ComplianceRule;
import org.polc.model.Requirement;

/**
 * Checks each 合规 rule: every requirement's conditions (and the 若 under which it applies) are checked
 * like any condition, and the rule records what they read.
 */
final class ComplianceRules {

    private final Conditions conditions;
    private final Where where;

    ComplianceRules(Conditions conditions, Where where) {
        this.conditions = conditions;
        this.where = where;
    }

    /** The checked rule, or empty when a condition nests too deep to check. */
    Optional<ComplianceRule> check(Declarations.ComplianceRule rule, Uses uses) {
        List<Requirement> requirements = new ArrayList<>();
        List<CheckedCondition> all = new ArrayList<>();
        for (Declarations.Requirement r : rule.requirements()) {
            if (r.when().map(Nesting::depth).orElse(0) > Nesting.LIMIT || Nesting.depth(r.condition()) > Nesting.LIMIT) {
                where.error("nesting.depth", r.span(), "「" + rule.name() + "」的条件嵌套超过 " + Nesting.LIMIT + " 层");
                return Optional.empty();
            }
            Optional<CheckedCondition> when = r.when().map(conditions::check);
            CheckedCondition condition = conditions.check(r.condition());
            when.ifPresent(all::add);
            all.add(condition);
            requirements.add(new Requirement(when, condition, r.general(), r.span()));
        }
        return Optional.of(new ComplianceRule(rule.name(), rule.subject(), requirements, rule.reason(), uses.of(all), rule.span()));
    }
}
