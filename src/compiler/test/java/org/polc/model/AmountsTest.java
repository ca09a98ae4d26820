package org.polc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Amounts in messages: as the runtime shows them ("200万元"); beyond a long of 分, plainly in 元. */
class AmountsTest {

    @Test
    void amountsThatFitShowAsTheRuntimeShowsThem() {
        assertEquals("200万元", Amounts.yuan(Rational.of(2_000_000)));
        assertEquals("6999999.99元", Amounts.yuan(Rational.of(BigInteger.valueOf(699_999_999), BigInteger.valueOf(100))));
        assertEquals("无上限", Amounts.bound(null));
        assertEquals("300万元", Amounts.bound(Rational.of(3_000_000)));
    }

    @Test
    void amountsBeyondALongOfFenShowInYuan() {
        assertEquals("100000000000000000元", Amounts.yuan(Rational.of(new BigInteger("100000000000000000"), BigInteger.ONE)));
    }

    @Test
    void amountsAbove2To62FenStillFitALong() {
        // 4611686018428万元 = 4.6×10^18 分: above 2^62, below Long.MAX_VALUE, so shown as the runtime shows it.
        assertEquals("461168601.8428亿元", Amounts.yuan(Rational.of(new BigInteger("46116860184280000"), BigInteger.ONE)));
    }
}
