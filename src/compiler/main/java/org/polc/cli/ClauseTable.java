package org.polc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polc.ClauseReadings;
import org.polc.model.Calculator;
import org.polc.model.Change;
import org.polc.model.Changes;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Cumulative;
import org.polc.model.Eligibility;
import org.polc.model.Fact;
import org.polc.model.Frequency;
import org.polc.model.Input;
import org.polc.model.Part;
import org.polc.model.PartBudgets;
import org.polc.model.Program;

/**
 * {@code polc catalog --markdown}: docs/clauses.md, the table of what each clause became, made from the
 * checked model (and the 解读 comments of the sources) so that it cannot drift from the policies. Lines
 * end with \n whatever the platform, and every list is in document order: the same policies give the
 * same bytes.
 */
final class ClauseTable {

    static final String COMMAND = "./polc catalog --markdown policies > docs/clauses.md";

    private ClauseTable() {}

    static String markdown(List<Program> programs) {
        StringBuilder out = new StringBuilder();
        for (Program program : programs) {
            document(out, program);
        }
        return out.toString();
    }

    private static void document(StringBuilder out, Program program) {
        ClauseReadings readings = ClauseReadings.of(program);
        line(out, "# 条款一览：" + Markdown.escape(program.title()));
        line(out, "");
        line(out, "本文件列出《" + Markdown.escape(program.title()) + "》全部 " + program.clauses().size() + " 条条款（"
                + program.parts().size() + " 个部分）在 polc 中各成了什么。它由 polc 从 `policies/" + program.id()
                + "/` 的 `.pol` 源文件生成，不要手改：改了 `.pol` 之后运行 `" + COMMAND + "` 重新生成，"
                + "测试 ClausesDocTest 在它与生成结果不一致时失败。");
        line(out, "");
        line(out, "This file is generated from the `.pol` sources by `" + COMMAND + "`; do not edit it by hand.");
        line(out, "");
        line(out, "各栏：「内容」写条款成了什么——计算器的种类、名称和声明的上限（最高），一次性、累计最高；认定；合规规则；目标；"
                + "预算及其总额；另定的有效期；没有这些的条款是「举措」。「用到的事实」是它读到的文件头事实（policy.pol 的「事实」）。"
                + "「解读」是 `.pol` 中该条 `# 解读：` 注释的原话：原文有歧义时选定的读法。");
        line(out, "");
        facts(out, program);
        for (Part part : program.parts()) {
            part(out, program, part, readings);
        }
        closing(out, program, readings);
        line(out, "## 预算合计");
        line(out, "");
        List<PartBudgets> totals = PartBudgets.of(program);
        if (totals.isEmpty()) {
            line(out, "文件头没有写「除交叉重叠部分外」的总额。");
        }
        totals.forEach(p -> line(out, Markdown.escape(p.report())));
    }

    /** The header's own 原文 (the closing section), its validity, budgets, targets and readings. */
    private static void closing(StringBuilder out, Program program, ClauseReadings readings) {
        line(out, "## 文件头与末段");
        line(out, "");
        if (!program.text().isEmpty()) {
            line(out, "> " + Markdown.escape(program.text()));
            line(out, "");
        }
        List<String> items = new ArrayList<>();
        items.add("有效期 " + program.validFrom() + " 至 " + program.validTo() + "：各条款的有效期，条款另写「有效期」的除外");
        program.budgets().forEach(b -> items.add(CatalogCommand.budget(b)));
        program.targets().forEach(t -> items.add(CatalogCommand.target(t)));
        readings.header().forEach(r -> items.add("解读：" + r));
        items.forEach(i -> line(out, "- " + Markdown.escape(i)));
        line(out, "");
    }

    private static void facts(StringBuilder out, Program program) {
        if (program.facts().isEmpty()) {
            return;
        }
        line(out, "## 文件头的事实");
        line(out, "");
        line(out, Markdown.row("事实", "类型", "含义", "用到它的条款"));
        line(out, Markdown.row("---", "---", "---", "---"));
        for (Fact f : program.facts()) {
            List<String> readBy = program.clausesReading(f.name()).stream().map(Clause::citation).toList();
            line(out, Markdown.row(Markdown.escape(f.name()), Markdown.escape(f.type().chinese()), Markdown.escape(f.meaning()),
                    readBy.isEmpty() ? "没有条款用到" : String.join("、", readBy)));
        }
        line(out, "");
    }

    private static void part(StringBuilder out, Program program, Part part, ClauseReadings readings) {
        line(out, "## " + part.citation() + " " + Markdown.escape(part.title()));
        line(out, "");
        line(out, "牵头单位：" + Markdown.escape(String.join("、", part.leads())));
        line(out, "");
        List<String> items = new ArrayList<>();
        part.targets().forEach(t -> items.add(CatalogCommand.target(t)));
        part.budgets().forEach(b -> items.add(CatalogCommand.budget(b)));
        readings.part(part).forEach(r -> items.add("解读：" + r));
        if (!items.isEmpty()) {
            items.forEach(i -> line(out, "- " + Markdown.escape(i)));
            line(out, "");
        }
        line(out, Markdown.row("条款", "标题", "内容", "用到的事实", "解读"));
        line(out, Markdown.row("---", "---", "---", "---", "---"));
        for (Clause clause : part.clauses()) {
            line(out, Markdown.row(clause.citation(), Markdown.escape(clause.title()), Markdown.escape(String.join("\n", became(program, clause))),
                    Markdown.escape(String.join("、", facts(clause))), Markdown.escape(String.join("\n", readings.clause(clause)))));
        }
        line(out, "");
    }

    /** What the clause became, one item a line; 举措 when it holds nothing to compute, check or count. */
    static List<String> became(Program program, Clause clause) {
        List<String> items = new ArrayList<>();
        clause.calculators().forEach(k -> items.add(calculator(k)));
        clause.eligibilities().stream().map(Eligibility::name).forEach(n -> items.add("认定 " + n));
        for (ComplianceRule r : clause.complianceRules()) {
            items.add("合规 " + r.name() + r.subject().map(s -> "（约束" + s + "）").orElse(""));
        }
        clause.targets().forEach(t -> items.add(CatalogCommand.target(t)));
        clause.budgets().forEach(b -> items.add(CatalogCommand.budget(b)));
        if (items.isEmpty()) {
            items.add("举措");
        }
        if (!clause.validFrom().equals(program.validFrom()) || !clause.validTo().equals(program.validTo())) {
            items.add("有效期 " + clause.validFrom() + " 至 " + clause.validTo());
        }
        return items;
    }

    /**
     * 补助 研发投入补助（最高 200万元）; 奖励 …（最高 200万元，一次性）; 资助 …（最高 500万元（由200万元提高至500万元），
     * 累计最高 …，扣除已获「…」，调整：由50%提高至60%）.
     */
    static String calculator(Calculator k) {
        List<String> details = new ArrayList<>();
        ownCap(k).ifPresent(c -> details.add("最高 " + c));
        if (k.payment()) {
            details.add("申请人缴纳的金额");
        }
        k.frequency().ifPresent(f -> details.add(f.chinese()));
        k.cumulative().ifPresent(c -> details.add((k.frequency().filter(f -> f == Frequency.YEARLY).isPresent() ? "年度" : "")
                + "累计最高 " + c.capText() + "，扣除已获「" + c.received().origin().text() + "」"));
        List<String> changes = unshownChanges(k);
        if (!changes.isEmpty()) {
            details.add("调整：" + String.join("，", changes));
        }
        return k.kind() + " " + k.name() + (details.isEmpty() ? "" : "（" + String.join("，", details) + "）");
    }

    /**
     * The cap to show beside the 累计最高: none when the calculator's cap is its cumulative ceiling
     * (资助 … 累计最高 由 200万元 提高至 500万元 declares no other), which would otherwise read twice.
     */
    static Optional<String> ownCap(Calculator k) {
        return k.capText().filter(c -> k.cumulative().filter(cumulative -> cumulative.capText().equals(c)).isEmpty());
    }

    /** The changed values the ceilings (最高, 累计最高) do not already show: 由50%提高至60%. */
    static List<String> unshownChanges(Calculator k) {
        String shown = k.capText().orElse("") + k.cumulative().map(Cumulative::capText).orElse("");
        return Changes.of(k).stream().map(Change::text).filter(t -> !shown.contains(t)).toList();
    }

    /** The document facts the clause reads, in the clause's order of inputs. */
    private static List<String> facts(Clause clause) {
        return clause.inputs().stream().filter(i -> i.fact().isPresent()).map(Input::name).toList();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }

}
