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
}
