package org.polc.model;

/** Displays compile-time amounts exactly as the runtime displays them, so messages and explanations agree. */
public final class Amounts {

    private Amounts() {}

    /** An amount in 元 as the runtime shows it ("200万元"); amounts beyond a long show in 元. */
    public static String yuan(Rational yuan) {
        if (Amount.fits(yuan)) {
            return Amount.of(yuan).toString();
        }
        return yuan.toPlainString() + "元";
    }

    /** An interval bound for messages: +∞ as 无上限. */
    public static String bound(Rational yuan) {
        return yuan == null ? "无上限" : yuan(yuan);
    }
}
