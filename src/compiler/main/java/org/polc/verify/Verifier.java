package org.polc.verify;

import org.polc.diagnostics.Diagnostics;
import org.polc.model.Clause;
import org.polc.model.Program;

/**
 * The verify stage: what a checked program promises, proven or tested before any code is
 * generated. Only clean clauses are verified — a clause with errors, or repaired after a syntax
 * error, would give false alarms — and they are verified once their errors are fixed.
 */
public final class Verifier {

    private Verifier() {}

    /** Every declared cap holds and no amount is negative, for every input (interval analysis). */
    public static void caps(Program program, Diagnostics diagnostics) {
        for (Clause clause : program.clauses()) {
            if (clause.clean()) {
                CapProver.run(clause, diagnostics);
            }
        }
    }

    /** Every 例 gives what it says. */
    public static void examples(Program program, Diagnostics diagnostics) {
        for (Clause clause : program.clauses()) {
            if (clause.clean()) {
                ExampleRunner.run(clause, diagnostics);
            }
        }
    }

    /** No 单调 declaration is refuted by walking its input across the clause's constants. */
    public static void monotonicity(Program program, Diagnostics diagnostics) {
        for (Clause clause : program.clauses()) {
            if (clause.clean()) {
                MonotoneCheck.run(clause, diagnostics);
            }
        }
    }
}
