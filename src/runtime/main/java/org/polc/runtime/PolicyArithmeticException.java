package org.polc.runtime;

/**
 * 计算超出 long 所能表示的范围时抛出。宁可报错也不回绕，因为回绕会悄悄算出一个错误的金额。
 */
public final class PolicyArithmeticException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /** 前缀，供 {@link #overflow(String)} 使用。 */
    static final String OVERFLOW = "金额超出可计算的范围（溢出）：";

    /** @param message 完整的中文说明 */
    public PolicyArithmeticException(String message) {
        super(message);
    }

    /**
     * @param message 完整的中文说明
     * @param cause 原始的 JDK 异常，保留以便排查
     */
    public PolicyArithmeticException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }

    /** 金额溢出，例如 {@code overflow("92233720368547758.07元 + 0.01元")}。 */
    public static PolicyArithmeticException overflow(String detail) {
        return new PolicyArithmeticException(OVERFLOW + detail);
    }
}
