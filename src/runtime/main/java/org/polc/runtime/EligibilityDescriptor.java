package org.polc.runtime;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * 一条认定规则（认定 名称：条件）的描述：所属条款、名称、条件原文、读取的输入，以及按 {@link Facts}
 * 判断是否成立（{@link #holds}）和给出说明（{@link #explain}）的方法。
 *
 * <p>The descriptor of a 认定 rule; it calls the generated methods through lambdas.
 */
public final class EligibilityDescriptor {

    private final String clause;
    private final String name;
    private final String condition;
    private final List<InputDescriptor<?>> inputs;
    private final Predicate<Facts> holds;
    private final Function<Facts, String> explanation;

    /** @param condition 条件如原文所写 */
    public EligibilityDescriptor(String clause, String name, String condition, List<InputDescriptor<?>> inputs, Predicate<Facts> holds,
            Function<Facts, String> explanation) {
        this.clause = clause;
        this.name = name;
        this.condition = condition;
        this.inputs = List.copyOf(inputs);
        this.holds = holds;
        this.explanation = explanation;
    }

    /** 所属条款，如“第十七条”。 */
    public String clause() {
        return clause;
    }

    /** 名称。 */
    public String name() {
        return name;
    }

    /** 条件如原文所写。 */
    public String condition() {
        return condition;
    }

    /** 读取的输入，按条款声明的先后。 */
    public List<InputDescriptor<?>> inputs() {
        return inputs;
    }

    /**
     * 按这些事实，条件是否成立。
     *
     * @throws PolicyInputException 所读的输入未填写、为空或为负时
     */
    public boolean holds(Facts facts) {
        return holds.test(facts);
    }

    /**
     * 按这些事实的说明：依据本条，条件成立或不成立及所用的输入。
     *
     * @throws PolicyInputException 所读的输入未填写、为空或为负时
     */
    public String explain(Facts facts) {
        return explanation.apply(facts);
    }

    @Override
    public String toString() {
        return clause + " " + name;
    }
}
