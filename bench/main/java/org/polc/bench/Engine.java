package org.polc.bench;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * One engine's amount for a case, as exact decimal yuan, for the check before timing. An exact engine must
 * agree with the generated calculator on every case; an inexact one (double arithmetic) is counted and
 * reported, not hidden.
 */
record Engine<C>(String name, boolean exact, Function<C, BigDecimal> amount) {

    static <C> Engine<C> exact(String name, Function<C, BigDecimal> amount) {
        return new Engine<>(name, true, amount);
    }

    static <C> Engine<C> inexact(String name, Function<C, BigDecimal> amount) {
        return new Engine<>(name, false, amount);
    }
}
