package org.polc.runtime;

/** 合规规则的结论。 */
public enum ComplianceKind {
    /** 适用的要求都满足。 */
    COMPLIANT("合规"),
    /** 硬性要求都满足，但有“一般”要求未满足：原文允许例外，须说明理由，不等于不合规。 */
    GENERAL_NOT_MET("未达一般要求"),
    /** 有适用的硬性要求未满足。 */
    NOT_COMPLIANT("不合规");

    private final String chinese;

    ComplianceKind(String chinese) {
        this.chinese = chinese;
    }

    /** 中文说法：合规、未达一般要求、不合规。 */
    public String chinese() {
        return chinese;
    }

    /**
     * 由各项要求的结果得出结论：有硬性要求未满足即不合规；否则有一般要求未满足即未达一般要求；否则合规。
     *
     * @param hardUnmet 未满足的硬性要求个数
     * @param generalUnmet 未满足的一般要求个数
     */
    public static ComplianceKind of(int hardUnmet, int generalUnmet) {
        return hardUnmet > 0 ? NOT_COMPLIANT : generalUnmet > 0 ? GENERAL_NOT_MET : COMPLIANT;
    }
}
