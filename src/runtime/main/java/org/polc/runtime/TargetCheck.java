package org.polc.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * 核对目标：把实际数与目标数精确比较（分数，不舍入），给出达成、在容差内或未达成，差额和说明。
 * {@code polc targets} 和生成的 {@code Targets} 类都用这里的方法，所以两者的结果和说明完全相同。
 *
 * <p>约数（约、左右）的读法：实际数达到目标数即达成；没有达到、但差额不超过容差（容差"以内"包括本数）为在容差内；
 * 超过目标数不算偏差，因为目标是要达到的数。百分数的容差按目标数的百分比计（120个 相差 5% 以内 即 6个）。
 * 区间（1~2个）两端都包括在内，区间之外为未达成。
 */
public final class TargetCheck {

    private TargetCheck() {}

    /** 一个不是约数的目标数与实际数比较：同 {@link #compare(String, String, String, Figure, String, TargetRelation, Figure, Figure)}，没有容差。 */
    public static TargetResult compare(String citation, String indicator, String goal, Figure actual, String note,
            TargetRelation relation, Figure target) {
        return compare(citation, indicator, goal, actual, note, relation, target, null);
    }

    /**
     * 与基数相比、不是约数的目标：同
     * {@link #relative(String, String, String, Figure, String, TargetRelation, String, Figure, Figure, Figure)}，没有容差。
     */
    public static TargetResult relative(String citation, String indicator, String goal, Figure actual, String note,
            TargetRelation relation, String baselineName, Figure baseline, Figure factor) {
        return relative(citation, indicator, goal, actual, note, relation, baselineName, baseline, factor, null);
    }

    /**
     * 一个目标数与实际数比较。
     *
     * @param citation 第二部分、第二十条
     * @param goal 目标的写法，如 "研发投入强度 达到 3.95%"
     * @param actual 实际数，null 表示未提供
     * @param note 写在实际数后面的说明（如增长的算法），可为 ""
     * @param target 目标数；约数时是写出的数
     * @param tolerance 约数的容差（百分数按目标数的百分比计，否则是目标单位下的数），不是约数时为 null
     */
    public static TargetResult compare(String citation, String indicator, String goal, Figure actual, String note,
            TargetRelation relation, Figure target, Figure tolerance) {
        if (actual == null) {
            return missing(citation, indicator, goal, indicator);
        }
        // A share written as a pure number (三分之二) against an actual in per cent (66.6%): compared, and
        // its margin said, in per cent, so the margin reads in 个百分点 like every other share's.
        String unit = target.unit().isEmpty() && isPercent(actual.unit()) ? "%" : target.unit();
        Figure a = actual.in(unit);
        Figure difference = a.minus(target.in(unit));
        Figure margin = relation.moreIsBetter() || relation == TargetRelation.EQUAL ? difference : difference.negate();
        int s = margin.signum();
        boolean met = switch (relation) {
            case AT_LEAST, AT_MOST -> s >= 0;
            case MORE_THAN, LESS_THAN -> s > 0;
            case EQUAL -> s == 0;
        };
        Figure allowed = tolerance == null ? null : absolute(tolerance, target.in(unit));
        boolean within = !met && allowed != null
                && (relation == TargetRelation.EQUAL ? margin.abs().compareTo(allowed) <= 0 : margin.negate().compareTo(allowed) <= 0);
        TargetStatus status = met ? TargetStatus.MET : within ? TargetStatus.WITHIN_TOLERANCE : TargetStatus.NOT_MET;
        StringBuilder d = new StringBuilder("目标「" + goal + "」：实际 " + actual + note + "，");
        d.append(describe(relation, margin, target));
        if (allowed != null && !met) {
            d.append("，容差为相差 ").append(allowed).append(" 以内");
        }
        d.append("，").append(status.chinese());
        return new TargetResult(citation, indicator, status, margin, d.toString(), List.of());
    }

    /** 区间 low 至 high（两端都包括）：在区间内达成，否则未达成。差额见 {@link TargetResult#margin()}。 */
    public static TargetResult range(String citation, String indicator, String goal, Figure actual, Figure low, Figure high) {
        if (actual == null) {
            return missing(citation, indicator, goal, indicator);
        }
        Figure a = actual.in(high.unit());
        Figure above = a.minus(low);
        Figure below = high.minus(a);
        Figure margin;
        String how;
        if (above.signum() < 0) {
            margin = above;
            how = "低于下限 " + above.abs().asDifference();
        } else if (below.signum() < 0) {
            margin = below;
            how = "超出上限 " + below.abs().asDifference();
        } else {
            margin = above.compareTo(below) <= 0 ? above : below;
            how = "在区间之内，离最近的一端 " + margin.asDifference();
        }
        TargetStatus status = margin.signum() >= 0 ? TargetStatus.MET : TargetStatus.NOT_MET;
        return new TargetResult(citation, indicator, status, margin, "目标「" + goal + "」：实际 " + actual + "，" + how + "，" + status.chinese(), List.of());
    }

    /**
     * 与基数相比的目标：目标数为基数乘以 factor（"疫情前境外航班数 的 90%"、"翻番"即 2倍），单位随基数。
     *
     * @param baseline 基数的实际数，null 表示未提供
     */
    public static TargetResult relative(String citation, String indicator, String goal, Figure actual, String note,
            TargetRelation relation, String baselineName, Figure baseline, Figure factor, Figure tolerance) {
        if (baseline == null) {
            return missing(citation, indicator, goal, baselineName);
        }
        if (actual == null) {
            return missing(citation, indicator, goal, indicator);
        }
        Figure target = baseline.times(factor);
        String base = "（" + baselineName + " " + baseline + (factor.compareTo(Figure.of(1, 1, "")) == 0 ? "" : " 的 " + factor + "，即 " + target) + "）";
        return compare(citation, indicator, goal, actual, note + base, relation, target, tolerance);
    }

    /**
     * 同比增长：(本年 - 上年) ÷ 上年，以 % 计，精确。
     *
     * @throws IllegalArgumentException 上年为 0 或为负、或两数单位不同时
     */
    public static Figure growth(Figure thisYear, Figure lastYear) {
        Figure last = lastYear.in(thisYear.unit());
        if (last.signum() <= 0) {
            throw new IllegalArgumentException("上年的数为 " + lastYear + "，无法计算增长");
        }
        return thisYear.minus(last).dividedBy(last).in("%");
    }

    /** 增长的说明：（本年 5600亿元，上年 5300亿元）。 */
    public static String growthNote(Figure thisYear, Figure lastYear) {
        return "（本年 " + thisYear + "，上年 " + lastYear + "）";
    }

    /** 符合条件的项数：items 中与 threshold 满足 relation 的个数，以 unit 计（如 "个"）。 */
    public static Figure count(List<Figure> items, TargetRelation relation, Figure threshold, String unit) {
        long n = 0;
        for (Figure item : items) {
            int c = item.compareTo(threshold.in(item.unit()));
            boolean holds = switch (relation) {
                case AT_LEAST -> c >= 0;
                case MORE_THAN -> c > 0;
                case AT_MOST -> c <= 0;
                case LESS_THAN -> c < 0;
                case EQUAL -> c == 0;
            };
            if (holds) {
                n++;
            }
        }
        return Figure.of(n, 1, unit);
    }

    /** 计数的说明：（共 9 项，其中 8 项符合「1亿美元 以上」）。 */
    public static String countNote(List<Figure> items, Figure counted, String condition) {
        return "（共 " + items.size() + " 项，其中 " + counted.number() + " 项符合「" + condition + "」）";
    }

    /** 由"且"连接的几项：都达成为达成；有一项未达成为未达成；否则缺实际值的为未提供实际值，其余在容差内。 */
    public static TargetResult all(String citation, List<TargetResult> goals) {
        List<String> indicators = new ArrayList<>();
        List<String> details = new ArrayList<>();
        TargetStatus status = TargetStatus.MET;
        for (TargetResult g : goals) {
            indicators.add(g.indicator());
            details.add(g.detail());
            status = worse(status, g.status());
        }
        return new TargetResult(citation, String.join("且", indicators), status, null,
                String.join("；", details) + "；合起来" + status.chinese(), goals);
    }

    private static TargetStatus worse(TargetStatus a, TargetStatus b) {
        return List.of(TargetStatus.NOT_MET, TargetStatus.NO_ACTUAL, TargetStatus.WITHIN_TOLERANCE, TargetStatus.MET).stream()
                .filter(s -> s == a || s == b).findFirst().orElseThrow();
    }

    private static TargetResult missing(String citation, String indicator, String goal, String lacking) {
        return new TargetResult(citation, indicator, TargetStatus.NO_ACTUAL, null,
                "目标「" + goal + "」：未提供「" + lacking + "」的实际值", List.of());
    }

    private static boolean isPercent(String unit) {
        return unit.equals("%") || unit.equals("％");
    }

    /** The tolerance in the target's unit: a percentage is a share of the target's figure. */
    private static Figure absolute(Figure tolerance, Figure target) {
        return tolerance.unit().equals("%") || tolerance.unit().equals("％") ? target.abs().times(tolerance) : tolerance.in(target.unit());
    }

    private static String describe(TargetRelation relation, Figure margin, Figure target) {
        String amount = margin.abs().asDifference();
        if (margin.signum() == 0) {
            boolean strict = relation == TargetRelation.MORE_THAN || relation == TargetRelation.LESS_THAN;
            return "恰好等于 " + target + (strict ? "（不包括本数）" : "");
        }
        return switch (relation) {
            case AT_LEAST, MORE_THAN -> margin.signum() > 0 ? "超出 " + amount : "差 " + amount;
            case AT_MOST, LESS_THAN -> margin.signum() > 0 ? "低于上限 " + amount : "超出上限 " + amount;
            case EQUAL -> margin.signum() > 0 ? "多出 " + amount : "少 " + amount;
        };
    }
}
