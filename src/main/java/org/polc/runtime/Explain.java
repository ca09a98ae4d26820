package org.polc.runtime;

import java.util.List;
import java.util.regex.Pattern;

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

    /** Marks the start of an amount given in addition (再给予). */
    public static String again() {
        return "再给予";
    }
}
