package org.polc.model;

import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.Span;

/**
 * 合规 名称 [约束 主体]：requirements [，否则 “理由”] — what the text requires of an applicant or of an
 * authority (每幢不小于3000平方米或每层不小于1000平方米; 担保费率1%以下), checked against the facts.
 *
 * @param subject who must comply, when the text binds someone other than the applicant
 * @param reason shown when a requirement is not met
 * @param reads what the requirements read, over all of them
 */
public record ComplianceRule(String name, Optional<String> subject, List<Requirement> requirements, Optional<String> reason,
        Reads reads, Span span) {

    public ComplianceRule {
        requirements = List.copyOf(requirements);
    }

    /** The clause inputs the rule reads, in declaration order. */
    public List<String> inputs() {
        return reads.inputs();
    }
}
