package org.polc.runtime;

/** 目标核对的结果：达成、在容差内（约数差得不多）、未达成、未提供实际值。 */
public enum TargetStatus {
    /** 实际数达到了目标。 */
    MET("达成"),
    /** 目标是约数（约、左右），实际数没有达到，但差额在声明的容差之内。 */
    WITHIN_TOLERANCE("在容差内"),
    /** 实际数没有达到目标。 */
    NOT_MET("未达成"),
    /** 缺少核对所需的实际数（或基数）。 */
    NO_ACTUAL("未提供实际值");

    private final String chinese;

    TargetStatus(String chinese) {
        this.chinese = chinese;
    }

    /** 中文说法：达成、在容差内、未达成、未提供实际值。 */
    public String chinese() {
        return chinese;
    }
}
