package org.polc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.polc.Compiler.Compilation;
import org.polc.model.Budget;
import org.polc.model.Calculator;
import org.polc.model.Change;
import org.polc.model.Changes;
import org.polc.model.Clause;
import org.polc.model.Eligibility;
import org.polc.model.Fact;
import org.polc.model.Frequency;
import org.polc.model.GoalValue;
import org.polc.model.Part;
import org.polc.model.PartBudgets;
import org.polc.model.Program;
import org.polc.model.Target;
import org.polc.vocabulary.ChineseNumerals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "catalog", mixinStandardHelpOptions = true, description = "列出全部条款：编号、标题、部分、牵头单位、有效期、原文、计算器、认定、目标、预算；也可输出 JSON 或 Markdown。")
final class CatalogCommand extends PolicyCommand {

    @Option(names = "--json", description = "以 JSON 输出：{\"clauses\":[…]}")
    boolean json;

    @Option(names = "--markdown", description = "以 Markdown 输出条款一览：各部分的牵头单位、目标、预算，各条成了什么、"
            + "用到的事实、解读（.pol 中该条的「# 解读：」注释），最后是预算合计；仓库里的条款一览就是它的输出")
    boolean markdown;

    @Override
    Integer beforeCompiling() {
        if (json && markdown) {
            err().println("命令行错误：--json 与 --markdown 只能选一个");
            err().println("用法见 polc --help 或 polc <子命令> --help");
            return Main.USAGE;
        }
        return null;
    }

    @Override
    int run(Compilation c) throws Exception {
        if (markdown) {
            // print, not println: the document's lines end with \n on every platform
            out().print(ClauseTable.markdown(c.programs()));
        } else if (json) {
            ObjectNode root = Catalog.json(c.programs());
            out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            for (Program program : c.programs()) {
                program.budgets().forEach(b -> out().println(budget(b)));
                PartBudgets.of(program).forEach(p -> out().println(p.report()));
                program.targets().forEach(t -> out().println(target(t)));
                program.facts().forEach(f -> out().println(fact(program, f)));
                for (Part part : program.parts()) {
                    out().println("第" + ChineseNumerals.format(part.number()) + "部分 " + part.title()
                            + "（" + String.join("、", part.leads()) + "）");
                    part.budgets().forEach(b -> out().println("  " + budget(b)));
                    part.targets().forEach(t -> out().println("  " + target(t)));
                    for (Clause clause : part.clauses()) {
                        out().println("  " + clause.citation() + " " + clause.title()
                                + (clause.calculators().isEmpty() ? "" : "：" + String.join("、", clause.calculators().stream().map(Calculator::name).toList())));
                        clause.calculators().forEach(k -> details(k).ifPresent(d -> out().println("    " + d)));
                        if (!clause.eligibilities().isEmpty()) {
                            out().println("    认定：" + String.join("、", clause.eligibilities().stream().map(Eligibility::name).toList()));
                        }
                        if (!clause.complianceRules().isEmpty()) {
                            out().println("    合规：" + String.join("、", clause.complianceRules().stream()
                                    .map(r -> r.name() + r.subject().map(s -> "（约束" + s + "）").orElse("")).toList()));
                        }
                        clause.budgets().forEach(b -> out().println("    " + budget(b)));
                        clause.targets().forEach(t -> out().println("    " + target(t)));
                    }
                }
            }
        }
        return Main.OK;
    }

    /** 事实：年度研发投入额（金额）企业申报年度的研发投入总额；第十四条、第十五条. */
    private static String fact(Program program, Fact f) {
        List<String> readBy = program.clausesReading(f.name()).stream().map(Clause::citation).toList();
        return "事实：" + f.name() + "（" + f.type().chinese() + "）" + f.meaning()
                + "；" + (readBy.isEmpty() ? "没有条款用到" : String.join("、", readBy) + "用到");
    }

    /** 预算 市财政2024年预算安排 112.1亿元（其中 …）, the amounts as the text writes them. */
    static String budget(Budget b) {
        String items = b.items().stream().map(i -> i.name() + " " + i.amountText()).collect(Collectors.joining("，"));
        // 预算：省级外资招引激励资金（由省安排）2023年至2025年 每年 5.5亿元，3年合计 16.5亿元
        String source = b.source().map(s -> "（由" + s + "安排）").orElse("");
        String amount = b.period().map(p -> p.text() + " 每年 " + p.perYearText() + "，" + p.years() + "年合计 " + b.totalText())
                .orElse(b.totalText());
        return "预算：" + b.name() + source + " " + amount + (b.overlap().isPresent() ? " 除交叉重叠部分外" : "")
                + (items.isEmpty() ? "" : "（" + (b.period().isPresent() ? "每年" : "") + "其中 " + items + "）");
    }

    /**
     * What the clause line cannot say of a calculator: that it is what the applicant pays (应缴), that it is
     * given once (一次性: the input the compiler introduced for it), its
     * cumulative ceiling, and the values the text changed — 出口信用保险资助：最高 500万元（由200万元提高至500万元）；
     * 调整：由50%提高至60%. Empty for a plain grant, whose name on the clause line says enough.
     */
    private static Optional<String> details(Calculator k) {
        List<String> parts = new ArrayList<>();
        if (k.payment()) {
            parts.add("应缴（申请人缴纳的金额）");
        }
        k.oneOff().filter(o -> k.inputs().contains(o.inputName()))
                .ifPresent(o -> parts.add("一次性，另读输入「" + o.inputName() + "」（是否），已获得过的不再给予"));
        List<Change> changes = Changes.of(k);
        if (k.cumulative().isPresent() || !changes.isEmpty()) {
            ClauseTable.ownCap(k).ifPresent(c -> parts.add("最高 " + c));
        }
        k.cumulative().ifPresent(c -> parts.add((k.frequency().filter(f -> f == Frequency.YEARLY).isPresent() ? "年度" : "")
                + "累计最高 " + c.capText() + "，扣除已获「" + c.received().origin().text() + "」"));
        List<String> unshown = ClauseTable.unshownChanges(k);
        if (!unshown.isEmpty()) {
            parts.add("调整：" + String.join("，", unshown));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(k.name() + "：" + String.join("；", parts));
    }

    /** 目标：2024年 争取 研发投入强度 达到 3.95%. */
    static String target(Target t) {
        List<String> parts = new ArrayList<>();
        t.year().ifPresent(y -> parts.add(y + "年"));
        t.strength().ifPresent(parts::add);
        parts.add(t.text());
        // a base taken from a budget: how the figure comes about (省级外资招引激励资金 2024年 5.5亿元 的 40%，即 2.2亿元)
        String bases = t.goals().stream().flatMap(g -> g.value().asBudgeted().stream()).map(GoalValue.Budgeted::derivation)
                .collect(Collectors.joining("；"));
        return "目标：" + String.join(" ", parts) + (bases.isEmpty() ? "" : "（目标数：" + bases + "）");
    }
}
