package org.polc.runtime;

import java.math.BigInteger;

/**
 * 把精确的商舍入到整数（通常是整分）的规则。政策条文会写明“四舍五入”“舍去”或“进一”，
 * 未写明时按四舍五入。负数按绝对值舍入，再带上符号，所以 -2.5 四舍五入是 -3。
 */
public enum Rounding {
    /** 四舍五入：小数部分 ≥ 0.5 时远离零进位。缺省规则。 */
    HALF_UP("四舍五入"),
    /** 舍去：向零截断。 */
    DOWN("舍去"),
    /** 进一：只要有余数就远离零进位。 */
    UP("进一");

    private final String chinese;

    Rounding(String chinese) {
        this.chinese = chinese;
    }

    /** 条文里的写法：四舍五入 / 舍去 / 进一。 */
    public String chinese() {
        return chinese;
    }

    /**
     * 按本规则舍入 numerator / denominator 的精确值。
     *
     * @param denominator 必须为正
     * @throws IllegalArgumentException 分母不是正数时
     */
    public long divide(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("舍入时除数必须为正数，实际为 " + denominator);
        }
        long quotient = numerator / denominator;
        long remainder = numerator % denominator;
        if (remainder == 0) {
            return quotient;
        }
        // 有余数时分母 ≥ 2，|商| ≤ |被除数| / 2，加减 1 不会溢出。
        long away = numerator < 0 ? quotient - 1 : quotient + 1;
        return switch (this) {
            case DOWN -> quotient;
            case UP -> away;
            // 比较 |余数| ≥ 分母 - |余数|，而不是 2|余数| ≥ 分母，免得 2|余数| 溢出。
            case HALF_UP -> Math.abs(remainder) >= denominator - Math.abs(remainder) ? away : quotient;
        };
    }

    /** 与 {@link #divide(long, long)} 规则相同，供乘积超出 long 的少见情形和编译期的精确分数使用。denominator 必须为正。 */
    public BigInteger divide(BigInteger numerator, BigInteger denominator) {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        BigInteger quotient = qr[0];
        BigInteger remainder = qr[1];
        if (remainder.signum() == 0) {
            return quotient;
        }
        BigInteger away = numerator.signum() < 0 ? quotient.subtract(BigInteger.ONE) : quotient.add(BigInteger.ONE);
        return switch (this) {
            case DOWN -> quotient;
            case UP -> away;
            case HALF_UP -> remainder.abs().shiftLeft(1).compareTo(denominator) >= 0 ? away : quotient;
        };
    }
}
