package org.polc.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * 目标的实际数或目标数：精确的数（分数，不用浮点数）和它的单位，如 125个、3.96%、810亿元、6万亩、2/3。
 * 单位照写法保存（"亿元"、"万亩"、"%"；纯数为 ""）。同一种单位的不同量级可以换算：万、亿、万亿，
 * 元与分（1分 = 0.01元），百分数与纯数（5% = 0.05）、倍（2倍 = 2）；不同的单位（亩与平方米、美元与元）不换算。
 * 不可变，可以跨线程使用。
 */
public final class Figure implements Comparable<Figure> {

    private final BigInteger numerator;
    private final BigInteger denominator;
    private final String unit;

    private Figure(BigInteger numerator, BigInteger denominator, String unit) {
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("数的分母不能为 0");
        }
        BigInteger g = numerator.gcd(denominator);
        if (g.signum() == 0) {
            g = BigInteger.ONE;
        }
        BigInteger n = numerator.divide(g);
        BigInteger d = denominator.divide(g);
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        this.numerator = n;
        this.denominator = d;
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /** numerator / denominator 个 unit，如 of(2, 3, "") 即 2/3，of(3955, 1000, "%") 即 3.955%。 */
    public static Figure of(long numerator, long denominator, String unit) {
        return new Figure(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator), unit);
    }

    /** numerator / denominator 个 unit，分子分母可以任意大。 */
    public static Figure of(BigInteger numerator, BigInteger denominator, String unit) {
        return new Figure(Objects.requireNonNull(numerator, "numerator"), Objects.requireNonNull(denominator, "denominator"), unit);
    }

    /** 十进制数与单位：of(new BigDecimal("810"), "亿元")。 */
    public static Figure of(BigDecimal value, String unit) {
        Objects.requireNonNull(value, "value");
        return value.scale() >= 0 ? new Figure(value.unscaledValue(), BigInteger.TEN.pow(value.scale()), unit)
                : new Figure(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE, unit);
    }

    /**
     * 读 "125个"、"3.96%"、"810亿元"、"0.68"、"2/3" 这样的写法：十进制数或 a/b，后面紧跟单位（可以隔空格）。
     *
     * @throws IllegalArgumentException 没有数或写法无法识别时
     */
    public static Figure parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("实际数不能为空");
        }
        String s = text.strip();
        int end = 0;
        while (end < s.length() && "0123456789０１２３４５６７８９.．-－/／".indexOf(s.charAt(end)) >= 0) {
            end++;
        }
        String number = s.substring(0, end);
        String unit = s.substring(end).strip();
        int slash = Math.max(number.indexOf('/'), number.indexOf('／'));
        if (slash >= 0) {
            String n = Numerals.decimal(number.substring(0, slash));
            String d = Numerals.decimal(number.substring(slash + 1));
            if (n == null || d == null || n.contains(".") || d.contains(".") || new BigInteger(d).signum() == 0) {
                throw new IllegalArgumentException("无法识别的数「" + text + "」：分数写成 2/3 这样的整数之比");
            }
            return new Figure(new BigInteger(n), new BigInteger(d), unit);
        }
        String ascii = Numerals.decimal(number);
        if (ascii == null) {
            throw new IllegalArgumentException("无法识别的数「" + text + "」：应写成 125个、3.96%、810亿元 这样的数加单位");
        }
        return of(new BigDecimal(ascii), unit);
    }

    public BigInteger numerator() {
        return numerator;
    }

    /** 恒为正。 */
    public BigInteger denominator() {
        return denominator;
    }

    /** 单位，照写法："亿元"、"%"、"个"；纯数为 ""。 */
    public String unit() {
        return unit;
    }

    public int signum() {
        return numerator.signum();
    }

    /**
     * 换算到同一种单位的另一种写法：810亿元 在 "万元" 下是 8100000万元，5% 在 "" 下是 1/20。
     *
     * @throws IllegalArgumentException 两种单位不是同一种量时（万亩与平方米、美元与元、个与家）
     */
    public Figure in(String other) {
        if (other.equals(unit)) {
            return this;
        }
        Scaled from = Scaled.of(unit);
        Scaled to = Scaled.of(other);
        if (!from.base.equals(to.base)) {
            throw new IllegalArgumentException("「" + this + "」不能换算成「" + (other.isEmpty() ? "纯数" : other) + "」：不是同一种量");
        }
        return new Figure(numerator.multiply(from.factor[0]).multiply(to.factor[1]),
                denominator.multiply(from.factor[1]).multiply(to.factor[0]), other);
    }

    /** 是否可以换算成 {@code other}。 */
    public boolean convertibleTo(String other) {
        return Scaled.of(unit).base.equals(Scaled.of(other).base);
    }

    public Figure plus(Figure other) {
        Figure o = other.in(unit);
        return new Figure(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator), unit);
    }

    public Figure minus(Figure other) {
        return plus(other.negate());
    }

    public Figure negate() {
        return new Figure(numerator.negate(), denominator, unit);
    }

    public Figure abs() {
        return signum() < 0 ? negate() : this;
    }

    /** 乘以 numerator / denominator，单位不变。 */
    public Figure times(long numerator, long denominator) {
        return new Figure(this.numerator.multiply(BigInteger.valueOf(numerator)), this.denominator.multiply(BigInteger.valueOf(denominator)), unit);
    }

    /** 乘以一个纯数或百分数（{@code share} 换算成纯数后相乘），单位不变。 */
    public Figure times(Figure share) {
        Figure s = share.in("");
        return new Figure(numerator.multiply(s.numerator), denominator.multiply(s.denominator), unit);
    }

    /** 两个同一种量的数之比，是纯数：810亿元 ÷ 800亿元 = 81/80。 */
    public Figure dividedBy(Figure other) {
        Figure o = other.in(unit);
        if (o.signum() == 0) {
            throw new IllegalArgumentException("不能除以 0");
        }
        return new Figure(numerator.multiply(o.denominator), denominator.multiply(o.numerator), "");
    }

    /** 精确比较；{@code other} 先换算到本数的单位。 */
    @Override
    public int compareTo(Figure other) {
        Figure o = other.in(unit);
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figure f && f.numerator.equals(numerator) && f.denominator.equals(denominator) && f.unit.equals(unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator, unit);
    }

    /** 数（有限小数写成小数，否则写成 a/b）紧跟单位：810亿元、3.96%、2/3。 */
    @Override
    public String toString() {
        return number() + unit;
    }

    /** 只有数：810、3.96、2/3。 */
    public String number() {
        try {
            BigDecimal d = new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.UNLIMITED);
            return d.stripTrailingZeros().toPlainString();
        } catch (ArithmeticException nonTerminating) {
            return numerator + "/" + denominator;
        }
    }

    /**
     * 两数之差的说法：百分数之差是"个百分点"（3.96% 与 3.95% 差 0.01个百分点），其余照单位。差额是给人读的：
     * 不是有限小数时截到六位小数再加"…"（5/13个百分点 写成 0.384615…个百分点；六位小数还是 0 的，截到六位
     * 有效数字），精确值见 {@link #number()}。
     */
    public String asDifference() {
        return readable() + (unit.equals("%") ? "个百分点" : unit);
    }

    private String readable() {
        BigDecimal n = new BigDecimal(numerator);
        BigDecimal d = new BigDecimal(denominator);
        try {
            return n.divide(d, MathContext.UNLIMITED).stripTrailingZeros().toPlainString();
        } catch (ArithmeticException nonTerminating) {
            BigDecimal cut = n.divide(d, 6, RoundingMode.DOWN);
            if (cut.signum() == 0) {
                cut = n.divide(d, new MathContext(6, RoundingMode.DOWN));
            }
            return cut.toPlainString() + "…";
        }
    }

    /** A unit as a base and the factor {numerator, denominator} that takes one of it to the base. */
    private record Scaled(String base, BigInteger[] factor) {
        static Scaled of(String unit) {
            BigInteger[] f = {BigInteger.ONE, BigInteger.ONE};
            String u = unit;
            for (String[] m : new String[][] {{"万亿", "1000000000000"}, {"亿", "100000000"}, {"万", "10000"}}) {
                if (u.startsWith(m[0]) && u.length() > m[0].length()) {
                    f[0] = new BigInteger(m[1]);
                    u = u.substring(m[0].length());
                    break;
                }
            }
            switch (u) {
                case "%", "％" -> {
                    f[1] = f[1].multiply(BigInteger.valueOf(100));
                    u = "";
                }
                case "倍" -> u = "";
                case "分" -> {
                    f[1] = f[1].multiply(BigInteger.valueOf(100));
                    u = "元";
                }
                default -> { }
            }
            return new Scaled(u, f);
        }
    }
}
