package org.polc.runtime;

/**
 * 目标用语表示的关系（《民法典》第一千二百五十九条：以上、以下、以内包括本数，超过、不满不包括本数）。
 * 没有用语的目标（"新增上市公司15家"）按"达到"理解。
 */
public enum TargetRelation {
    /** 达到、以上、不低于：≥，包括本数。 */
    AT_LEAST,
    /** 超过、高于：&gt;，不包括本数。 */
    MORE_THAN,
    /** 以下、以内、不超过：≤，包括本数。 */
    AT_MOST,
    /** 低于、不足：&lt;，不包括本数。 */
    LESS_THAN,
    /** 等于。 */
    EQUAL;

    /** 实际数比目标数多出的部分（{@code actual - target}）是否意味着做得更好。 */
    boolean moreIsBetter() {
        return this == AT_LEAST || this == MORE_THAN;
    }
}
