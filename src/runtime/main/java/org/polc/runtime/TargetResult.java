package org.polc.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 一个目标的核对结果：达成与否、差额和引用条款的中文说明。不可变。
 *
 * <p>差额（{@link #margin()}）以目标的单位计，精确：正数是富余（超出目标、低于上限，或区间内离最近一端的距离），
 * 负数是差距，0 是恰好达到。未提供实际值时，以及由几项（且）组成的目标，没有一个差额，各项的结果见 {@link #goals()}。
 */
public final class TargetResult {

    private final String citation;
    private final String indicator;
    private final TargetStatus status;
    private final Figure margin;
    private final String detail;
    private final List<TargetResult> goals;

    TargetResult(String citation, String indicator, TargetStatus status, Figure margin, String detail, List<TargetResult> goals) {
        this.citation = Objects.requireNonNull(citation);
        this.indicator = Objects.requireNonNull(indicator);
        this.status = Objects.requireNonNull(status);
        this.margin = margin;
        this.detail = Objects.requireNonNull(detail);
        this.goals = List.copyOf(goals);
    }

    /** 目标所在的部分或条款：第二部分、第二十条、政策。 */
    public String citation() {
        return citation;
    }

    /** 指标；几项组成的目标为各项指标用"且"相连。 */
    public String indicator() {
        return indicator;
    }

    public TargetStatus status() {
        return status;
    }

    /** 是否达成或在容差内。 */
    public boolean acceptable() {
        return status == TargetStatus.MET || status == TargetStatus.WITHIN_TOLERANCE;
    }

    /** 差额，以目标的单位计；未提供实际值或几项组成的目标没有。 */
    public Optional<Figure> margin() {
        return Optional.ofNullable(margin);
    }

    /** 由"且"连接的几项目标的各项结果；单项目标为空。 */
    public List<TargetResult> goals() {
        return goals;
    }

    /** 不带"依据"的说明，如「研发投入强度 达到 3.95%」：实际 3.96%，超出 0.01个百分点，达成。 */
    String detail() {
        return detail;
    }

    /** 引用部分或条款的中文说明，如 "依据第二部分：目标「研发投入强度 达到 3.95%」：实际 3.96%，超出 0.01个百分点，达成。" */
    public String explanation() {
        return "依据" + citation + "：" + detail + "。";
    }

    @Override
    public String toString() {
        return explanation();
    }
}
