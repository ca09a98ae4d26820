package org.polc.model;

/**
 * How a clause rounds an exact amount to the 分: 四舍五入 (the default), 舍去 or 进一, by absolute
 * value. The rule itself is the runtime's ({@link #runtime()}), so the cap proof rounds exactly as
 * the generated code does.
 */
public enum Rounding {
    HALF_UP(org.polc.runtime.Rounding.HALF_UP),
    DOWN(org.polc.runtime.Rounding.DOWN),
    UP(org.polc.runtime.Rounding.UP);

    private final org.polc.runtime.Rounding runtime;

    Rounding(org.polc.runtime.Rounding runtime) {
        this.runtime = runtime;
    }

    /** The runtime's rule of the same name: what the interpreter and the generated code apply. */
    public org.polc.runtime.Rounding runtime() {
        return runtime;
    }
}
