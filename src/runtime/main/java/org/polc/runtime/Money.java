package org.polc.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * 人民币金额，以整“分”存成 long。不用 double/float，因为政策金额要精确到分、可复核；
 * 所有运算溢出时抛出 {@link PolicyArithmeticException}，而不是悄悄回绕成错误的金额。不可变。
 */
public final class Money implements Comparable<Money> {

    private static final long FEN_PER_YUAN = 100L;
    private static final long FEN_PER_WAN = 1_000_000L;
    private static final long FEN_PER_YI = 10_000_000_000L;
    /** 元的整数位最多 17 位（Long.MAX_VALUE 分约为 9.2×10^16 元），再多必然溢出。 */
    private static final int MAX_YUAN_DIGITS = 17;
    private static final String FORMS = "，请写成 1200万元、1.5亿元 或 12.34元";

    /** 0元。 */
    public static final Money ZERO = new Money(0);

    private final long fen;

    private Money(long fen) {
        this.fen = fen;
    }

    /** 以分为单位。 */
    public static Money ofFen(long fen) {
        return fen == 0 ? ZERO : new Money(fen);
    }

    /** 以元为单位；溢出时抛出 {@link PolicyArithmeticException}。 */
    public static Money ofYuan(long yuan) {
        return ofFen(scale(yuan, FEN_PER_YUAN, "元"));
    }

    /** 以万元为单位；溢出时抛出 {@link PolicyArithmeticException}。 */
    public static Money ofWan(long wan) {
        return ofFen(scale(wan, FEN_PER_WAN, "万元"));
    }

    /** 以亿元为单位；溢出时抛出 {@link PolicyArithmeticException}。 */
    public static Money ofYi(long yi) {
        return ofFen(scale(yi, FEN_PER_YI, "亿元"));
    }

    private static long scale(long amount, long fenPerUnit, String unit) {
        try {
            return Math.multiplyExact(amount, fenPerUnit);
        } catch (ArithmeticException e) {
            throw new PolicyArithmeticException(PolicyArithmeticException.OVERFLOW + amount + unit, e);
        }
    }

    /**
     * 精确的元金额，如 12.34。
     *
     * @throws IllegalArgumentException 有分以下的位数时（如 0.001元）
     * @throws PolicyArithmeticException 超出 long 分的范围时
     */
    public static Money ofYuan(BigDecimal yuan) {
        if (yuan == null) {
            throw new IllegalArgumentException("金额不能为空" + FORMS);
        }
        return ofYuan(yuan, null);
    }

    /** @param shown 报错时展示的原文；为 null 时用 yuan 本身加“元”。 */
    private static Money ofYuan(BigDecimal yuan, String shown) {
        BigDecimal exact = yuan.stripTrailingZeros();
        if (exact.signum() == 0) {
            return ZERO;
        }
        if (exact.scale() > 2) {
            throw new IllegalArgumentException("金额精确到分：" + show(yuan, shown) + " 有分以下的位数");
        }
        // 整数位数 = precision - scale；用 long 计算以免 scale 极端时 int 溢出。
        if ((long) exact.precision() - exact.scale() > MAX_YUAN_DIGITS) {
            throw PolicyArithmeticException.overflow(show(yuan, shown));
        }
        try {
            return ofFen(exact.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new PolicyArithmeticException(PolicyArithmeticException.OVERFLOW + show(yuan, shown), e);
        }
    }

    private static String show(BigDecimal yuan, String shown) {
        if (shown != null) {
            return shown;
        }
        // 指数极端时 toPlainString 会很长，改用科学记数法。
        boolean modest = Math.abs((long) yuan.scale()) <= 40 && yuan.precision() <= 40;
        return (modest ? yuan.toPlainString() : yuan.toString()) + "元";
    }

    /**
     * 读政策文本或表单里的金额：“1200万元”“1.5亿元”“12.34元”“1200000”（不带单位按元）、
     * “200 万元”（数与单位间可有空白）、全角数字“２００万元”、开头的“-”。换算是精确的。
     *
     * @throws IllegalArgumentException 写法无法识别，或有分以下的位数时
     * @throws PolicyArithmeticException 超出 long 分的范围时
     */
    public static Money parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("金额不能为空" + FORMS);
        }
        String body = text.strip();
        String unit = "元";
        int shift = 0;
        if (body.endsWith("亿元")) {
            unit = "亿元";
            shift = 8;
        } else if (body.endsWith("万元")) {
            unit = "万元";
            shift = 4;
        }
        if (body.endsWith("元")) {
            body = body.substring(0, body.length() - unit.length()).strip();
        }
        String number = Numerals.decimal(body);
        if (number == null) {
            throw new IllegalArgumentException("无法识别的金额：“" + text + "”" + FORMS);
        }
        return ofYuan(new BigDecimal(number).movePointRight(shift), number + unit);
    }

    /** 以分为单位的数值。 */
    public long fen() {
        return fen;
    }

    /** 以元为单位，恰好两位小数（scale 2）。 */
    public BigDecimal yuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    /** 相加；溢出时抛出 {@link PolicyArithmeticException}。 */
    public Money plus(Money other) {
        try {
            return ofFen(Math.addExact(fen, other.fen));
        } catch (ArithmeticException e) {
            throw new PolicyArithmeticException(PolicyArithmeticException.OVERFLOW + this + " + " + other, e);
        }
    }

    /** 相减；溢出时抛出 {@link PolicyArithmeticException}。 */
    public Money minus(Money other) {
        try {
            return ofFen(Math.subtractExact(fen, other.fen));
        } catch (ArithmeticException e) {
            throw new PolicyArithmeticException(PolicyArithmeticException.OVERFLOW + this + " - " + other, e);
        }
    }

    /** 取相反数；只有 Long.MIN_VALUE 分会溢出。 */
    public Money negate() {
        try {
            return ofFen(Math.negateExact(fen));
        } catch (ArithmeticException e) {
            throw new PolicyArithmeticException(PolicyArithmeticException.OVERFLOW + "-(" + this + ")", e);
        }
    }

    /** 乘以整数（如件数、人数）；溢出时抛出 {@link PolicyArithmeticException}。 */
    public Money times(long factor) {
        try {
            return ofFen(Math.multiplyExact(fen, factor));
        } catch (ArithmeticException e) {
            throw new PolicyArithmeticException(PolicyArithmeticException.OVERFLOW + this + " × " + factor, e);
        }
    }

    /**
     * 乘以比率，把精确乘积 fen × 分子 / 分母 按 rounding 舍入到分。
     * 常见情形只做一次 128 位乘法判断和一次 long 除法，不分配对象（结果除外）；
     * 乘积超出 long 时改用 BigInteger 精确计算，只有最终结果超出 long 才抛出 {@link PolicyArithmeticException}。
     */
    public Money times(Rate rate, Rounding rounding) {
        long numerator = rate.numerator();
        long low = fen * numerator;
        if (Math.multiplyHigh(fen, numerator) == (low >> 63)) {
            return ofFen(rounding.divide(low, rate.denominator()));
        }
        return timesWide(rate, rounding);
    }

    private Money timesWide(Rate rate, Rounding rounding) {
        BigInteger product = BigInteger.valueOf(fen).multiply(BigInteger.valueOf(rate.numerator()));
        BigInteger result = rounding.divide(product, BigInteger.valueOf(rate.denominator()));
        if (result.bitLength() > 63) {
            throw PolicyArithmeticException.overflow(this + " × " + rate);
        }
        return ofFen(result.longValue());
    }

    /** 两者中较小的一个（相等时返回 this）。 */
    public Money min(Money other) {
        return other.fen < fen ? other : this;
    }

    /** 两者中较大的一个（相等时返回 this）。 */
    public Money max(Money other) {
        return other.fen > fen ? other : this;
    }

    /** 两者中较小的一个（相等时返回 a）。 */
    public static Money min(Money a, Money b) {
        return a.min(b);
    }

    /** 两者中较大的一个（相等时返回 a）。 */
    public static Money max(Money a, Money b) {
        return a.max(b);
    }

    /**
     * 累计最高 cap 已获 received 时尚可给予的金额：cap − received，不小于 0（已获达到或超过上限时为 0）。
     * received 不小于 0 时结果不超过 cap。
     *
     * @throws PolicyArithmeticException 相减溢出时
     */
    public static Money remaining(Money cap, Money received) {
        return received.compareTo(cap) >= 0 ? ZERO : cap.minus(received);
    }

    /** 是否小于 0。 */
    public boolean isNegative() {
        return fen < 0;
    }

    /** 是否为 0。 */
    public boolean isZero() {
        return fen == 0;
    }

    /** -1、0 或 1。 */
    public int signum() {
        return Long.signum(fen);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.fen == fen;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fen);
    }

    /**
     * 说明文字里用的中文写法，与区域设置无关：
     * 0 写“0元”；≥1亿元且是整万元时用亿元（“1.5亿元”）；否则 ≥1万元且是整元时用万元（“20.5万元”）；
     * 其余用元，有分时恰好两位小数（“12.34元”“100000.50元”），没有分时不带小数（“9999元”）。负数前加“-”。
     */
    @Override
    public String toString() {
        if (fen == 0) {
            return "0元";
        }
        StringBuilder out = new StringBuilder(24);
        if (fen < 0) {
            out.append('-');
        }
        // 下面先除后取绝对值，所以 Long.MIN_VALUE 也不会溢出。
        if ((fen >= FEN_PER_YI || fen <= -FEN_PER_YI) && fen % FEN_PER_WAN == 0) {
            long wan = Math.abs(fen / FEN_PER_WAN);
            appendTenThousandths(out, wan / 10_000, wan % 10_000);
            return out.append("亿元").toString();
        }
        if ((fen >= FEN_PER_WAN || fen <= -FEN_PER_WAN) && fen % FEN_PER_YUAN == 0) {
            long yuan = Math.abs(fen / FEN_PER_YUAN);
            appendTenThousandths(out, yuan / 10_000, yuan % 10_000);
            return out.append("万元").toString();
        }
        out.append(Math.abs(fen / FEN_PER_YUAN));
        long cents = Math.abs(fen % FEN_PER_YUAN);
        if (cents != 0) {
            out.append('.');
            if (cents < 10) {
                out.append('0');
            }
            out.append(cents);
        }
        return out.append('元').toString();
    }

    /** 写 whole.fraction，fraction 是万分之几（0..9999），去掉末尾的 0。 */
    private static void appendTenThousandths(StringBuilder out, long whole, long fraction) {
        out.append(whole);
        if (fraction == 0) {
            return;
        }
        int digits = 4;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        out.append('.');
        String text = Long.toString(fraction);
        for (int i = text.length(); i < digits; i++) {
            out.append('0');
        }
        out.append(text);
    }
}
