package org.polc.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polc.ast.Declarations;
import org.polc.ast.Document;
import org.polc.diagnostics.Diagnostics;
import org.polc.vocabulary.ChineseNumerals;

/**
 * The Parts of a document, each assembled from every file that opens it: a long Part may be split
 * across files (part5a.pol, part5b.pol), each starting with the same 部分 heading. What describes the
 * Part — its title, 牵头单位 and 原文 — may be written once, or repeated identically; targets, budgets
 * and clauses add up. The same Part opened twice in one file is a mistake, not a split.
 */
final class Parts {

    private Parts() {}

    /** The Parts in number order, with what several files said of one Part merged. */
    static List<Document.Part> merge(List<Document.Part> parts, Diagnostics diagnostics) {
        Map<Integer, List<Document.Part>> byNumber = new LinkedHashMap<>();
        parts.stream().sorted((a, b) -> Integer.compare(a.number(), b.number()))
                .forEach(p -> byNumber.computeIfAbsent(p.number(), n -> new ArrayList<>()).add(p));
        List<Document.Part> merged = new ArrayList<>();
        for (List<Document.Part> pieces : byNumber.values()) {
            Document.Part first = pieces.get(0);
            String title = first.title();
            List<String> leads = first.leads();
            Optional<Declarations.Text> text = first.text();
            List<Declarations.Target> targets = new ArrayList<>(first.targets());
            List<Declarations.Budget> budgets = new ArrayList<>(first.budgets());
            List<Declarations.Tolerance> tolerances = new ArrayList<>(first.tolerances());
            List<Document.Clause> clauses = new ArrayList<>(first.clauses());
            List<Declarations.Narrative> narratives = new ArrayList<>(first.narratives());
            String where = "第" + ChineseNumerals.format(first.number()) + "部分";
            for (Document.Part piece : pieces.subList(1, pieces.size())) {
                if (piece.span().source().equals(first.span().source())) {
                    diagnostics.error("program.part", piece.span(), where + "重复，" + first.span().where() + " 已经有了",
                            "同一文件中一个部分只写一次标题；要把一个部分分到几个文件里，每个文件各写一次「部分」标题");
                    continue;
                }
                if (title.isEmpty()) {
                    title = piece.title();
                } else if (!piece.title().isEmpty() && !piece.title().equals(title)) {
                    diagnostics.error("program.part", piece.span(), where + "的标题「" + piece.title() + "」与 " + first.span().where()
                            + " 的「" + title + "」不一致", "分在几个文件里的同一部分，标题要相同，或只在一个文件里写");
                }
                if (leads.isEmpty()) {
                    leads = piece.leads();
                } else if (!piece.leads().isEmpty() && !piece.leads().equals(leads)) {
                    diagnostics.error("program.part", piece.span(), where + "的牵头单位「" + String.join("、", piece.leads()) + "」与 "
                            + first.span().where() + " 的「" + String.join("、", leads) + "」不一致", "牵头单位只在一个文件里写");
                }
                if (text.isEmpty()) {
                    text = piece.text();
                } else if (piece.text().isPresent()) {
                    diagnostics.error("program.part", piece.text().get().span(), where + "的「原文」已经在 " + text.get().span().where()
                            + " 写过，只能写一次");
                }
                targets.addAll(piece.targets());
                budgets.addAll(piece.budgets());
                tolerances.addAll(piece.tolerances());
                clauses.addAll(piece.clauses());
                narratives.addAll(piece.narratives());
            }
            merged.add(new Document.Part(first.span(), first.number(), title, leads, text, targets, budgets, clauses, tolerances, narratives));
        }
        return merged;
    }
}
