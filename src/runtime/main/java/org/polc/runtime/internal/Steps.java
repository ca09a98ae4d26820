package org.polc.runtime.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.polc.runtime.Compliance;
import org.polc.runtime.ComplianceKind;
import org.polc.runtime.Money;
import org.polc.runtime.Rate;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.runtime.Rounding;

/**
 * What a generated explained method records, one call per step, so that the method reads as the fast
 * one does — the same {@code if / else if} chain — with a line per step: a test is written
 * {@code steps.condition(text, test, name, value, …)}, which records the step and returns the test, and an
 * award {@code _amount = steps.give(…)}, which records the step and returns the amount. The recorder
 * also keeps the kind of the result (确定金额, 最高可得, 不予 …) as the awards are given, so the method
 * has no local for it.
 *
 * <p>Each step is worded by {@link Explain}, exactly as the interpreter words it through {@link Trace},
 * but only when the explanation is read: the recorder keeps each step as a small record of its values
 * (the text of the .pol, the test, the amounts), and the {@link Result} it returns holds them as a
 * {@link RecordedSteps}, which words them the first time {@link Result#steps()} or
 * {@link Result#explanation()} is read. A caller who asks for the explanation and reads only the amount
 * pays for the records, not for the Chinese text.
 *
 * <p>For generated code only; not API. Mutable and not thread-safe: one per call, in one thread.
 */
public final class Steps {

    private final String clause;
    /** The steps after the basis, in order: each a {@link Step} worded when read (or a String already worded). */
    private Object[] steps = new Object[8];
    private int size;
    /** The kind of the awards given so far, combined in order (再给予 adds one); null before the first. */
    private ResultKind kind;

    private Steps(String clause) {
        this.clause = Objects.requireNonNull(clause, "条款不能为空");
    }

    /** A step kept as its values, worded by {@link Explain} when the explanation is read; "" for none. */
    private interface Step {
        String words();
    }

    private void step(Object step) {
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, size * 2);
        }
        steps[size++] = step;
    }

    /** The words of every step, the basis first; a definition with nothing to note adds none (as Trace.note). */
    private static List<String> words(String clause, Object[] steps, int size) {
        List<String> words = new ArrayList<>(size + 2);
        words.add(Explain.basis(clause));
        for (int i = 0; i < size; i++) {
            String text = steps[i] instanceof Step s ? s.words() : (String) steps[i];
            if (!text.isEmpty()) {
                words.add(text);
            }
        }
        return words;
    }

    private List<String> words() {
        return words(clause, steps, size);
    }

    /** A recorder whose first step is the basis, 依据第十四条. */
    public static Steps of(String clause) {
        return new Steps(clause);
    }

    // ------------------------------------------------------------ notes

    /** A note that goes after a step: a rounding inside it, or a value the text changed. */
    public sealed interface Note permits Rounded, Changed {}

    /** A product inside a step that may not be a whole number of 分, noted after the step when it is not. */
    public record Rounded(String text, Money money, Rate rate, Rounding rounding) implements Note {}

    /** A value the text changed, shown after the step's amount: （由200万元提高至500万元）. */
    public record Changed(String change) implements Note {}

    /** 「新增额 × 5%」, noted after the step when the product of {@code money} and {@code rate} is not whole 分. */
    public Note rounded(String text, Money money, Rate rate, Rounding rounding) {
        return new Rounded(text, money, rate, rounding);
    }

    /** （由200万元提高至500万元）, after the amount of the step. */
    public Note changed(String change) {
        return new Changed(change);
    }

    /**
     * The roundings of a definition the method reads, as a step of their own: 甲：「保费 × 5%」为 …; no step
     * when every product was whole 分.
     */
    public void definition(String name, Note... roundings) {
        step((Step) () -> Explain.definition(name, roundings(roundings)));
    }

    // ------------------------------------------------------------ conditions

    /**
     * 「新增额 200万元 以上」成立（新增额 400万元）: records the test and returns it.
     *
     * @param shown the values the condition read, as name and value pairs (新增额, 400万元), then any
     *     {@link #rounded} notes
     */
    public boolean condition(String text, boolean holds, Object... shown) {
        step(new Condition(CONDITION, text, holds, pairs(shown), null));
        return holds;
    }

    private static final int CONDITION = 0;
    private static final int REQUIREMENT = 1;
    private static final int GENERAL = 2;
    private static final int APPLIES = 3;

    /** A test and the values it read; {@code requirement} only for {@link #APPLIES}. */
    private record Condition(int form, String text, boolean holds, Object[] shown, String requirement) implements Step {
        public String words() {
            String values = values(shown);
            String words = switch (form) {
                case CONDITION -> Explain.condition(text, holds, values);
                case REQUIREMENT -> Explain.requirement(text, holds, values, false);
                case GENERAL -> Explain.requirement(text, holds, values, true);
                default -> Explain.applies(text, holds, values, requirement);
            };
            return words + within(shown);
        }
    }

    /** A requirement of a 合规 rule, 「每层分割面积 不小于 1000平方米」成立（…）; returns the test. */
    public boolean requirement(String text, boolean holds, Object... shown) {
        step(new Condition(REQUIREMENT, text, holds, pairs(shown), null));
        return holds;
    }

    /** A general (一般) requirement: 一般要求「容积率 不低于 2.5」不成立（…）; returns the test. */
    public boolean generalRequirement(String text, boolean holds, Object... shown) {
        step(new Condition(GENERAL, text, holds, pairs(shown), null));
        return holds;
    }

    /** Whether a requirement applies: 「试点项目」不成立（试点项目 否），「容积率 不超过 3.5」不适用; returns the test. */
    public boolean applies(String text, boolean holds, String requirement, Object... shown) {
        step(new Condition(APPLIES, text, holds, pairs(shown), requirement));
        return holds;
    }

    /** 「绩效评价」为 五星，按表. */
    public void row(String key, Object value) {
        step((Step) () -> Explain.row(key, value));
    }

    // ------------------------------------------------------------ awards

    /** 给予 200万元; returns the amount. */
    public Money give(Money amount, Note... notes) {
        return award(ResultKind.FIXED, new Award(GIVE, null, amount, null, null, notes), amount);
    }

    /** 给予「配套基数 × 2倍」计 100万元; returns the amount. */
    public Money give(String text, Money amount, Note... notes) {
        return award(ResultKind.FIXED, new Award(GIVE, text, amount, null, null, notes), amount);
    }

    /** 给予「…」计 400万元 × 5% = 20万元: the amount is money × rate, rounded, shown with the product. */
    public Money give(String text, Money money, Rate rate, Rounding rounding, Note... notes) {
        return award(ResultKind.FIXED, new Award(GIVE, text, money, rate, rounding, notes), money.times(rate, rounding));
    }

    /** 最高 500万元; returns the amount. */
    public Money upTo(Money amount, Note... notes) {
        return award(ResultKind.CEILING, new Award(UP_TO, null, amount, null, null, notes), amount);
    }

    /** 按不超过「备案企业数 × 15万元」计 60万元; returns the amount. */
    public Money upTo(String text, Money amount, Note... notes) {
        return award(ResultKind.CEILING, new Award(UP_TO, text, amount, null, null, notes), amount);
    }

    /** 按不超过「新增额 × 5%」计 400万元 × 5% = 20万元; returns money × rate, rounded. */
    public Money upTo(String text, Money money, Rate rate, Rounding rounding, Note... notes) {
        return award(ResultKind.CEILING, new Award(UP_TO, text, money, rate, rounding, notes), money.times(rate, rounding));
    }

    /** 应缴 650元: what the applicant pays; returns the amount. */
    public Money pay(Money amount, Note... notes) {
        return award(ResultKind.PAYABLE, new Award(PAY, null, amount, null, null, notes), amount);
    }

    /** 应缴「通行费 × 六五折」计 650元; returns the amount. */
    public Money pay(String text, Money amount, Note... notes) {
        return award(ResultKind.PAYABLE, new Award(PAY, text, amount, null, null, notes), amount);
    }

    /** 应缴「…」计 1000元 × 65% = 650元; returns money × rate, rounded. */
    public Money pay(String text, Money money, Rate rate, Rounding rounding, Note... notes) {
        return award(ResultKind.PAYABLE, new Award(PAY, text, money, rate, rounding, notes), money.times(rate, rounding));
    }

    private static final int GIVE = 0;
    private static final int UP_TO = 1;
    private static final int PAY = 2;

    /**
     * An award: its text (null for a constant), the amount, or with a rate the money it multiplies (shown
     * as the product, with its exact value and rounding), and the notes after it.
     */
    private record Award(int form, String text, Money money, Rate rate, Rounding rounding, Note[] notes) implements Step {
        public String words() {
            String words;
            if (rate == null) {
                words = switch (form) {
                    case GIVE -> Explain.give(text, money);
                    case UP_TO -> Explain.upTo(text, money);
                    default -> Explain.pay(text, money);
                };
            } else {
                String product = Explain.product(money, rate, rounding);
                words = switch (form) {
                    case GIVE -> Explain.give(text, product);
                    case UP_TO -> Explain.upTo(text, product);
                    default -> Explain.pay(text, product);
                };
            }
            return words + Steps.notes(notes);
        }
    }

    /** 不予; returns zero. */
    public Money none() {
        return award(ResultKind.NONE, NONE, Money.ZERO);
    }

    /** 不予：年度研发投入额新增不足200万元; returns zero. */
    public Money none(String reason) {
        return award(ResultKind.NONE, (Step) () -> Explain.none(reason), Money.ZERO);
    }

    /** 免费: nothing to pay; returns zero. */
    public Money free() {
        return award(ResultKind.FREE, FREE, Money.ZERO);
    }

    /** 免费：国家鲜活农产品运输“绿色通道”; returns zero. */
    public Money free(String reason) {
        return award(ResultKind.FREE, (Step) () -> Explain.free(reason), Money.ZERO);
    }

    private static final String NONE = Explain.none("");
    private static final String FREE = Explain.free("");

    /** 未超过最高 200万元, or 超过最高 200万元，按 200万元 计; returns the smaller. */
    public Money cap(Money amount, Money cap, Note... roundings) {
        step((Step) () -> Explain.cap(amount, cap) + within(roundings));
        return Money.min(amount, cap);
    }

    /** As {@link #cap(Money, Money, Note...)}, for a cap the text changed: 超过最高 500万元（由200万元提高至500万元），…. */
    public Money cap(Money amount, Money cap, String change, Note... roundings) {
        step((Step) () -> Explain.cap(amount, cap, change) + within(roundings));
        return Money.min(amount, cap);
    }

    /** 再给予: an amount given in addition follows. */
    public void again() {
        step(Explain.again());
    }

    /** Whether the awards so far give something (they are not 不予), so a cumulative ceiling applies. */
    public boolean gives() {
        return kind() != ResultKind.NONE;
    }

    /**
     * 累计最高 500万元，已获 300万元，尚余 200万元，未超过余额: at most what is left under the ceiling; when
     * nothing is left, the result becomes 不予. Returns the amount that remains to give.
     *
     * @param capText the ceiling as shown, 500万元 or 500万元（由200万元提高至500万元）
     */
    public Money cumulative(String capText, Money cap, Money received, Money amount) {
        return cumulative(false, capText, cap, received, amount);
    }

    /** As {@link #cumulative}, within the year: 年度累计最高 …，本年度已获 …. */
    public Money yearlyCumulative(String capText, Money cap, Money received, Money amount) {
        return cumulative(true, capText, cap, received, amount);
    }

    private Money cumulative(boolean yearly, String capText, Money cap, Money received, Money amount) {
        step((Step) () -> Explain.cumulative(yearly, capText, cap, received, amount));
        Money remaining = Money.remaining(cap, received);
        if (remaining.isZero()) {
            kind = ResultKind.NONE;
            return Money.ZERO;
        }
        return amount.min(remaining);
    }

    // ------------------------------------------------------------ results

    /**
     * The result, its last step the conclusion: 研发投入补助 最高可得 20万元. Its steps are worded when first
     * read; steps recorded after this call are not part of it.
     */
    public Result result(String calculator, Money amount) {
        ResultKind resultKind = kind();
        Objects.requireNonNull(calculator, "计算器名称不能为空");
        Objects.requireNonNull(amount, "金额不能为空");
        String clause = this.clause;
        Object[] recorded = steps;
        int count = size;
        return Result.of(clause, calculator, amount, resultKind, new RecordedSteps(() -> {
            List<String> words = words(clause, recorded, count);
            words.add(resultKind.nothing()
                    ? calculator + " " + resultKind.chinese()
                    : calculator + " " + resultKind.chinese() + " " + amount);
            return words;
        }));
    }

    /** The verdict of a 合规 rule, its last step 分割转让面积：合规. */
    public Compliance compliance(String rule, ComplianceKind verdict) {
        return compliance(rule, verdict, "");
    }

    /** As {@link #compliance(String, ComplianceKind)}, with the reason shown when the rule is not met. */
    public Compliance compliance(String rule, ComplianceKind verdict, String reason) {
        Objects.requireNonNull(rule, "规则名称不能为空");
        Objects.requireNonNull(verdict, "结论不能为空");
        List<String> all = words();
        all.add(Explain.verdict(rule, verdict, reason));
        return new Compliance(clause, rule, verdict, all);
    }

    /** The steps as one sentence: 依据第二条：「实际支付金额 达 300万元」成立（…）。 */
    public String sentence() {
        return Explain.sentence(words());
    }

    private ResultKind kind() {
        if (kind == null) {
            throw new IllegalStateException("计算说明中还没有给予任何金额");
        }
        return kind;
    }

    /** Records an award; the kinds of amounts given one after another (再给予) combine as the interpreter combines them. */
    private Money award(ResultKind awarded, Object step, Money amount) {
        step(step);
        kind = kind == null ? awarded : ResultKind.combine(kind, awarded);
        return amount;
    }

    /** Checks, as it records them, that a condition's values come in name and value pairs before any notes. */
    private static Object[] pairs(Object[] shown) {
        for (int i = 0; i < shown.length && !(shown[i] instanceof Note); i += 2) {
            if (i + 1 >= shown.length || !(shown[i] instanceof String)) {
                throw new IllegalArgumentException("条件所用的值应成对给出：名称、值");
            }
        }
        return shown;
    }

    /** The bracket of a condition: its name and value pairs, joined (新增额 400万元，经营规模 符合认定标准). */
    private static String values(Object[] shown) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < shown.length && !(shown[i] instanceof Note); i += 2) {
            if (i + 1 >= shown.length || !(shown[i] instanceof String name)) {
                throw new IllegalArgumentException("条件所用的值应成对给出：名称、值");
            }
            values.add(Explain.value(name, shown[i + 1]));
        }
        return Explain.values(values.toArray(String[]::new));
    }

    /** （其中「…」为 …）: the roundings among {@code shown}, after the step; empty when every one was exact. */
    private static String within(Object[] shown) {
        return Explain.within(roundings(shown));
    }

    /** A change first, as the interpreter writes it after the amount, then the roundings. */
    private static String notes(Note[] notes) {
        String changed = "";
        for (Note note : notes) {
            if (note instanceof Changed c) {
                changed += Explain.changed(c.change());
            }
        }
        return changed + within(notes);
    }

    private static String[] roundings(Object[] notes) {
        List<String> texts = new ArrayList<>();
        for (Object note : notes) {
            if (note instanceof Rounded r) {
                texts.add(Explain.rounded(r.text(), r.money(), r.rate(), r.rounding()));
            }
        }
        return texts.toArray(String[]::new);
    }
}
