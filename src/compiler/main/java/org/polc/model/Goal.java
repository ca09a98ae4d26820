package org.polc.model;

import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.Span;
import org.polc.runtime.TargetRelation;
import org.polc.vocabulary.Comparison;

/**
 * One indicator of a target and the figure it should reach.
 *
 * @param qualifier present when the indicator counts the items that meet a threshold (1亿美元以上外资大项目 8个)
 * @param growth whether the indicator's figure is its growth over last year's (同比增长 5.5%)
 * @param comparison the relation the words say; a goal written without words (新增上市公司15家) is read
 *     as 达到 (≥): a target is a figure to reach
 * @param comparisonWords the words as written, empty when there are none
 * @param approx 约 or 左右 when the text writes the figure so
 * @param tolerance the tolerance in force for an approximate figure: the goal's own, else its Part's, else the document's
 * @param text the goal as written
 */
public record Goal(String indicator, Optional<Qualifier> qualifier, boolean growth, Comparison comparison, String comparisonWords,
        Optional<String> approx, GoalValue value, Optional<Tolerance> tolerance, String text, Span span) {

    /** The relation as the runtime checks it. */
    public TargetRelation relation() {
        return relation(comparison);
    }

    static TargetRelation relation(Comparison c) {
        return switch (c) {
            case GE -> TargetRelation.AT_LEAST;
            case GT -> TargetRelation.MORE_THAN;
            case LE -> TargetRelation.AT_MOST;
            case LT -> TargetRelation.LESS_THAN;
            case EQ -> TargetRelation.EQUAL;
            case NE -> throw new IllegalStateException("no target word means ≠");
        };
    }

    /** （1亿美元 以上）: the threshold each counted item meets; {@code attribute} names what is measured (年产值). */
    public record Qualifier(Optional<String> attribute, Comparison comparison, String comparisonWords, TargetFigure threshold) {
        public TargetRelation relation() {
            return Goal.relation(comparison);
        }

        /** The condition as it reads: 1亿美元 以上; 年产值 超过 10亿元. */
        public String text() {
            boolean after = List.of("以上", "及以上", "以下", "及以下", "以内").contains(comparisonWords);
            String c = after ? threshold.text() + " " + comparisonWords : (comparisonWords + " " + threshold.text()).strip();
            return attribute.map(a -> a + " " + c).orElse(c);
        }
    }

    /**
     * How far an approximate figure may miss and still be 在容差内.
     *
     * @param amount a share of the target's figure (5%: relative) or an amount in its unit (10个)
     * @param declaredIn where it is declared: 本目标, 第二部分 or 政策
     */
    public record Tolerance(TargetFigure amount, String declaredIn, Span span) {
        public boolean relative() {
            return amount.unit().equals("%");
        }
    }
}
