package org.polc.runtime;

import java.util.List;
import java.util.Objects;
import org.polc.runtime.internal.Checks;
import org.polc.runtime.internal.Explain;
import org.polc.runtime.internal.RecordedSteps;

/**
 * 带说明的计算器返回的结果：依据哪一条、哪个计算器、多少钱、是确定金额还是上限，以及一步步的计算说明。
 * 不可变，可以放心缓存或跨线程传递。
 */
public final class Result {

    private final String clause;
    private final String calculator;
    private final Money amount;
    private final ResultKind kind;
    private final List<String> steps;

    private Result(String clause, String calculator, Money amount, ResultKind kind, List<String> steps) {
        this.clause = clause;
        this.calculator = calculator;
        this.amount = amount;
        this.kind = kind;
        this.steps = steps;
    }

    /**
     * @param clause 条款，如“第十四条”
     * @param calculator 计算器名称，如“研发投入补助”
     * @param amount 金额；kind 为 {@link ResultKind#NONE} 时必须为 0
     * @param steps 计算说明，按顺序；复制为不可修改的列表
     * @throws NullPointerException 任一参数或某个步骤为 null 时
     * @throws IllegalArgumentException “不予”却带有非零金额时
     */
    public static Result of(String clause, String calculator, Money amount, ResultKind kind, List<String> steps) {
        Objects.requireNonNull(clause, "条款不能为空");
        Objects.requireNonNull(calculator, "计算器名称不能为空");
        Objects.requireNonNull(amount, "金额不能为空");
        Objects.requireNonNull(kind, "结果性质不能为空");
        Objects.requireNonNull(steps, "计算说明不能为空");
        if (kind.nothing() && !amount.isZero()) {
            throw new IllegalArgumentException(calculator + " 结果为" + kind.chinese() + "，金额应为 0元，实际为 " + amount);
        }
        // Steps recorded by generated code are worded only when read (RecordedSteps is unmodifiable and
        // never holds null); copying them here would word them on every call.
        return new Result(clause, calculator, amount, kind, steps instanceof RecordedSteps ? steps : List.copyOf(steps));
    }

    /** 条款，如“第十四条”。 */
    public String clause() {
        return clause;
    }

    /** 计算器名称，如“研发投入补助”。 */
    public String calculator() {
        return calculator;
    }

    /** 金额；最高可得时是上限；应缴时是申请人应缴纳的金额。 */
    public Money amount() {
        return amount;
    }

    /** 确定金额、最高可得或不予；应缴的计算器为应缴或免费。 */
    public ResultKind kind() {
        return kind;
    }

    /** 不可修改的计算说明。 */
    public List<String> steps() {
        return steps;
    }

    /** 是否只是上限（最高可得）。 */
    public boolean isCeiling() {
        return kind == ResultKind.CEILING;
    }

    /**
     * 各步用“；”连起来并以“。”结尾；没有步骤时为空串。第一步若只是“依据第十四条”，其后用“：”，
     * 读作「依据第十四条：……」。
     */
    public String explanation() {
        return Explain.sentence(steps);
    }

    /**
     * 主管部门决定的金额是否符合本结果：最高可得时须在 0 与上限之间（含两端），确定金额、应缴时须恰好相等，不予、免费时须为 0。
     *
     * @throws PolicyInputException decided 为 null 时（它是 IllegalArgumentException）
     */
    public boolean permits(Money decided) {
        Checks.requireNonNull(decided, clause, "决定金额");
        return switch (kind) {
            case CEILING -> decided.signum() >= 0 && decided.compareTo(amount) <= 0;
            case FIXED, PAYABLE -> decided.equals(amount);
            case NONE, FREE -> decided.isZero();
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Result r
                && r.clause.equals(clause)
                && r.calculator.equals(calculator)
                && r.amount.equals(amount)
                && r.kind == kind
                && r.steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clause, calculator, amount, kind, steps);
    }

    /** 如「研发投入补助 最高可得 20万元：依据第十四条：……。」 */
    @Override
    public String toString() {
        return calculator + " " + kind.chinese() + " " + amount + "：" + explanation();
    }
}
