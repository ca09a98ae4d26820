package org.polc.model;

/**
 * 一次性 on a calculator: the award is given to an applicant once. The compiler introduces one more
 * input, {@code 已获得<计算器名称>：是否} (the applicant already received this award, in an earlier year or
 * an earlier application), and puts a branch before the calculator's own body: when it is 是 the
 * result is 不予 with {@link #reason()}. This record is the one place that names the input and
 * words the reason, so the checker, the catalog and the Javadoc say the same.
 *
 * @param kind the calculator's kind word (奖励, 补助, 资助 …), kept in the reason
 * @param calculator the calculator's name
 */
public record OneOff(String kind, String calculator) {

    /** What the input's name starts with: 已获得省重点实验室奖励. */
    public static final String PREFIX = "已获得";

    /** 已获得省重点实验室奖励. */
    public String inputName() {
        return PREFIX + calculator;
    }

    /**
     * Why a second application gets nothing, for the explanation a clerk reads aloud:
     * 省重点实验室奖励是一次性奖励，已获得过的不再给予. 计算 is not a kind of award, so it says 只给予一次.
     */
    public String reason() {
        String once = "计算".equals(kind) ? "只给予一次" : "是一次性" + kind;
        return calculator + once + "，已获得过的不再给予";
    }

    /** What the input means, for the catalog and the Javadoc. */
    public String meaning() {
        return "申请人此前（往年或以前的申请中）已获得过「" + calculator + "」；" + reason();
    }
}
