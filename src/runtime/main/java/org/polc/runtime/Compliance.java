package org.polc.runtime;

import java.util.List;
import java.util.Objects;
import org.polc.runtime.internal.Explain;

/**
 * 一条合规规则的结果：结论和引用条款的说明。
 *
 * @param clause 条款，如“第二十七条”
 * @param rule 规则名称
 * @param kind 结论
 * @param steps 说明的各步，最后一步是结论
 */
public record Compliance(String clause, String rule, ComplianceKind kind, List<String> steps) {

    public Compliance {
        Objects.requireNonNull(clause, "条款不能为空");
        Objects.requireNonNull(rule, "规则名称不能为空");
        Objects.requireNonNull(kind, "结论不能为空");
        steps = List.copyOf(steps);
    }

    /** 说明全文，如“依据第二十七条：「…」成立（…）；分割转让面积：合规。” */
    public String explanation() {
        return Explain.sentence(steps);
    }

    public boolean compliant() {
        return kind == ComplianceKind.COMPLIANT;
    }
}
