package org.polc.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * 精确的比率 numerator / denominator（如 5%、3.95%、2/3、2倍），以约分后的 long 分数保存，分母恒为正。
 * 不用浮点数，因为 3.95% 之类的比例在二进制浮点里并不精确，乘以大额金额后会差出几分钱。
 */
public final class Rate implements Comparable<Rate> {

    /** 0。 */
    public static final Rate ZERO = new Rate(0, 1);
    /** 1，即 100%。 */
    public static final Rate ONE = new Rate(1, 1);

    private final long numerator;
    private final long denominator;

    private Rate(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * numerator / denominator，自动约分并把符号放到分子上。
     *
     * @throws IllegalArgumentException 分母为 0 时
     * @throws PolicyArithmeticException 约分后仍无法用 long 表示时（只在涉及 Long.MIN_VALUE 时可能发生）
     */
    public static Rate of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new IllegalArgumentException("比率的分母不能为 0：" + numerator + "/0");
        }
        if (numerator == 0) {
            return ZERO;
        }
        if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
            // |Long.MIN_VALUE| 无法用 long 表示，交给 BigInteger。
            return ofBig(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator), numerator + "/" + denominator);
        }
        long g = gcd(Math.abs(numerator), Math.abs(denominator));
        long n = numerator / g;
        long d = denominator / g;
        if (d < 0) {
            n = -n;
            d = -d;
        }
        return new Rate(n, d);
    }

    /** 整数百分比：percent(5) 即 5%，等于 1/20。 */
    public static Rate percent(long percent) {
        return of(percent, 100);
    }

    /**
     * 十进制写法的百分比：percent("3.95") 即 3.95%，等于 79/2000。只认“[-]整数[.小数]”，可用全角数字。
     *
     * @throws IllegalArgumentException 写法无法识别时
     * @throws PolicyArithmeticException 约分后超出 long 时
     */
    public static Rate percent(String decimal) {
        String ascii = decimal == null ? null : Numerals.decimal(decimal.strip());
        if (ascii == null) {
            throw new IllegalArgumentException("无法识别的百分比：“" + decimal + "”，请写成 5 或 3.95 这样的数字");
        }
        BigDecimal value = new BigDecimal(ascii);
        BigInteger denominator = BigInteger.TEN.pow(value.scale() + 2);
        return ofBig(value.unscaledValue(), denominator, ascii + "%");
    }

    /** n倍：times(2) 即 2/1。 */
    public static Rate times(long n) {
        return of(n, 1);
    }

    private static Rate ofBig(BigInteger numerator, BigInteger denominator, String shown) {
        if (numerator.signum() == 0) {
            return ZERO;
        }
        BigInteger g = numerator.gcd(denominator);
        BigInteger n = numerator.divide(g);
        BigInteger d = denominator.divide(g);
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        if (n.bitLength() > 63 || d.bitLength() > 63) {
            throw new PolicyArithmeticException("比率超出可计算的范围（溢出）：" + shown);
        }
        return new Rate(n.longValue(), d.longValue());
    }

    /**
     * The greatest common divisor of a, b ≥ 0, by shifts and subtractions (the binary algorithm): a
     * share is reduced for every applicant, and Euclid's remainders cost a 64-bit division each, which
     * made one share of 第二十七条 a tenth of the whole policy's fast path.
     */
    static long gcd(long a, long b) {
        if (a == 0 || b == 0) {
            return a | b;
        }
        int twos = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        do {
            // a is odd; both are below 2⁶³, so b − a does not overflow. min and abs, not a swap: the
            // JIT makes them conditional moves, where a branch on a > b was mispredicted half the time.
            b >>= Long.numberOfTrailingZeros(b);
            long difference = b - a;
            a = Math.min(a, b);
            b = Math.abs(difference);
        } while (b != 0);
        return a << twos;
    }

    /** 约分后的分子，带符号。 */
    public long numerator() {
        return numerator;
    }

    /** 约分后的分母，恒为正。 */
    public long denominator() {
        return denominator;
    }

    /** 精确比较：交叉相乘得到 128 位乘积再比较，不会溢出。 */
    @Override
    public int compareTo(Rate other) {
        return compare(numerator, denominator, other.numerator, other.denominator);
    }

    /**
     * n/d against n2/d2, both denominators positive: n·d2 against n2·d as 128-bit products (high words
     * compared signed, low words unsigned), exactly, without BigInteger. Also {@link Quantity}'s order.
     */
    static int compare(long n, long d, long n2, long d2) {
        long leftHigh = Math.multiplyHigh(n, d2);
        long rightHigh = Math.multiplyHigh(n2, d);
        if (leftHigh != rightHigh) {
            return Long.compare(leftHigh, rightHigh);
        }
        return Long.compareUnsigned(n * d2, n2 * d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rate r && r.numerator == numerator && r.denominator == denominator;
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(numerator) + Long.hashCode(denominator);
    }

    /**
     * 能写成至多 4 位小数的百分数时写百分数（"5%"、"3.95%"、"200%"），否则写分数（"2/3"）。
     * 约分后分母整除 10^6 时，百分数恰有至多 4 位小数。
     */
    @Override
    public String toString() {
        if (1_000_000L % denominator == 0) {
            BigInteger tenThousandths = BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(1_000_000L / denominator));
            return new BigDecimal(tenThousandths, 4).stripTrailingZeros().toPlainString() + "%";
        }
        return numerator + "/" + denominator;
    }
}
