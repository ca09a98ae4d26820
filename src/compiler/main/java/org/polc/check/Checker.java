package org.polc.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import org.polc.ast.Declarations;
import org.polc.ast.Declarations.RoundingRule;
import org.polc.ast.Document;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.Span;
import org.polc.model.Budget;
import org.polc.model.Clause;
import org.polc.model.Fact;
import org.polc.model.Part;
import org.polc.model.Program;
import org.polc.model.Rounding;
import org.polc.model.Goal;
import org.polc.model.Target;
import org.polc.vocabulary.ChineseNumerals;

/**
 * The check stage for one policy document (one folder under policies/): exactly one 政策 header,
 * Parts and clauses numbered once each, then every clause checked. What the checked program
 * promises (caps, examples, 单调) is proven by the verify stage.
 */
public final class Checker {

    private Checker() {}

    /** The checked program's rounding rule for the one the drafter wrote. */
    static Rounding rounding(RoundingRule rule) {
        return switch (rule) {
            case HALF_UP -> Rounding.HALF_UP;
            case DOWN -> Rounding.DOWN;
            case UP -> Rounding.UP;
        };
    }

    /** A clause is repaired when the parser reported a syntax error inside it. */
    private static void markRepaired(Document document, Map<Document.Clause, Boolean> repaired) {
        document.parts().forEach(p -> p.clauses().forEach(c -> repaired.put(c, document.syntaxErrors().contains(c.number()))));
    }

    /**
     * @param id the folder name, used as the Java package of the generated code
     * @param files the parsed files of the folder, in a stable order
     * @return the checked program; when {@code diagnostics} has errors it may be incomplete
     */
    public static Program check(String id, List<Map.Entry<SourceFile, Document>> files, Diagnostics diagnostics) {
        Span folder = files.isEmpty() ? Span.unknown(new SourceFile(id, "")) : Span.unknown(files.get(0).getKey());
        if (!SourceVersion.isName(id) || !id.chars().allMatch(c -> c < 128) || !Character.isLowerCase(id.charAt(0))) {
            diagnostics.error("program.id", folder, "政策文件夹名「" + id + "」要用小写英文字母开头、只含英文字母和数字（如 hangzhou2024），它是生成的 Java 包名");
        }
        Optional<Document.Header> header = Optional.empty();
        for (Map.Entry<SourceFile, Document> f : files) {
            Optional<Document.Header> h = f.getValue().header();
            if (h.isPresent()) {
                if (header.isPresent()) {
                    diagnostics.error("program.header", h.get().span(), "一个政策文件夹只能有一个「政策」文件头，" + header.get().span().where() + " 已经写了");
                } else {
                    header = h;
                }
            }
        }
        boolean syntaxErrors = files.stream().anyMatch(f -> !f.getValue().syntaxErrors().isEmpty());
        if (header.isEmpty() && !syntaxErrors) {
            diagnostics.error("program.header", folder, "文件夹 " + id + " 缺少「政策」文件头（如 policy.pol 中的「政策 标题」和「有效期」）");
        }
        String title = header.map(Document.Header::title).orElse(id);
        LocalDate from = header.flatMap(Document.Header::validity).map(v -> v.from()).orElse(LocalDate.of(2024, 1, 1));
        LocalDate to = header.flatMap(Document.Header::validity).map(v -> v.to()).orElse(LocalDate.of(2024, 12, 31));
        if (header.isPresent() && header.get().validity().isEmpty()) {
            diagnostics.error("program.validity", header.get().span(), "「政策」文件头缺少「有效期」，如「有效期 2024-01-01 至 2024-12-31」");
        }
        Rounding rounding = header.flatMap(Document.Header::rounding).map(r -> rounding(r.rule())).orElse(Rounding.HALF_UP);
        Map<String, Fact> facts = Facts.check(header.map(Document.Header::facts).orElse(List.of()), diagnostics);

        List<Document.Part> parts = new ArrayList<>();
        Map<Document.Clause, Boolean> repaired = new IdentityHashMap<>();
        // the tolerance for 约/左右 in force in each Part: its own 约数 declaration, else the document's
        Optional<Goal.Tolerance> documentTolerance = header.flatMap(h -> Goals.tolerance(h.tolerances(), "政策", Optional.empty(), diagnostics));
        Map<Document.Part, Optional<Goal.Tolerance>> tolerances = new IdentityHashMap<>();
        for (Map.Entry<SourceFile, Document> f : files) {
            parts.addAll(f.getValue().parts());
            markRepaired(f.getValue(), repaired);
        }
        Map<Integer, Span> clauseNumbers = new HashMap<>();
        List<Part> checkedParts = new ArrayList<>();
        List<Document.Clause> checkedClauses = new ArrayList<>();
        for (Document.Part part : Parts.merge(parts, diagnostics)) {
            tolerances.put(part, Goals.tolerance(part.tolerances(), "第" + ChineseNumerals.format(part.number()) + "部分", documentTolerance, diagnostics));
            List<Clause> clauses = new ArrayList<>();
            List<Document.Clause> sorted = new ArrayList<>(part.clauses());
            sorted.sort(Comparator.comparingInt(Document.Clause::number));
            for (Document.Clause clause : sorted) {
                if (clause.number() == 0) {
                    continue; // its malformed number is already reported
                }
                Span seen = clauseNumbers.putIfAbsent(clause.number(), clause.span());
                if (seen != null) {
                    diagnostics.error("program.clause", clause.span(), "第" + ChineseNumerals.format(clause.number()) + "条重复，" + seen.where() + " 已经有了");
                    continue;
                }
                if (clause.text().isEmpty()) {
                    diagnostics.error("clause.text", clause.span(), "第" + ChineseNumerals.format(clause.number()) + "条缺少「原文」：每一条都要照录政策原文");
                }
                Clause checked = new ClauseChecker(clause, facts, rounding, diagnostics, tolerances.get(part))
                        .check(part.number(), from, to, repaired.getOrDefault(clause, false));
                CoverageCheck.report(checked.citation(), clause.text(), clause.narratives(), checked.coverage(), checked.clean(), diagnostics);
                clauses.add(checked);
                checkedClauses.add(clause);
            }
            String where = "第" + ChineseNumerals.format(part.number()) + "部分";
            List<Budget> partBudgets = Structure.budgets(part.budgets(), where, diagnostics);
            Part checkedPart = new Part(part.number(), part.title(), part.leads(), part.text().map(t -> t.text()).orElse(""),
                    Goals.check(part.targets(), where, tolerances.get(part), part.budgets(), partBudgets, diagnostics), partBudgets,
                    clauses, part.span(), CoverageCheck.narratives(part.narratives()));
            CoverageCheck.report(where, part.text(), part.narratives(), checkedPart.coverage(), true, diagnostics);
            checkedParts.add(checkedPart);
        }
        Facts.warnShared(checkedClauses, diagnostics);
        if (!diagnostics.hasErrors()) {
            // With errors, a fact may look unused only because the name meant for it was misspelt.
            Facts.warnUnused(facts, checkedParts.stream().flatMap(p -> p.clauses().stream()).toList(), diagnostics);
        }
        List<Budget> budgets = header.map(h -> Structure.budgets(h.budgets(), "政策", diagnostics)).orElse(List.of());
        List<Target> targets = header.map(h -> Goals.check(h.targets(), "政策", documentTolerance, h.budgets(), budgets, diagnostics)).orElse(List.of());
        // the header's 原文 is the closing section of the text: written once, its numbers accounted for like a Part's
        List<Declarations.Text> closing = header.map(Document.Header::texts).orElse(List.of());
        for (Declarations.Text extra : closing.stream().skip(1).toList()) {
            diagnostics.error("program.text", extra.span(), "「政策」文件头的「原文」只能写一次，" + closing.get(0).span().where() + " 已经写了",
                    "文件末段的几段原文写在同一个「原文 “…”」里");
        }
        List<Declarations.Narrative> closingMarks = header.map(Document.Header::narratives).orElse(List.of());
        Program program = new Program(id, title, from, to, rounding, budgets, targets, List.copyOf(facts.values()), checkedParts,
                closing.isEmpty() ? "" : closing.get(0).text(), CoverageCheck.narratives(closingMarks));
        if (header.isPresent()) {
            CoverageCheck.report("政策文件头", closing.stream().findFirst(), closingMarks, program.coverage(), true, diagnostics);
        }
        Structure.overlaps(program, diagnostics);
        return program;
    }
}
