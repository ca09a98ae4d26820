package org.polc.cli;

import org.polc.Compiler.Compilation;
import org.polc.model.PartBudgets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true, description = "检查 .pol 文件：名称、类型与单位、比较用语、封顶证明、预算、例。无错误时退出码为 0。")
final class CheckCommand extends PolicyCommand {

    @Option(names = "--coverage", description = "逐条列出原文中的数字有多少已由规定用到或由叙述说明")
    boolean coverage;

    @Override
    int run(Compilation c) {
        summary(c, true);
        return Main.OK;
    }

    @Override
    int failed(Compilation c) {
        summary(c, false);
        return Main.POLICY_ERRORS;
    }

    private void summary(Compilation c, boolean ok) {
        // 除交叉重叠部分外: the Parts' budgets, their sum and the overlap they imply, as a note before the count
        c.programs().forEach(p -> PartBudgets.of(p).forEach(b -> out().println(b.report())));
        long calculators = c.clauses().stream().mapToLong(x -> x.calculators().size()).sum();
        long rules = c.clauses().stream().mapToLong(x -> x.eligibilities().size()).sum();
        long compliance = c.clauses().stream().mapToLong(x -> x.complianceRules().size()).sum();
        long examples = c.clauses().stream().mapToLong(x -> x.examples().size()).sum();
        out().println("检查了 " + c.clauses().size() + " 条条款、" + calculators + " 个计算器、" + rules + " 个认定、" + compliance + " 条合规规则、"
                + examples + " 个例：" + (ok ? "没有错误。" : c.diagnostics().errorCount() + " 个错误。"));
        if (coverage) {
            CoverageReport.table(c.programs()).forEach(out()::println);
        }
        out().println(CoverageReport.total(c.programs()));
    }
}
