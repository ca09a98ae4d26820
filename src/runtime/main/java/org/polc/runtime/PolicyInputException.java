package org.polc.runtime;

/**
 * 计算器的输入不合条文要求时抛出，消息指明是哪一条、哪个输入、出了什么问题，
 * 例如「第十四条：输入「年度研发投入额」不能为负数（-5元）」，好让填报的人自己看懂并改正。
 */
public final class PolicyInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String clause;
    private final String input;
    private final String problem;

    /**
     * @param clause 条款，如“第十四条”
     * @param input 输入的名称，如“年度研发投入额”
     * @param problem 问题，如“不能为负数（-5元）”
     */
    public PolicyInputException(String clause, String input, String problem) {
        super(clause + "：输入「" + input + "」" + problem);
        this.clause = clause;
        this.input = input;
        this.problem = problem;
    }

    /** 条款，如“第十四条”。 */
    public String clause() {
        return clause;
    }

    /** 输入的名称，如“年度研发投入额”。 */
    public String input() {
        return input;
    }

    /** 问题，如“不能为负数（-5元）”。 */
    public String problem() {
        return problem;
    }

    /** 金额不能为空或负数；合格时原样返回，便于写在生成方法的开头。 */
    public static Money requireNonNegative(Money value, String clause, String input) {
        requireNonNull(value, clause, input);
        if (value.isNegative()) {
            throw new PolicyInputException(clause, input, "不能为负数（" + value + "）");
        }
        return value;
    }

    /** 输入不能为空；合格时原样返回。 */
    public static <T> T requireNonNull(T value, String clause, String input) {
        if (value == null) {
            throw new PolicyInputException(clause, input, "不能为空");
        }
        return value;
    }

    /** 数量（件数、人数等）不能为负数；合格时原样返回。 */
    public static long requireNonNegative(long value, String clause, String input) {
        if (value < 0) {
            throw new PolicyInputException(clause, input, "不能为负数（" + value + "）");
        }
        return value;
    }

    /** 比例不能为空或负数（条款中的比例都是正的：5%、2倍）；合格时原样返回。 */
    public static Rate requireNonNegative(Rate value, String clause, String input) {
        requireNonNull(value, clause, input);
        if (value.numerator() < 0) {
            throw new PolicyInputException(clause, input, "不能为负数（" + value + "）");
        }
        return value;
    }

    /**
     * 数量不能为空、单位须与条款声明的一致（面积按亩的输入不收平方米）、不能为负数；合格时原样返回。
     *
     * @param baseUnit 条款声明的基本单位，如“亩”；数值为空字符串
     */
    public static Quantity requireNonNegative(Quantity value, String baseUnit, String clause, String input) {
        requireNonNull(value, clause, input);
        if (!value.baseUnit().equals(baseUnit)) {
            throw new PolicyInputException(clause, input, baseUnit.isEmpty() ? "应是不带单位的数值，而不是 " + value
                    : "的单位应是" + baseUnit + "，而不是 " + value);
        }
        if (value.isNegative()) {
            throw new PolicyInputException(clause, input, "不能为负数（" + value + "）");
        }
        return value;
    }
}
