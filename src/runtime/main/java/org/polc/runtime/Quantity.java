package org.polc.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * 带单位的精确数量：面积（3000平方米、8000亩、6万亩）、能耗（万吨标准煤）、电量（亿千瓦时）、
 * 美元金额（1亿美元）、期限（6个月）以及不带单位的数值（容积率 2.5）。不可变。
 *
 * <p>数值以基本单位（亩、平方米、美元……；数值为空单位）下约分后的 long 分数保存，分母恒为正，
 * 所以 3000.5平方米、三分之一亩都是精确的；万、亿、万亿 只是基本单位的倍数（6万亩 = 60000亩）。
 * 不用 double/float；超出 long 分数的运算抛出 {@link PolicyArithmeticException}。
 *
 * <p>每个数量还记着它写出时的单位（如“万亩”），{@link #toString()} 按这个单位显示（“0.8万亩”），
 * 比较和相等只看基本单位下的数值：0.8万亩 等于 8000亩。基本单位不同的两个数量（亩与平方米、
 * 美元与元）不能相加、比较，运行时抛出 {@link IllegalArgumentException}：本类从不换算单位。
 */
public final class Quantity implements Comparable<Quantity> {

    /** 万亿、亿、万：单位前可加的数量级，按长度从长到短，以免把“万亿亩”读成“万”“亿亩”。 */
    private static final List<String> MAGNITUDES = List.of("万亿", "亿", "万");
    private static final List<Long> MAGNITUDE_VALUES = List.of(1_000_000_000_000L, 100_000_000L, 10_000L);

    private final long numerator;
    private final long denominator;
    private final String baseUnit;
    private final String unit;
    private final long scale;

    private Quantity(long numerator, long denominator, String baseUnit, String unit, long scale) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.baseUnit = baseUnit;
        this.unit = unit;
        this.scale = scale;
    }

    /**
     * numerator / denominator 个 unit，如 of(3000, 1, "平方米")、of(6, 1, "万亩")、of(5, 2, "")（数值 2.5）。
     *
     * @throws IllegalArgumentException 分母为 0 或单位为空引用时
     * @throws PolicyArithmeticException 换算到基本单位后超出 long 分数时
     */
    public static Quantity of(long numerator, long denominator, String unit) {
        Objects.requireNonNull(unit, "单位不能为空引用（数值的单位写空字符串）");
        if (denominator == 0) {
            throw new IllegalArgumentException("数量的分母不能为 0：" + numerator + "/0" + unit);
        }
        long scale = scaleOf(unit);
        String base = base(unit);
        return reduced(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(scale)), BigInteger.valueOf(denominator), base, unit, scale);
    }

    /** 十进制的数量，如 of(new BigDecimal("3000.5"), "平方米")。 */
    public static Quantity of(BigDecimal value, String unit) {
        Objects.requireNonNull(value, "数量不能为空");
        Objects.requireNonNull(unit, "单位不能为空引用（数值的单位写空字符串）");
        long scale = scaleOf(unit);
        BigInteger n = value.scale() >= 0 ? value.unscaledValue() : value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale()));
        BigInteger d = value.scale() >= 0 ? BigInteger.TEN.pow(value.scale()) : BigInteger.ONE;
        return reduced(n.multiply(BigInteger.valueOf(scale)), d, base(unit), unit, scale);
    }

    /**
     * 读“3000平方米”“0.3万平方米”“1.5亿美元”“2.5”（不带单位即数值），可用全角数字，数与单位间可有空白。
     *
     * @throws IllegalArgumentException 写法无法识别时
     * @throws PolicyArithmeticException 超出可计算的范围时
     */
    public static Quantity parse(String text) {
        return parse(text, "");
    }

    /**
     * 同 {@link #parse(String)}，但不带单位的数按 {@code unitIfBare} 计：parse("3000", "平方米") 即 3000平方米。
     */
    public static Quantity parse(String text, String unitIfBare) {
        if (text == null) {
            throw new IllegalArgumentException("数量不能为空");
        }
        String body = text.strip();
        int end = 0;
        while (end < body.length() && (Character.isDigit(body.charAt(end)) || body.charAt(end) == '.' || body.charAt(end) == '．'
                || (end == 0 && (body.charAt(end) == '-' || body.charAt(end) == '－')))) {
            end++;
        }
        String number = Numerals.decimal(body.substring(0, end).strip());
        String unit = body.substring(end).strip();
        if (number == null || unit.chars().anyMatch(Character::isDigit)) {
            throw new IllegalArgumentException("无法识别的数量：“" + text + "”，请写成 3000平方米、0.8万亩 或 2.5 这样的形式");
        }
        return of(new BigDecimal(number), unit.isEmpty() ? unitIfBare : unit);
    }

    private static int prefixLength(String unit) {
        for (String m : MAGNITUDES) {
            if (unit.startsWith(m) && unit.length() > m.length()) {
                return m.length();
            }
        }
        return 0;
    }

    /**
     * The base unit of a unit (亩 of 万亩), interned: every check and comparison asks whether two base
     * units are equal, and the generated code's literals ("亩") are interned, so equal units are the same
     * String and equals is one compare. Results of arithmetic carry their operand's base along.
     */
    private static String base(String unit) {
        return unit.substring(prefixLength(unit)).intern();
    }

    private static long scaleOf(String unit) {
        for (int i = 0; i < MAGNITUDES.size(); i++) {
            String m = MAGNITUDES.get(i);
            if (unit.startsWith(m) && unit.length() > m.length()) {
                return MAGNITUDE_VALUES.get(i);
            }
        }
        return 1;
    }

    private static Quantity reduced(BigInteger n, BigInteger d, String baseUnit, String unit, long scale) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            n = n.divide(g);
            d = d.divide(g);
        }
        if (n.signum() == 0) {
            d = BigInteger.ONE;
        }
        if (n.bitLength() > 63 || d.bitLength() > 63) {
            throw new PolicyArithmeticException("数量超出可计算的范围（溢出）：" + n + "/" + d + baseUnit);
        }
        return new Quantity(n.longValue(), d.longValue(), baseUnit, unit, scale);
    }

    private Quantity with(BigInteger n, BigInteger d) {
        return reduced(n, d, baseUnit, unit, scale);
    }

    /** 基本单位下约分后的分子，带符号：8000亩、0.8万亩 都是 8000。 */
    public long numerator() {
        return numerator;
    }

    /** 基本单位下约分后的分母，恒为正。 */
    public long denominator() {
        return denominator;
    }

    /** 基本单位：“亩”“平方米”“美元”；数值为空字符串。 */
    public String baseUnit() {
        return baseUnit;
    }

    /** 写出时的单位：“万亩”“平方米”；数值为空字符串。 */
    public String unit() {
        return unit;
    }

    /** 是否为负数。 */
    public boolean isNegative() {
        return numerator < 0;
    }

    private BigInteger n() {
        return BigInteger.valueOf(numerator);
    }

    private BigInteger d() {
        return BigInteger.valueOf(denominator);
    }

    private void sameUnit(Quantity other, String verb) {
        Objects.requireNonNull(other, "数量不能为空");
        if (!baseUnit.equals(other.baseUnit)) {
            throw new IllegalArgumentException(show(baseUnit) + "不能与" + show(other.baseUnit) + verb + "（" + this + "，" + other + "）：单位不同，不换算");
        }
    }

    private static String show(String base) {
        return base.isEmpty() ? "数值" : "以" + base + "计的数量";
    }

    /** 相加，按本数量的单位显示；基本单位不同时抛出 {@link IllegalArgumentException}。 */
    public Quantity plus(Quantity other) {
        sameUnit(other, "相加");
        return with(n().multiply(other.d()).add(other.n().multiply(d())), d().multiply(other.d()));
    }

    /** 相减，按本数量的单位显示；基本单位不同时抛出 {@link IllegalArgumentException}。 */
    public Quantity minus(Quantity other) {
        sameUnit(other, "相减");
        return with(n().multiply(other.d()).subtract(other.n().multiply(d())), d().multiply(other.d()));
    }

    /** 乘以比例，精确，不舍入：3000平方米 × 35% = 1050平方米。 */
    public Quantity times(Rate rate) {
        Objects.requireNonNull(rate, "比例不能为空");
        return with(n().multiply(BigInteger.valueOf(rate.numerator())), d().multiply(BigInteger.valueOf(rate.denominator())));
    }

    /** 除以比例，精确，不舍入。 @throws IllegalArgumentException 比例为 0 时 */
    public Quantity dividedBy(Rate rate) {
        Objects.requireNonNull(rate, "比例不能为空");
        if (rate.numerator() == 0) {
            throw new IllegalArgumentException("除数为零：" + this + " ÷ 0");
        }
        return with(n().multiply(BigInteger.valueOf(rate.denominator())), d().multiply(BigInteger.valueOf(rate.numerator())));
    }

    /** 精确比较；基本单位不同时抛出 {@link IllegalArgumentException}。 */
    @Override
    public int compareTo(Quantity other) {
        sameUnit(other, "比较");
        return Rate.compare(numerator, denominator, other.numerator, other.denominator);
    }

    /** 较小者（相等时取 a）。 */
    public static Quantity min(Quantity a, Quantity b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** 较大者（相等时取 a）。 */
    public static Quantity max(Quantity a, Quantity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * 本数量占 whole 的比重，精确的分数（700亩 占 2000亩 为 7/20）；基本单位不同时抛出
     * {@link IllegalArgumentException}，whole 为 0 时抛出 {@link ArithmeticException}。
     */
    public Rate shareOf(Quantity whole) {
        sameUnit(whole, "求比重");
        if (whole.numerator == 0) {
            throw new ArithmeticException("比重的分母为零");
        }
        long n = numerator * whole.denominator;
        long d = denominator * whole.numerator;
        if (Math.multiplyHigh(numerator, whole.denominator) == (n >> 63) && Math.multiplyHigh(denominator, whole.numerator) == (d >> 63)) {
            return Share.rate(n, d);
        }
        return Share.rate(n().multiply(whole.d()), d().multiply(whole.n()));
    }

    /** 基本单位与数值都相同时相等；写出时的单位不论（0.8万亩 等于 8000亩）。 */
    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && q.numerator == numerator && q.denominator == denominator && q.baseUnit.equals(baseUnit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator, baseUnit);
    }

    /**
     * 按写出时的单位显示：“3000.5平方米”“0.8万亩”“2.5”；在该单位下不是有限小数时写分数（“1/3亩”）。
     */
    @Override
    public String toString() {
        BigInteger n = n();
        BigInteger d = d().multiply(BigInteger.valueOf(scale));
        BigInteger g = n.gcd(d);
        if (g.signum() != 0) {
            n = n.divide(g);
            d = d.divide(g);
        }
        try {
            return new BigDecimal(n).divide(new BigDecimal(d)).stripTrailingZeros().toPlainString() + unit;
        } catch (ArithmeticException nonTerminating) {
            return n + "/" + d + unit;
        }
    }
}
