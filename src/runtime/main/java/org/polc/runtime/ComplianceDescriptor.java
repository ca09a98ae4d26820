package org.polc.runtime;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * 一条合规规则（合规 名称 [约束 主体]：要求）的描述：所属条款、名称、约束的主体、读取的输入，以及按
 * {@link Facts} 给出结论和说明（{@link #evaluate}）或只给结论（{@link #verdict}）的方法。
 *
 * <p>The descriptor of a 合规 rule; it calls the generated methods through lambdas.
 */
public final class ComplianceDescriptor {

    private final String clause;
    private final String name;
    private final String subject;
    private final List<InputDescriptor<?>> inputs;
    private final Function<Facts, Compliance> explained;
    private final Function<Facts, ComplianceKind> fast;

    /**
     * 约束申请人的合规规则；约束别的主体的用 {@link #withSubject} 加上主体。
     *
     * @param clause 条款，如“第五十五条”
     * @param inputs 读取的输入
     * @param explained 给出结论和说明
     * @param fast 只给结论
     */
    public ComplianceDescriptor(String clause, String name, List<InputDescriptor<?>> inputs,
            Function<Facts, Compliance> explained, Function<Facts, ComplianceKind> fast) {
        this(clause, name, "", inputs, explained, fast);
    }

    private ComplianceDescriptor(String clause, String name, String subject, List<InputDescriptor<?>> inputs,
            Function<Facts, Compliance> explained, Function<Facts, ComplianceKind> fast) {
        this.clause = clause;
        this.name = name;
        this.subject = subject;
        this.inputs = List.copyOf(inputs);
        this.explained = explained;
        this.fast = fast;
    }

    /** 加上约束的主体（条文约束申请人以外的人时），如“政府性融资担保机构”。 */
    public ComplianceDescriptor withSubject(String subject) {
        return new ComplianceDescriptor(clause, name, subject, inputs, explained, fast);
    }

    /** 所属条款，如“第五十五条”。 */
    public String clause() {
        return clause;
    }

    /** 名称。 */
    public String name() {
        return name;
    }

    /** 约束的主体；约束申请人时为空。 */
    public Optional<String> subject() {
        return subject.isEmpty() ? Optional.empty() : Optional.of(subject);
    }

    /** 读取的输入，按条款声明的先后。 */
    public List<InputDescriptor<?>> inputs() {
        return inputs;
    }

    /**
     * 结论（合规、未达一般要求、不合规）和说明。
     *
     * @throws PolicyInputException 所读的输入未填写、为空或为负时
     */
    public Compliance evaluate(Facts facts) {
        return explained.apply(facts);
    }

    /**
     * 只给结论。
     *
     * @throws PolicyInputException 所读的输入未填写、为空或为负时
     */
    public ComplianceKind verdict(Facts facts) {
        return fast.apply(facts);
    }

    @Override
    public String toString() {
        return clause + " " + name;
    }
}
