package org.polc.runtime;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 日期加减期限：毕业日期 + 1年、认定日期 + 6个月、签约日期 + 30天。期限是以“年”“个月”“天”计的
 * {@link Quantity}，必须是整数。
 *
 * <p>按日历计算，规则与 {@link LocalDate#plusYears}、{@link LocalDate#plusMonths} 相同：先加年或月，
 * 当月没有那一日时取当月最后一日（2024-02-29 + 1年 = 2025-02-28，2024-01-31 + 1个月 = 2024-02-29）；
 * 天按日数加。所以 +1年 与 +12个月 得到同一天，但作为数量，1年 与 12个月 仍是不同单位，不相加、不比较。
 */
public final class Dates {

    private Dates() {}

    /** date + duration。 @throws IllegalArgumentException 期限不是整数年、月、天时 */
    public static LocalDate plus(LocalDate date, Quantity duration) {
        return shift(date, duration, false);
    }

    /** date − duration。 @throws IllegalArgumentException 期限不是整数年、月、天时 */
    public static LocalDate minus(LocalDate date, Quantity duration) {
        return shift(date, duration, true);
    }

    private static LocalDate shift(LocalDate date, Quantity duration, boolean back) {
        Objects.requireNonNull(date, "日期不能为空");
        Objects.requireNonNull(duration, "期限不能为空");
        if (duration.denominator() != 1) {
            throw new IllegalArgumentException("期限须为整数：" + duration);
        }
        long n = back ? Math.negateExact(duration.numerator()) : duration.numerator();
        try {
            return switch (duration.baseUnit()) {
                case "年" -> date.plusYears(n);
                case "个月" -> date.plusMonths(n);
                case "天" -> date.plusDays(n);
                default -> throw new IllegalArgumentException("日期只能加减年、个月、天，不能加减 " + duration);
            };
        } catch (DateTimeException outOfRange) {
            throw new PolicyArithmeticException("日期超出可计算的范围：" + date + (back ? " − " : " + ") + duration, outOfRange);
        }
    }
}
