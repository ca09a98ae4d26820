package org.polc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.check.Program;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "catalog", mixinStandardHelpOptions = true, description = "列出全部条款：编号、标题、部分、牵头单位、有效期、原文、计算器、认定、目标、预算。")
final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "以 JSON 输出：{\"clauses\":[…]}")
    boolean json;

    @Parameters(index = "0", paramLabel = "POLICIES", description = "policies 文件夹")
    Path policies;

    @Override
    public Integer call() throws Exception {
        if (!Inputs.exists(policies, spec)) {
            return Main.USAGE;
        }
        Compilation c = Compiler.compile(policies);
        if (!Reporting.report(c, spec.commandLine().getErr())) {
            return Main.POLICY_ERRORS;
        }
        if (json) {
            ObjectNode root = Catalog.json(c.programs());
            spec.commandLine().getOut().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            for (Program program : c.programs()) {
                for (Program.Part part : program.parts()) {
                    spec.commandLine().getOut().println("第" + org.polc.syntax.ChineseNumerals.format(part.number()) + "部分 " + part.title()
                            + "（" + String.join("、", part.leads()) + "）");
                    for (Program.Clause clause : part.clauses()) {
                        spec.commandLine().getOut().println("  " + clause.citation() + " " + clause.title()
                                + (clause.calculators().isEmpty() ? "" : "：" + String.join("、", clause.calculators().stream().map(Program.Calculator::name).toList())));
                    }
                }
            }
        }
        return Main.OK;
    }
}
