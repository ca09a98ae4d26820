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
 * but only when the explanation is read. Until then a step is a few entries appended to one flat log —
 * its {@link Form}, then its values (the text of the .pol, the test, the amounts) — so recording a step
 * allocates nothing: no record per step, and no varargs array for the common shapes, which have
 * overloads of their own (a condition with up to two name and value pairs, an award or cap without
 * notes). The {@link Result} holds the log as a {@link RecordedSteps}, which words it the first time
 * {@link Result#steps()} or {@link Result#explanation()} is read. A caller who asks for the explanation
 * and reads only the amount pays for a log, not for the Chinese text.
 *
 * <p>For generated code only; not API. Mutable and not thread-safe: one per call, in one thread.
 */
public final class Steps {

    /**
     * What a step of the log is. A step is its header — an Integer holding the form in its low four bits
     * and the flags below — then the entries listed with each constant. Flags rather than entries keep
     * the stores per step few: each is a reference store into the log, with its GC barrier.
     */
    private enum Form {
        /** text, [count if 7 or more], the values (name and value pairs, then notes); flags HOLDS, count. */
        CONDITION,
        /** As CONDITION: a requirement of a 合规 rule. */
        REQUIREMENT,
        /** As CONDITION: a general (一般) requirement. */
        GENERAL,
        /** text, requirement, [count], values; as CONDITION. */
        APPLIES,
        /** key, value. */
        ROW,
        /** name, notes (a Note[]). */
        DEFINITION,
        /** text (null for a constant), money, [rate, rounding if WITH_RATE], [notes if WITH_NOTES]. */
        GIVE,
        /** As GIVE. */
        UP_TO,
        /** As GIVE. */
        PAY,
        /** reason ("" for none). */
        NONE,
        /** reason ("" for none). */
        FREE,
        /** amount, cap, [change if WITH_CHANGE], [notes if WITH_NOTES]. */
        CAP,
        /** Nothing. */
        AGAIN,
        /** cap text, cap, received, amount; flag YEARLY. */
        CUMULATIVE
    }

    private static final Form[] FORMS = Form.values();
    private static final int FORM = 0b1111;
    /** Conditions: the test held. */
    private static final int HOLDS = 1 << 4;
    /** Awards: the amount is money × rate, rounded. */
    private static final int WITH_RATE = 1 << 4;
    /** Caps: the text changed the cap. */
    private static final int WITH_CHANGE = 1 << 4;
    /** Cumulative ceilings: within the year. */
    private static final int YEARLY = 1 << 4;
    /** Awards and caps: notes follow. */
    private static final int WITH_NOTES = 1 << 5;
    /** Conditions: the number of values in bits 5–7; {@link #MANY} means it is the next entry. */
    private static final int COUNT = 5;
    private static final int MANY = 7;
    /** Every header, made once: Integer.valueOf would allocate the ones above 127. */
    private static final Integer[] HEADERS = new Integer[1 << 8];

    static {
        for (int i = 0; i < HEADERS.length; i++) {
            HEADERS[i] = i;
        }
    }

    private static final Note[] NO_NOTES = {};

    private final String clause;
    /** The steps after the basis, in order, each its header and then its entries; appended to, never changed. */
    private Object[] log = new Object[32];
    private int size;
    /** The kind of the awards given so far, combined in order (再给予 adds one); null before the first. */
    private ResultKind kind;

    private Steps(String clause) {
        this.clause = Objects.requireNonNull(clause, "条款不能为空");
    }

    /** A recorder whose first step is the basis, 依据第十四条. */
    public static Steps of(String clause) {
        return new Steps(clause);
    }

    /** Appends one entry, doubling the log when it is full. */
    private void put(Object entry) {
        if (size == log.length) {
            log = Arrays.copyOf(log, size * 2);
        }
        log[size++] = entry;
    }

    private void header(Form form, int flags) {
        put(HEADERS[form.ordinal() | flags]);
    }

    /** A condition's header, with its count when it fits. */
    private void header(Form form, boolean holds, int count) {
        header(form, (holds ? HOLDS : 0) | Math.min(count, MANY) << COUNT);
    }

    /** The values of a condition whose header was just put: the count first when it did not fit. */
    private void putValues(Object[] values) {
        if (values.length >= MANY) {
            put(values.length);
        }
        for (Object value : values) {
            put(value);
        }
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
        header(Form.DEFINITION, 0);
        put(name);
        put(roundings);
    }

    // ------------------------------------------------------------ conditions

    /**
     * 「新增额 200万元 以上」成立（新增额 400万元）: records the test and returns it.
     *
     * @param shown the values the condition read, as name and value pairs (新增额, 400万元), then any
     *     {@link #rounded} notes
     */
    public boolean condition(String text, boolean holds, Object... shown) {
        return test(Form.CONDITION, text, holds, shown);
    }

    /** A condition that shows no values. */
    public boolean condition(String text, boolean holds) {
        header(Form.CONDITION, holds, 0);
        put(text);
        return holds;
    }

    /** A condition that shows one value: 「新增额 200万元 以上」成立（新增额 400万元）. */
    public boolean condition(String text, boolean holds, Object name, Object value) {
        if (!isNote(name)) {
            requireName(name);
        }
        header(Form.CONDITION, holds, 2);
        put(text);
        put(name);
        put(value);
        return holds;
    }

    /** A condition that shows two values. */
    public boolean condition(String text, boolean holds, Object name, Object value, Object name2, Object value2) {
        // the check pairs(shown) makes, without the array: names are Strings up to the first note
        if (!isNote(name)) {
            requireName(name);
            if (!isNote(name2)) {
                requireName(name2);
            }
        }
        header(Form.CONDITION, holds, 4);
        put(text);
        put(name);
        put(value);
        put(name2);
        put(value2);
        return holds;
    }

    /** A requirement of a 合规 rule, 「每层分割面积 不小于 1000平方米」成立（…）; returns the test. */
    public boolean requirement(String text, boolean holds, Object... shown) {
        return test(Form.REQUIREMENT, text, holds, shown);
    }

    /** A general (一般) requirement: 一般要求「容积率 不低于 2.5」不成立（…）; returns the test. */
    public boolean generalRequirement(String text, boolean holds, Object... shown) {
        return test(Form.GENERAL, text, holds, shown);
    }

    /** Whether a requirement applies: 「试点项目」不成立（试点项目 否），「容积率 不超过 3.5」不适用; returns the test. */
    public boolean applies(String text, boolean holds, String requirement, Object... shown) {
        pairs(shown);
        header(Form.APPLIES, holds, shown.length);
        put(text);
        put(requirement);
        putValues(shown);
        return holds;
    }

    private boolean test(Form form, String text, boolean holds, Object[] shown) {
        pairs(shown);
        header(form, holds, shown.length);
        put(text);
        putValues(shown);
        return holds;
    }

    /** 「绩效评价」为 五星，按表. */
    public void row(String key, Object value) {
        header(Form.ROW, 0);
        put(key);
        put(value);
    }

    // ------------------------------------------------------------ awards

    /** 给予 200万元; returns the amount. */
    public Money give(Money amount, Note... notes) {
        return award(ResultKind.FIXED, Form.GIVE, null, amount, null, null, notes, amount);
    }

    /** 给予 200万元, with no notes; returns the amount. */
    public Money give(Money amount) {
        return give(amount, NO_NOTES);
    }

    /** 给予「配套基数 × 2倍」计 100万元; returns the amount. */
    public Money give(String text, Money amount, Note... notes) {
        return award(ResultKind.FIXED, Form.GIVE, text, amount, null, null, notes, amount);
    }

    /** As {@link #give(String, Money, Note...)}, with no notes. */
    public Money give(String text, Money amount) {
        return give(text, amount, NO_NOTES);
    }

    /** 给予「…」计 400万元 × 5% = 20万元: the amount is money × rate, rounded, shown with the product. */
    public Money give(String text, Money money, Rate rate, Rounding rounding, Note... notes) {
        return award(ResultKind.FIXED, Form.GIVE, text, money, rate, rounding, notes, money.times(rate, rounding));
    }

    /** As {@link #give(String, Money, Rate, Rounding, Note...)}, with no notes. */
    public Money give(String text, Money money, Rate rate, Rounding rounding) {
        return give(text, money, rate, rounding, NO_NOTES);
    }

    /** 最高 500万元; returns the amount. */
    public Money upTo(Money amount, Note... notes) {
        return award(ResultKind.CEILING, Form.UP_TO, null, amount, null, null, notes, amount);
    }

    /** As {@link #upTo(Money, Note...)}, with no notes. */
    public Money upTo(Money amount) {
        return upTo(amount, NO_NOTES);
    }

    /** 按不超过「备案企业数 × 15万元」计 60万元; returns the amount. */
    public Money upTo(String text, Money amount, Note... notes) {
        return award(ResultKind.CEILING, Form.UP_TO, text, amount, null, null, notes, amount);
    }

    /** As {@link #upTo(String, Money, Note...)}, with no notes. */
    public Money upTo(String text, Money amount) {
        return upTo(text, amount, NO_NOTES);
    }

    /** 按不超过「新增额 × 5%」计 400万元 × 5% = 20万元; returns money × rate, rounded. */
    public Money upTo(String text, Money money, Rate rate, Rounding rounding, Note... notes) {
        return award(ResultKind.CEILING, Form.UP_TO, text, money, rate, rounding, notes, money.times(rate, rounding));
    }

    /** As {@link #upTo(String, Money, Rate, Rounding, Note...)}, with no notes. */
    public Money upTo(String text, Money money, Rate rate, Rounding rounding) {
        return upTo(text, money, rate, rounding, NO_NOTES);
    }

    /** 应缴 650元: what the applicant pays; returns the amount. */
    public Money pay(Money amount, Note... notes) {
        return award(ResultKind.PAYABLE, Form.PAY, null, amount, null, null, notes, amount);
    }

    /** 应缴「通行费 × 六五折」计 650元; returns the amount. */
    public Money pay(String text, Money amount, Note... notes) {
        return award(ResultKind.PAYABLE, Form.PAY, text, amount, null, null, notes, amount);
    }

    /** 应缴「…」计 1000元 × 65% = 650元; returns money × rate, rounded. */
    public Money pay(String text, Money money, Rate rate, Rounding rounding, Note... notes) {
        return award(ResultKind.PAYABLE, Form.PAY, text, money, rate, rounding, notes, money.times(rate, rounding));
    }

    /** 不予; returns zero. */
    public Money none() {
        return none("");
    }

    /** 不予：年度研发投入额新增不足200万元; returns zero. */
    public Money none(String reason) {
        header(Form.NONE, 0);
        put(reason);
        given(ResultKind.NONE);
        return Money.ZERO;
    }

    /** 免费: nothing to pay; returns zero. */
    public Money free() {
        return free("");
    }

    /** 免费：国家鲜活农产品运输“绿色通道”; returns zero. */
    public Money free(String reason) {
        header(Form.FREE, 0);
        put(reason);
        given(ResultKind.FREE);
        return Money.ZERO;
    }

    /** 未超过最高 200万元, or 超过最高 200万元，按 200万元 计; returns the smaller. */
    public Money cap(Money amount, Money cap, Note... roundings) {
        return cap(amount, cap, null, roundings);
    }

    /** As {@link #cap(Money, Money, Note...)}, with no notes. */
    public Money cap(Money amount, Money cap) {
        return cap(amount, cap, null, NO_NOTES);
    }

    /** As {@link #cap(Money, Money, Note...)}, for a cap the text changed: 超过最高 500万元（由200万元提高至500万元），…. */
    public Money cap(Money amount, Money cap, String change, Note... roundings) {
        header(Form.CAP, (change != null ? WITH_CHANGE : 0) | (roundings.length > 0 ? WITH_NOTES : 0));
        put(amount);
        put(cap);
        if (change != null) {
            put(change);
        }
        if (roundings.length > 0) {
            put(roundings);
        }
        return Money.min(amount, cap);
    }

    /** 再给予: an amount given in addition follows. */
    public void again() {
        header(Form.AGAIN, 0);
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
        header(Form.CUMULATIVE, yearly ? YEARLY : 0);
        put(capText);
        put(cap);
        put(received);
        put(amount);
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
        // The log is only appended to, so the entries below size stay as they are whatever is recorded later.
        return Result.of(clause, calculator, amount, resultKind, new RecordedSteps(clause, log, size, calculator, resultKind, amount));
    }

    /** The verdict of a 合规 rule, its last step 分割转让面积：合规. */
    public Compliance compliance(String rule, ComplianceKind verdict) {
        return compliance(rule, verdict, "");
    }

    /** As {@link #compliance(String, ComplianceKind)}, with the reason shown when the rule is not met. */
    public Compliance compliance(String rule, ComplianceKind verdict, String reason) {
        Objects.requireNonNull(rule, "规则名称不能为空");
        Objects.requireNonNull(verdict, "结论不能为空");
        List<String> all = words(clause, log, size);
        all.add(Explain.verdict(rule, verdict, reason));
        return new Compliance(clause, rule, verdict, all);
    }

    /** The steps as one sentence: 依据第二条：「实际支付金额 达 300万元」成立（…）。 */
    public String sentence() {
        return Explain.sentence(words(clause, log, size));
    }

    private ResultKind kind() {
        if (kind == null) {
            throw new IllegalStateException("计算说明中还没有给予任何金额");
        }
        return kind;
    }

    /** Records an award; the kinds of amounts given one after another (再给予) combine as the interpreter combines them. */
    private Money award(ResultKind awarded, Form form, String text, Money money, Rate rate, Rounding rounding, Note[] notes,
            Money amount) {
        header(form, (rate != null ? WITH_RATE : 0) | (notes.length > 0 ? WITH_NOTES : 0));
        put(text);
        put(money);
        if (rate != null) {
            put(rate);
            put(rounding);
        }
        if (notes.length > 0) {
            put(notes);
        }
        given(awarded);
        return amount;
    }

    private void given(ResultKind awarded) {
        kind = kind == null ? awarded : ResultKind.combine(kind, awarded);
    }

    // ------------------------------------------------------------ wording, when read

    /**
     * The words of every step of the log, the basis first; a definition with nothing to note adds none
     * (as Trace.note). Each step is worded as the interpreter words it.
     */
    static List<String> words(String clause, Object[] log, int size) {
        List<String> words = new ArrayList<>(size / 4 + 2);
        words.add(Explain.basis(clause));
        int at = 0;
        while (at < size) {
            int header = (Integer) log[at++];
            Form form = FORMS[header & FORM];
            String text;
            switch (form) {
                case CONDITION, REQUIREMENT, GENERAL, APPLIES -> {
                    String test = (String) log[at++];
                    boolean holds = (header & HOLDS) != 0;
                    String requirement = form == Form.APPLIES ? (String) log[at++] : null;
                    int count = header >>> COUNT & MANY;
                    if (count == MANY) {
                        count = (Integer) log[at++];
                    }
                    Object[] shown = Arrays.copyOfRange(log, at, at + count);
                    at += count;
                    String values = values(shown);
                    text = switch (form) {
                        case CONDITION -> Explain.condition(test, holds, values);
                        case REQUIREMENT -> Explain.requirement(test, holds, values, false);
                        case GENERAL -> Explain.requirement(test, holds, values, true);
                        default -> Explain.applies(test, holds, values, requirement);
                    } + within(shown);
                }
                case ROW -> {
                    text = Explain.row((String) log[at], log[at + 1]);
                    at += 2;
                }
                case DEFINITION -> {
                    text = Explain.definition((String) log[at], roundings((Note[]) log[at + 1]));
                    at += 2;
                }
                case GIVE, UP_TO, PAY -> {
                    String expression = (String) log[at++];
                    Money money = (Money) log[at++];
                    Rate rate = null;
                    Rounding rounding = null;
                    if ((header & WITH_RATE) != 0) {
                        rate = (Rate) log[at++];
                        rounding = (Rounding) log[at++];
                    }
                    Note[] notes = (header & WITH_NOTES) != 0 ? (Note[]) log[at++] : NO_NOTES;
                    text = award(form, expression, money, rate, rounding, notes);
                }
                case NONE -> text = Explain.none((String) log[at++]);
                case FREE -> text = Explain.free((String) log[at++]);
                case CAP -> {
                    Money amount = (Money) log[at++];
                    Money cap = (Money) log[at++];
                    String change = (header & WITH_CHANGE) != 0 ? (String) log[at++] : null;
                    Note[] notes = (header & WITH_NOTES) != 0 ? (Note[]) log[at++] : NO_NOTES;
                    text = (change == null ? Explain.cap(amount, cap) : Explain.cap(amount, cap, change)) + within(notes);
                }
                case AGAIN -> text = Explain.again();
                case CUMULATIVE -> {
                    text = Explain.cumulative((header & YEARLY) != 0, (String) log[at], (Money) log[at + 1], (Money) log[at + 2],
                            (Money) log[at + 3]);
                    at += 4;
                }
                default -> throw new IllegalStateException("计算说明中有未知的步骤：" + form);
            }
            if (!text.isEmpty()) {
                words.add(text);
            }
        }
        return words;
    }

    /**
     * An award: its text (null for a constant), the amount, or with a rate the money it multiplies (shown
     * as the product, with its exact value and rounding), and the notes after it.
     */
    private static String award(Form form, String text, Money money, Rate rate, Rounding rounding, Note[] notes) {
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
        return words + notes(notes);
    }

    /**
     * Whether a shown value is a note. Asked of every name a condition records, so it tests the two record
     * classes, each one compare of the object's class, and not {@code instanceof Note}: on JDK 17 a failed
     * test against an interface scans the object's interfaces with a slow instruction, about 40 ns for a
     * String on this project's machine, and a condition with two pairs made two such tests: most of what
     * recording it cost.
     */
    private static boolean isNote(Object value) {
        return value instanceof Rounded || value instanceof Changed;
    }

    private static void requireName(Object name) {
        if (!(name instanceof String)) {
            throw new IllegalArgumentException("条件所用的值应成对给出：名称、值");
        }
    }

    /** Checks, as it records them, that a condition's values come in name and value pairs before any notes. */
    private static void pairs(Object[] shown) {
        for (int i = 0; i < shown.length && !isNote(shown[i]); i += 2) {
            if (i + 1 >= shown.length) {
                throw new IllegalArgumentException("条件所用的值应成对给出：名称、值");
            }
            requireName(shown[i]);
        }
    }

    /** The bracket of a condition: its name and value pairs, joined (新增额 400万元，经营规模 符合认定标准). */
    private static String values(Object[] shown) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < shown.length && !isNote(shown[i]); i += 2) {
            values.add(Explain.value((String) shown[i], shown[i + 1]));
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
