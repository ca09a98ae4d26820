package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PolicyArithmeticExceptionTest {

    @Test
    void isAnArithmeticException() {
        assertTrue(ArithmeticException.class.isAssignableFrom(PolicyArithmeticException.class));
    }

    @Test
    void messageOnly() {
        PolicyArithmeticException e = new PolicyArithmeticException("比率超出可计算的范围（溢出）：1/0");
        assertEquals("比率超出可计算的范围（溢出）：1/0", e.getMessage());
        assertNull(e.getCause());
    }

    @Test
    void keepsCause() {
        ArithmeticException cause = new ArithmeticException("long overflow");
        PolicyArithmeticException e = new PolicyArithmeticException("金额超出可计算的范围（溢出）：x", cause);
        assertSame(cause, e.getCause());
        assertEquals("金额超出可计算的范围（溢出）：x", e.getMessage());
    }

    @Test
    void overflowPrefixesMessage() {
        assertEquals("金额超出可计算的范围（溢出）：1亿元 × 3/2",
                PolicyArithmeticException.overflow("1亿元 × 3/2").getMessage());
    }
}
