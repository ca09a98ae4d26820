package org.polc.runtime.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.polc.runtime.ComplianceKind;
import org.polc.runtime.Money;
import org.polc.runtime.Rate;
import org.polc.runtime.Rounding;
import org.polc.runtime.Share;

/**
 * The wording of explanation steps. The interpreter behind {@code polc eval} and the generated
 * calculators both call these methods, so the same inputs give the same explanation, word for word.
 */
public final class Explain {

    private Explain() {}

    /** 依据第十四条. */
    public static String basis(String clause) {
        return "依据" + clause;
    }

    /** 「新增额 200万元 以上」成立（新增额 400万元）. */
    public static String condition(String text, boolean holds, String values) {
        return "「" + text + "」" + (holds ? "成立" : "不成立") + (values.isEmpty() ? "" : "（" + values + "）");
    }

    /** One value for a condition's bracket: 新增额 400万元, 经认定 是. */
    public static String value(String name, Object value) {
        return name + " " + show(value);
    }

    /**
     * A share for a condition's bracket: 工业用地出让量 占 出让土地总量 的比重 为 7/20（35%）;
     * {@code shown} is what {@link Share#shown} says of it.
     */
    public static String share(String expression, String shown) {
        return expression + " " + shown;
    }

    /** Joins values for a condition: 新增额 400万元，经营规模 符合认定标准. */
    public static String values(String... parts) {
        return String.join("，", parts);
    }

    public static String show(Object value) {
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return String.valueOf(value);
    }

    /** 给予 200万元, or 给予「省财政补助额 × 2倍」计 200万元 when the amount is computed. */
    public static String give(String expression, Money amount) {
        return expression == null ? "给予 " + amount : "给予「" + expression + "」计 " + amount;
    }

    /** 最高 500万元, or 按不超过「新增额 × 5%」计 20万元. */
    public static String upTo(String expression, Money amount) {
        return expression == null ? "最高 " + amount : "按不超过「" + expression + "」计 " + amount;
    }

    /** 未超过最高 200万元, or 超过最高 200万元，按 200万元 计. */
    public static String cap(Money before, Money cap) {
        return before.compareTo(cap) <= 0 ? "未超过最高 " + cap : "超过最高 " + cap + "，按 " + cap + " 计";
    }

    /**
     * As {@link #cap(Money, Money)}, with the change of a cap the text changed after its amount:
     * 超过最高 500万元（由200万元提高至500万元），按 500万元 计.
     */
    public static String cap(Money before, Money cap, String change) {
        String shown = cap + changed(change);
        return before.compareTo(cap) <= 0 ? "未超过最高 " + shown : "超过最高 " + shown + "，按 " + cap + " 计";
    }

    /** 不予：年度研发投入额新增不足200万元. */
    public static String none(String reason) {
        return reason == null || reason.isEmpty() ? "不予" : "不予：" + reason;
    }

    /**
     * A requirement of a 合规 rule: 「每层分割面积 不小于 1000平方米」成立（每层分割面积 1200平方米）; a general
     * one (一般) is marked 一般要求「容积率 不低于 2.5」不成立（容积率 2.3）.
     */
    public static String requirement(String text, boolean holds, String values, boolean general) {
        return (general ? "一般要求" : "") + condition(text, holds, values);
    }

    /** The condition under which a requirement applies: 「试点项目」不成立（试点项目 否），「容积率 不超过 3.5」不适用. */
    public static String applies(String text, boolean holds, String values, String requirement) {
        return condition(text, holds, values) + (holds ? "" : "，「" + requirement + "」不适用");
    }

    /** 分割转让面积：合规; 分割转让面积：不合规（须每幢不小于3000平方米）. */
    public static String verdict(String rule, ComplianceKind kind, String reason) {
        boolean met = kind == ComplianceKind.COMPLIANT;
        return rule + "：" + kind.chinese() + (met || reason == null || reason.isEmpty() ? "" : "（" + reason + "）");
    }

    /** 「绩效评价」为 五星，按表. */
    public static String row(String key, Object value) {
        return "「" + key + "」为 " + show(value) + "，按表";
    }

    /**
     * The steps as one sentence: joined by “；”, ending in “。”; a first step that is only the basis
     * (依据第十四条) is followed by “：”. Empty for no steps.
     */
    public static String sentence(List<String> steps) {
        if (steps.isEmpty()) {
            return "";
        }
        if (steps.size() > 1 && BASIS.matcher(steps.get(0)).matches()) {
            return steps.get(0) + "：" + String.join("；", steps.subList(1, steps.size())) + "。";
        }
        return String.join("；", steps) + "。";
    }

    private static final Pattern BASIS = Pattern.compile("依据第[零一二两三四五六七八九十百千0-9]+条");

    /** 应缴 650元, or 应缴「通行费 × 六五折」计 650元: what the applicant pays. */
    public static String pay(String expression, Money amount) {
        return expression == null ? "应缴 " + amount : "应缴「" + expression + "」计 " + amount;
    }

    /** 免费, or 免费：国家鲜活农产品运输“绿色通道”: nothing to pay. */
    public static String free(String reason) {
        return reason == null || reason.isEmpty() ? "免费" : "免费：" + reason;
    }

    /** （由200万元提高至500万元）: a value the text changed, after the value it became; empty for none. */
    public static String changed(String change) {
        return change == null || change.isEmpty() ? "" : "（" + change + "）";
    }

    /**
     * A cumulative ceiling given what was already received: 累计最高 500万元，已获 300万元，尚余 200万元，未超过余额;
     * …，尚余 200万元，按 200万元 计; 累计最高 500万元，已获 600万元，已无余额. With {@code yearly} the total is within
     * the year: 年度累计最高 …，本年度已获 ….
     *
     * @param cap the ceiling, as shown (500万元, or 500万元（由200万元提高至500万元）)
     */
    public static String cumulative(boolean yearly, String cap, Money capAmount, Money received, Money amount) {
        Money remaining = Money.remaining(capAmount, received);
        String head = (yearly ? "年度累计最高 " : "累计最高 ") + cap + "，" + (yearly ? "本年度已获 " : "已获 ") + received;
        if (remaining.isZero()) {
            return head + "，已无余额";
        }
        return head + "，尚余 " + remaining + (amount.compareTo(remaining) <= 0 ? "，未超过余额" : "，按 " + remaining + " 计");
    }

    /** As {@link #give(String, Money)}, with the amount as {@link #product} shows it. */
    public static String give(String expression, String amount) {
        return expression == null ? "给予 " + amount : "给予「" + expression + "」计 " + amount;
    }

    /** As {@link #upTo(String, Money)}, with the amount as {@link #product} shows it. */
    public static String upTo(String expression, String amount) {
        return expression == null ? "最高 " + amount : "按不超过「" + expression + "」计 " + amount;
    }

    /** As {@link #pay(String, Money)}, with the amount as {@link #product} shows it. */
    public static String pay(String expression, String amount) {
        return expression == null ? "应缴 " + amount : "应缴「" + expression + "」计 " + amount;
    }

    /** Decimals of 元 an inexact amount shows before “…”: two places below the 分, enough to see which way it rounds. */
    static final int SHOWN_DECIMALS = 6;

    /**
     * A product of money and a rate as an explanation shows it, with the numbers it multiplies, so that a
     * clerk can read the sum aloud: 400万元 × 5% = 20万元 when the exact product is a whole number of 分;
     * otherwise the exact product and how it was rounded, 12345678.91元 × 5% = 617283.9455元，按四舍五入计到分为
     * 617283.95元. See {@link #exact} for the exact value. A division by n shows as × 1/n, a whole multiplier
     * as a plain number (100元 × 20 = 2000元).
     */
    public static String product(Money money, Rate rate, Rounding rounding) {
        Money rounded = money.times(rate, rounding);
        String exact = exact(money, rate);
        // a whole multiplier (20 of 20倍, 1 of 1:1) reads as a plain number, not as 2000% or 100%
        String factor = rate.denominator() == 1 ? String.valueOf(rate.numerator()) : rate.toString();
        String sum = money + " × " + factor + " = ";
        return exact == null ? sum + rounded : sum + exact + "，按" + rounding.chinese() + "计到分为 " + rounded;
    }

    /**
     * One rounding inside a larger expression: 「新增额 × 5%」为 617283.9455元，按四舍五入计到分为 617283.95元; empty when
     * the product is a whole number of 分.
     */
    public static String rounded(String expression, Money money, Rate rate, Rounding rounding) {
        return exact(money, rate) == null ? "" : "「" + expression + "」为 " + product(money, rate, rounding);
    }

    /** The roundings of a step, after it: （其中「甲 × 5%」为 …，按四舍五入计到分为 …；…）; empty when every one was exact. */
    public static String within(String... roundings) {
        List<String> shown = nonEmpty(roundings);
        return shown.isEmpty() ? "" : "（其中" + String.join("；", shown) + "）";
    }

    /**
     * The roundings of a definition the calculator reads, as a step of their own: 甲：「保费 × 5%」为 …；…; empty
     * when every one was exact (see {@link Trace#note}).
     */
    public static String definition(String name, String... roundings) {
        List<String> shown = nonEmpty(roundings);
        return shown.isEmpty() ? "" : name + "：" + String.join("；", shown);
    }

    private static List<String> nonEmpty(String... texts) {
        List<String> shown = new ArrayList<>();
        for (String t : texts) {
            if (!t.isEmpty()) {
                shown.add(t);
            }
        }
        return shown;
    }

    /**
     * The exact value of money × rate in 元, or null when it is a whole number of 分. A terminating
     * decimal of at most {@value #SHOWN_DECIMALS} places is shown whole (617283.9455元); a longer or
     * repeating one shows its first {@value #SHOWN_DECIMALS} decimals, cut (never rounded), then “…”
     * (333333.333333…元), so every digit shown is a digit of the exact value.
     */
    public static String exact(Money money, Rate rate) {
        BigInteger numerator = BigInteger.valueOf(money.fen()).multiply(BigInteger.valueOf(rate.numerator()));
        BigInteger denominator = BigInteger.valueOf(rate.denominator());
        if (numerator.mod(denominator).signum() == 0) {
            return null;
        }
        // 元 = numerator / (denominator × 100); cut to SHOWN_DECIMALS places, toward zero.
        BigInteger yuanDenominator = denominator.multiply(BigInteger.valueOf(100));
        BigInteger scaled = numerator.multiply(BigInteger.TEN.pow(SHOWN_DECIMALS));
        BigInteger[] qr = scaled.divideAndRemainder(yuanDenominator);
        BigDecimal cut = new BigDecimal(qr[0], SHOWN_DECIMALS);
        String sign = numerator.signum() < 0 && qr[0].signum() == 0 ? "-" : "";
        if (qr[1].signum() != 0) {
            return sign + cut.toPlainString() + "…元";
        }
        return sign + cut.stripTrailingZeros().toPlainString() + "元";
    }

    /** Marks the start of an amount given in addition (再给予). */
    public static String again() {
        return "再给予";
    }
}
