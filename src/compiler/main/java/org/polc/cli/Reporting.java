package org.polc.cli;

import java.io.PrintWriter;
import java.util.List;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.diagnostics.DiagnosticRenderer;

/** Prints diagnostics and the one-line summary every command ends with. */
final class Reporting {

    private Reporting() {}

    /** Enough to fix a file by; a garbled 50 MB file would otherwise print for minutes. */
    static final int MOST = 200;

    /** Prints the diagnostics (the first {@link #MOST}); returns true when there were no errors. */
    static boolean report(Compilation compilation, PrintWriter err) {
        List<Diagnostic> all = compilation.diagnostics().sorted();
        for (Diagnostic d : all.subList(0, Math.min(MOST, all.size()))) {
            err.print(DiagnosticRenderer.render(d));
        }
        if (all.size() > MOST) {
            err.println("……还有 " + (all.size() - MOST) + " 条诊断未显示（只显示前 " + MOST + " 条）。");
        }
        long errors = compilation.diagnostics().errorCount();
        if (errors > 0) {
            err.println("共 " + errors + " 个错误。");
        }
        return errors == 0;
    }
}
