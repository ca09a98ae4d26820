package org.polc.cli;

import java.io.PrintWriter;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.diagnostics.DiagnosticRenderer;

/** Prints diagnostics and the one-line summary every command ends with. */
final class Reporting {

    private Reporting() {}

    /** Prints every diagnostic; returns true when there were no errors. */
    static boolean report(Compilation compilation, PrintWriter err) {
        for (Diagnostic d : compilation.diagnostics().sorted()) {
            err.print(DiagnosticRenderer.render(d));
        }
        long errors = compilation.diagnostics().errorCount();
        if (errors > 0) {
            err.println("共 " + errors + " 个错误。");
        }
        return errors == 0;
    }
}
