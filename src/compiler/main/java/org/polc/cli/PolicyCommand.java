package org.polc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every command does first: read the policies named on the command line, compile them, print
 * the diagnostics, and stop with exit code 1 if there are errors. A command says what it does with
 * a compilation that succeeded.
 */
abstract class PolicyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "POLICIES", description = "policies 文件夹，或其中一个 .pol 文件（读它所在文件夹的整份政策：文件头、事实和各部分）")
    Path policies;

    @Override
    public final Integer call() throws Exception {
        if (!Files.exists(policies)) {
            err().println("命令行错误：找不到 " + policies);
            return Main.USAGE;
        }
        Integer refused = beforeCompiling();
        if (refused != null) {
            return refused;
        }
        Compilation compilation = Compiler.compile(policies);
        boolean ok = Reporting.report(compilation, err());
        return ok ? run(compilation) : failed(compilation);
    }

    /** A check of the command line before the policies are read; null to go on, else the exit code. */
    Integer beforeCompiling() {
        return null;
    }

    /** What the command does with a compilation without errors; returns the exit code. */
    abstract int run(Compilation compilation) throws Exception;

    /** What the command says when the policies have errors (already printed); returns the exit code. */
    int failed(Compilation compilation) {
        return Main.POLICY_ERRORS;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
