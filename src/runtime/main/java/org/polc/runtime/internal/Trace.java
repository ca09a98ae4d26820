package org.polc.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.polc.runtime.Compliance;
import org.polc.runtime.ComplianceKind;
import org.polc.runtime.Money;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;

/**
 * 生成的“带说明”方法边算边记的步骤，最后用 {@link #result} 得到 {@link Result}。
 * 可变且不是线程安全的：每次计算新建一个，只在一个线程里用。
 */
public final class Trace {

    private final String clause;
    private final List<String> steps = new ArrayList<>();

    /** @param clause 条款，如“第十四条” */
    public Trace(String clause) {
        this.clause = Objects.requireNonNull(clause, "条款不能为空");
    }

    /** 条款，如“第十四条”。 */
    public String clause() {
        return clause;
    }

    /** 追加一步说明，如“新增额 400万元 达到 200万元以上”；返回 this 以便连写。 */
    public Trace step(String text) {
        steps.add(Objects.requireNonNull(text, "计算说明不能为空"));
        return this;
    }

    /** 追加一步说明，只在它不为空时（如一个定义中没有需要说明的舍入时就不加）；返回 this 以便连写。 */
    public Trace note(String text) {
        if (!Objects.requireNonNull(text, "计算说明不能为空").isEmpty()) {
            steps.add(text);
        }
        return this;
    }

    /** 到目前为止的步骤，不可修改的副本。 */
    public List<String> steps() {
        return List.copyOf(steps);
    }

    /**
     * 用到目前为止的步骤构造合规规则的结果，末尾加上结论「&lt;规则&gt;：&lt;结论&gt;」（未满足时附理由）。本 Trace 不变。
     *
     * @param reason 未满足时显示的理由，可以为空串
     */
    public Compliance compliance(String rule, ComplianceKind kind, String reason) {
        Objects.requireNonNull(rule, "规则名称不能为空");
        Objects.requireNonNull(kind, "结论不能为空");
        List<String> all = new ArrayList<>(steps);
        all.add(Explain.verdict(rule, kind, reason));
        return new Compliance(clause, rule, kind, all);
    }

    /**
     * 用到目前为止的步骤构造结果，并在结果的步骤末尾加上一句结论：
     * 不予、免费时为「&lt;计算器&gt; 不予」「&lt;计算器&gt; 免费」，否则为「&lt;计算器&gt; &lt;性质&gt; &lt;金额&gt;」，如「研发投入补助 最高可得 20万元」。
     * 结论只加到返回的结果里，本 Trace 不变，所以可以多次调用。
     *
     * @throws IllegalArgumentException 不予、免费却带有非零金额时（见 {@link Result#of}）
     */
    public Result result(String calculator, Money amount, ResultKind kind) {
        Objects.requireNonNull(calculator, "计算器名称不能为空");
        Objects.requireNonNull(amount, "金额不能为空");
        Objects.requireNonNull(kind, "结果性质不能为空");
        List<String> all = new ArrayList<>(steps.size() + 1);
        all.addAll(steps);
        all.add(kind.nothing()
                ? calculator + " " + kind.chinese()
                : calculator + " " + kind.chinese() + " " + amount);
        return Result.of(clause, calculator, amount, kind, all);
    }
}
