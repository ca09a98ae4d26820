package org.polc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true, description = "检查 .pol 文件：名称、类型与单位、比较用语、封顶证明、预算、例。无错误时退出码为 0。")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "POLICIES", description = "policies 文件夹或单个 .pol 文件")
    Path policies;

    @Override
    public Integer call() {
        if (!Inputs.exists(policies, spec)) {
            return Main.USAGE;
        }
        Compilation c = Compiler.compile(policies);
        boolean ok = Reporting.report(c, spec.commandLine().getErr());
        long calculators = c.clauses().stream().mapToLong(x -> x.calculators().size()).sum();
        long examples = c.clauses().stream().mapToLong(x -> x.examples().size()).sum();
        spec.commandLine().getOut().println("检查了 " + c.clauses().size() + " 条条款、" + calculators + " 个计算器、"
                + examples + " 个例：" + (ok ? "没有错误。" : c.diagnostics().errorCount() + " 个错误。"));
        return ok ? Main.OK : Main.POLICY_ERRORS;
    }
}
