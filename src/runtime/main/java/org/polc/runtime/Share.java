package org.polc.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * 比重：一个量占另一个同类量的比例（“工业用地出让量 占 出让土地总量 的比重”），得到精确的分数
 * {@link Rate}，再与 35% 之类的比例精确比较，比较之前从不舍入。
 *
 * <p>分母为零时比重无从计算，抛出 {@link PolicyInputException}：没有出让土地时，“工业用地比例不低于
 * 35%”既不能说达到了，也不能说没达到，审核的人会退回去要数据，而不是替申请人下结论。
 */
public final class Share {

    private Share() {}

    /**
     * 金额占金额的比重。
     *
     * @param clause 条款，如“第二十五条”
     * @param wholeName 分母的名称，报错时指明
     * @param expression 比重的原文，如“投向民间投资项目金额 占 基金投资总额 的比重”
     * @throws PolicyInputException 分母为零时
     */
    public static Rate of(Money part, Money whole, String clause, String wholeName, String expression) {
        requireWhole(whole.fen() == 0, clause, wholeName, expression);
        return rate(part.fen(), whole.fen());
    }

    /** 计数占计数的比重，如 项目数 占 项目总数 的比重。 */
    public static Rate of(long part, long whole, String clause, String wholeName, String expression) {
        requireWhole(whole == 0, clause, wholeName, expression);
        return rate(part, whole);
    }

    /** 数量占同一单位的数量的比重，如 700亩 占 2000亩 为 7/20。基本单位不同时抛出 {@link IllegalArgumentException}。 */
    public static Rate of(Quantity part, Quantity whole, String clause, String wholeName, String expression) {
        requireWhole(whole.numerator() == 0, clause, wholeName, expression);
        return part.shareOf(whole);
    }

    /**
     * What an explanation says of a share: “为 7/20（35%）”, or “无从计算（分母为零）” when the whole is
     * zero. An explanation shows every share a condition names, even one the decision did not need
     * (假 且 …), so showing one never throws; deciding on an undefined share does.
     */
    public static String shown(Money part, Money whole) {
        return whole.fen() == 0 ? UNDEFINED : "为 " + show(rate(part.fen(), whole.fen()));
    }

    /** {@link #shown(Money, Money)} for counts. */
    public static String shown(long part, long whole) {
        return whole == 0 ? UNDEFINED : "为 " + show(rate(part, whole));
    }

    /** {@link #shown(Money, Money)} for measures. */
    public static String shown(Quantity part, Quantity whole) {
        return whole.numerator() == 0 ? UNDEFINED : "为 " + show(part.shareOf(whole));
    }

    private static final String UNDEFINED = "无从计算（分母为零）";

    private static void requireWhole(boolean zero, String clause, String wholeName, String expression) {
        if (zero) {
            throw new PolicyInputException(clause, wholeName, "为零，「" + expression + "」无从计算");
        }
    }

    /** Below 2⁶², |n| and |d| reduce to the same terms in long arithmetic as through BigInteger, and fit. */
    private static final long SMALL = 1L << 62;

    /** n/d as a Rate, exactly (d ≠ 0): in long arithmetic when both are small, as nearly every share is. */
    static Rate rate(long n, long d) {
        if (-SMALL < n && n < SMALL && -SMALL < d && d < SMALL) {
            return Rate.of(n, d);
        }
        return rate(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    /** n/d as a Rate, exactly; beyond a fraction of 62-bit terms it throws. */
    static Rate rate(BigInteger n, BigInteger d) {
        BigInteger g = n.gcd(d);
        if (g.signum() != 0) {
            n = n.divide(g);
            d = d.divide(g);
        }
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        if (n.bitLength() > 62 || d.bitLength() > 62) {
            throw new PolicyArithmeticException("比重超出可计算的范围（溢出）：" + n + "/" + d);
        }
        return Rate.of(n.longValueExact(), d.longValueExact());
    }

    /**
     * 比重的精确写法：分数，括号里是百分数——“7/20（35%）”；百分数不是有限小数时，写截到四位小数的
     * 百分数加“…”——“2/3（66.6666…%）”“750002/1000003（74.9999…%）”：截去而不是四舍五入，所以
     * 不足 75% 的比重绝不会显示成 75%；整数比重写“1（100%）”。
     */
    public static String show(Rate share) {
        String fraction = share.denominator() == 1 ? Long.toString(share.numerator()) : share.numerator() + "/" + share.denominator();
        BigDecimal percent = new BigDecimal(BigInteger.valueOf(share.numerator()).multiply(BigInteger.valueOf(100)));
        BigDecimal d = new BigDecimal(BigInteger.valueOf(share.denominator()));
        String shown;
        try {
            shown = percent.divide(d).stripTrailingZeros().toPlainString() + "%";
        } catch (ArithmeticException nonTerminating) {
            shown = percent.divide(d, 4, RoundingMode.DOWN).toPlainString() + "…%";
        }
        return fraction + "（" + shown + "）";
    }
}
