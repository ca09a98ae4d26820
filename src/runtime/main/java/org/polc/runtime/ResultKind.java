package org.polc.runtime;

/**
 * 计算结果的性质。区分“确定金额”和“最高可得”很要紧：后者只是上限，实际金额由主管部门在上限内决定。
 */
public enum ResultKind {
    /** 确定金额：条文直接规定了应得的数额。 */
    FIXED("确定金额"),
    /** 最高可得：主管部门在 0 到此金额之间决定。 */
    CEILING("最高可得"),
    /** 不予：不符合条件，金额为 0。 */
    NONE("不予"),
    /** 应缴：申请人应缴纳的金额（如打折后的通行费），不是给予申请人的钱。 */
    PAYABLE("应缴"),
    /** 免费：申请人不用缴纳，金额为 0（如“绿色通道”免费）。 */
    FREE("免费");

    private final String chinese;

    ResultKind(String chinese) {
        this.chinese = chinese;
    }

    /** 确定金额 / 最高可得 / 不予 / 应缴 / 免费。 */
    public String chinese() {
        return chinese;
    }

    /**
     * 再给予：两部分相加时结果的性质。只要有一部分是上限，合计也只是上限；都不予时才不予。
     */
    public static ResultKind combine(ResultKind a, ResultKind b) {
        if (a.payment() || b.payment()) {
            throw new IllegalArgumentException("应缴的金额不能与给予的金额相加（" + a.chinese() + "、" + b.chinese() + "）");
        }
        if (a == CEILING || b == CEILING) {
            return CEILING;
        }
        if (a == FIXED || b == FIXED) {
            return FIXED;
        }
        return NONE;
    }

    /** 是否是申请人缴纳的金额（应缴、免费），而不是给予申请人的金额。 */
    public boolean payment() {
        return this == PAYABLE || this == FREE;
    }

    /** 金额是否必为 0：不予、免费。 */
    public boolean nothing() {
        return this == NONE || this == FREE;
    }
}
