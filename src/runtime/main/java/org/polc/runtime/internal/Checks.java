package org.polc.runtime.internal;

import org.polc.runtime.Money;
import org.polc.runtime.PolicyInputException;
import org.polc.runtime.Quantity;
import org.polc.runtime.Rate;

/**
 * The checks a generated method makes of its inputs before it computes, each failing with a
 * {@link PolicyInputException} that names the clause and the input: 第十四条：输入「年度研发投入额」不能为负数（-5元）.
 * For generated code only; not API.
 */
public final class Checks {

    private Checks() {}

    /** 金额不能为空或负数；合格时原样返回，便于写在生成方法的开头。 */
    public static Money requireNonNegative(Money value, String clause, String input) {
        requireNonNull(value, clause, input);
        if (value.isNegative()) {
            throw new PolicyInputException(clause, input, "不能为负数（" + value + "）");
        }
        return value;
    }

    /** 输入不能为空；合格时原样返回。 */
    public static <T> T requireNonNull(T value, String clause, String input) {
        if (value == null) {
            throw new PolicyInputException(clause, input, "不能为空");
        }
        return value;
    }

    /** 数量（件数、人数等）不能为负数；合格时原样返回。 */
    public static long requireNonNegative(long value, String clause, String input) {
        if (value < 0) {
            throw new PolicyInputException(clause, input, "不能为负数（" + value + "）");
        }
        return value;
    }

    /** 比例不能为空或负数（条款中的比例都是正的：5%、2倍）；合格时原样返回。 */
    public static Rate requireNonNegative(Rate value, String clause, String input) {
        requireNonNull(value, clause, input);
        if (value.numerator() < 0) {
            throw new PolicyInputException(clause, input, "不能为负数（" + value + "）");
        }
        return value;
    }

    /**
     * 数量不能为空、单位须与条款声明的一致（面积按亩的输入不收平方米）、不能为负数；合格时原样返回。
     *
     * @param baseUnit 条款声明的基本单位，如“亩”；数值为空字符串
     */
    public static Quantity requireNonNegative(Quantity value, String baseUnit, String clause, String input) {
        requireNonNull(value, clause, input);
        if (!value.baseUnit().equals(baseUnit)) {
            throw new PolicyInputException(clause, input, baseUnit.isEmpty() ? "应是不带单位的数值，而不是 " + value
                    : "的单位应是" + baseUnit + "，而不是 " + value);
        }
        if (value.isNegative()) {
            throw new PolicyInputException(clause, input, "不能为负数（" + value + "）");
        }
        return value;
    }
}
