package org.polc.runtime;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * 一个计算器的描述：所属条款、名称、种类（补助、奖励…、应缴）、最高额、是否一次性、读取的输入，以及按
 * {@link Facts} 计算的两种方法（带说明的 {@link #evaluate} 和只算金额的 {@link #amount}）。由生成的条款类
 * 构造，计算时直接调用生成的方法，不用反射。
 *
 * <p>A calculator's descriptor; {@link #evaluate} and {@link #amount} call the generated methods
 * through lambdas, without reflection.
 */
public final class CalculatorDescriptor {

    private final String clause;
    private final String name;
    private final String kind;
    private final String frequency;
    private final Money cap;
    private final String capText;
    private final List<InputDescriptor<?>> inputs;
    /** The inputs' indexes in {@link Facts}, for {@link #canEvaluate}. */
    private final int[] reads;
    private final Function<Facts, Result> explained;
    private final Function<Facts, Money> fast;

    private CalculatorDescriptor(String clause, String name, String kind, String frequency, Money cap, String capText,
            List<InputDescriptor<?>> inputs, Function<Facts, Result> explained, Function<Facts, Money> fast) {
        this.clause = clause;
        this.name = name;
        this.kind = kind;
        this.frequency = frequency;
        this.cap = cap;
        this.capText = capText;
        this.inputs = List.copyOf(inputs);
        this.reads = this.inputs.stream().mapToInt(input -> input.index).toArray();
        this.explained = explained;
        this.fast = fast;
    }

    /**
     * 没有最高额、没有频次的计算器；有的用 {@link #withCap} 和 {@link #withFrequency} 加上。
     *
     * @param clause 条款，如“第十四条”
     * @param kind 种类，如“补助”
     * @param inputs 读取的输入
     * @param explained 带说明的计算
     * @param fast 只算金额的计算
     */
    public static CalculatorDescriptor of(String clause, String name, String kind, List<InputDescriptor<?>> inputs,
            Function<Facts, Result> explained, Function<Facts, Money> fast) {
        return new CalculatorDescriptor(clause, name, kind, "", null, "", inputs, explained, fast);
    }

    /**
     * 加上条文规定的最高额。
     *
     * @param capText 最高额如原文所写，如“300万元”
     */
    public CalculatorDescriptor withCap(Money cap, String capText) {
        return new CalculatorDescriptor(clause, name, kind, frequency, cap, capText, inputs, explained, fast);
    }

    /** 加上频次，如“一次性”“每年”。 */
    public CalculatorDescriptor withFrequency(String frequency) {
        return new CalculatorDescriptor(clause, name, kind, frequency, cap, capText, inputs, explained, fast);
    }

    /** 所属条款，如“第十四条”。 */
    public String clause() {
        return clause;
    }

    /** 名称，如“研发投入补助”。 */
    public String name() {
        return name;
    }

    /** 种类，如“补助”“奖励”；申请人缴纳的金额为“应缴”。 */
    public String kind() {
        return kind;
    }

    /** 是否是申请人缴纳的金额（应缴），而不是给予申请人的金额。 */
    public boolean payment() {
        return "应缴".equals(kind);
    }

    /** 频次，如“一次性”“每年”；条文没有写时为空。 */
    public Optional<String> frequency() {
        return frequency.isEmpty() ? Optional.empty() : Optional.of(frequency);
    }

    /** 是否一次性给予。 */
    public boolean oneOff() {
        return "一次性".equals(frequency);
    }

    /** 条文规定的最高额；没有时为空。 */
    public Optional<Money> cap() {
        return Optional.ofNullable(cap);
    }

    /** 最高额如原文所写（500万元，或 500万元（由200万元提高至500万元））；没有时为空。 */
    public Optional<String> capText() {
        return capText.isEmpty() ? Optional.empty() : Optional.of(capText);
    }

    /** 读取的输入，按条款声明的先后。 */
    public List<InputDescriptor<?>> inputs() {
        return inputs;
    }

    /**
     * 这些事实是否给出了本计算器读取的全部输入（{@link #inputs}）：给出了，{@link #amount} 和 {@link #evaluate}
     * 就不会因为缺输入而抛出。与 {@code facts.hasAll(inputs())} 相同，但不逐个取描述，供对一个企业算全部条款时用。
     *
     * <p>Whether the facts give every input this calculator reads, as {@code facts.hasAll(inputs())}.
     */
    public boolean canEvaluate(Facts facts) {
        return facts.hasAll(reads);
    }

    /**
     * 按这些事实计算：金额、性质和引用条款的说明。
     *
     * @throws PolicyInputException 所读的输入未填写、为空或为负时
     */
    public Result evaluate(Facts facts) {
        return explained.apply(facts);
    }

    /**
     * 只算金额，不生成说明。
     *
     * @throws PolicyInputException 所读的输入未填写、为空或为负时
     */
    public Money amount(Facts facts) {
        return fast.apply(facts);
    }

    /** 如 第十四条 研发投入补助。 */
    @Override
    public String toString() {
        return clause + " " + name;
    }
}
