package org.polc.model;

/**
 * How often a calculator pays: 一次性 (once for an applicant; the checker gives it the input 已获得…, see
 * {@link OneOff}) or 每年 (every year).
 */
public enum Frequency {
    ONCE("一次性"), YEARLY("每年");

    private final String chinese;

    Frequency(String chinese) {
        this.chinese = chinese;
    }

    /** As the policy writes it. */
    public String chinese() {
        return chinese;
    }
}
