package org.polc.bench;

import java.math.BigDecimal;
import org.polc.runtime.Money;

/** Amounts of every engine as exact decimal yuan, so that they can be compared without hiding a difference. */
final class Amounts {

    private Amounts() {
    }

    /** 分 → yuan, exact (scale 2). */
    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /**
     * An engine's result as a decimal. A {@code double} is read as Java prints it (the shortest decimal that
     * names it), so binary noise such as 0.30000000000000004 stays visible instead of being rounded away.
     */
    static BigDecimal decimal(Object result) {
        if (result instanceof Money m) {
            return yuan(m.fen());
        }
        if (result instanceof BigDecimal b) {
            return b;
        }
        if (result instanceof Double || result instanceof Float) {
            return new BigDecimal(result.toString());
        }
        if (result instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw new IllegalStateException("不是金额：" + result + (result == null ? "" : "（" + result.getClass().getName() + "）"));
    }

    /** Same amount (scale ignored: 200.0 and 200.00 are the same amount). */
    static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
