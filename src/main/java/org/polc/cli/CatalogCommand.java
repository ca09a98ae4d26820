package org.polc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.polc.Compiler.Compilation;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.Part;
import org.polc.model.Program;
import org.polc.vocabulary.ChineseNumerals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "catalog", mixinStandardHelpOptions = true, description = "列出全部条款：编号、标题、部分、牵头单位、有效期、原文、计算器、认定、目标、预算。")
final class CatalogCommand extends PolicyCommand {

    @Option(names = "--json", description = "以 JSON 输出：{\"clauses\":[…]}")
    boolean json;

    @Override
    int run(Compilation c) throws Exception {
        if (json) {
            ObjectNode root = Catalog.json(c.programs());
            out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            for (Program program : c.programs()) {
                for (Part part : program.parts()) {
                    out().println("第" + ChineseNumerals.format(part.number()) + "部分 " + part.title()
                            + "（" + String.join("、", part.leads()) + "）");
                    for (Clause clause : part.clauses()) {
                        out().println("  " + clause.citation() + " " + clause.title()
                                + (clause.calculators().isEmpty() ? "" : "：" + String.join("、", clause.calculators().stream().map(Calculator::name).toList())));
                    }
                }
            }
        }
        return Main.OK;
    }
}
