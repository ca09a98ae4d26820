package org.polc.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.polc.ast.Declarations;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.Span;
import org.polc.model.Coverage;
import org.polc.model.Narrative;

/**
 * Every number of a 原文 accounted for: reports each number of a clause's or Part's 原文 that no
 * construct uses and no 叙述 mark covers (a warning at the number itself, inside the quoted text), and
 * each 叙述 mark that is wrong — no reason, a piece that is not in the text or holds no whole number
 * of it (errors), a piece whose numbers a construct already uses or that is written twice (warnings).
 * What counts as a number is {@link org.polc.vocabulary.TextNumbers}; what constructs use is
 * {@link org.polc.model.StatedNumbers}. An uncovered number is a warning, so that a clause being
 * encoded still checks and runs; {@code PolicyCoverageTest} fails the build for any in policies/.
 */
final class CoverageCheck {

    private CoverageCheck() {}

    /** The checked marks of a clause or Part: one per quoted piece, in the order written. */
    static List<Narrative> narratives(List<Declarations.Narrative> marks) {
        List<Narrative> out = new ArrayList<>();
        for (Declarations.Narrative m : marks) {
            for (Declarations.Piece p : m.pieces()) {
                out.add(new Narrative(p.text(), m.reason().orElse("").strip(), p.span()));
            }
        }
        return out;
    }

    /**
     * @param where 第九条 or 第二部分, as messages start
     * @param text the 原文, when there is one
     * @param coverage what the checked clause or Part found, for the marks {@link #narratives} made of {@code marks}
     * @param clean whether the clause has no errors: with errors, a number may look unused only because the
     *     construct meant to use it was refused, so uncovered numbers are reported only once it is clean
     */
    static void report(String where, Optional<Declarations.Text> text, List<Declarations.Narrative> marks, Coverage coverage,
            boolean clean, Diagnostics diagnostics) {
        for (Declarations.Narrative m : marks) {
            if (m.reason().map(String::isBlank).orElse(true)) {
                String piece = m.pieces().isEmpty() ? "" : m.pieces().get(0).text();
                diagnostics.error("narrative.reason", m.span(), where + "：叙述「" + piece + "」缺少理由：要写明原文中的这个数为什么不参与计算",
                        "写成「叙述 “" + (piece.isBlank() ? "2024年" : piece) + "”：理由」，理由从冒号写到行尾，如“……工程的名称，不是数额”“预算的年度”");
            }
        }
        Map<String, Span> seen = new HashMap<>();
        for (Coverage.Mark mark : coverage.marks()) {
            Narrative n = mark.narrative();
            String piece = n.piece();
            if (piece.isBlank()) {
                diagnostics.error("narrative.empty", n.span(), where + "：叙述的引号里是空的：要照原文写出数字，如「2024年」");
                continue;
            }
            Span first = seen.putIfAbsent(piece.replaceAll("\\s", ""), n.span());
            if (first != null) {
                diagnostics.warning("narrative.duplicate", n.span(), where + "：叙述「" + piece + "」写了两次，" + first.line() + " 行已经写了",
                        "删去这一个；一条叙述已经说明原文中每一处「" + piece + "」");
                continue;
            }
            switch (mark.status()) {
                case ABSENT -> diagnostics.error("narrative.absent", n.span(), where + "：叙述的「" + piece + "」在原文中没有出现",
                        coverage.uncovered() > 0 ? "原文中还没有说明的数字：" + quoted(coverage.uncoveredNumbers()) : "照原文写出数字及其单位");
                case NO_NUMBER -> diagnostics.error("narrative.nonumber", n.span(), where + "：叙述的「" + piece + "」不含原文中完整的数字",
                        mark.overlapping().isEmpty() ? "叙述只用来说明原文中的数字为什么不参与计算"
                                : "原文中的数字是" + quoted(mark.overlapping()) + "：叙述要写出整个数字及其单位");
                case REDUNDANT -> diagnostics.warning("narrative.redundant", n.span(),
                        where + "：叙述的「" + piece + "」中的数字已由" + mark.inside().get(0).by() + "用到，不必叙述", "删去这条叙述");
                case COVERS -> { }
            }
        }
        if (text.isEmpty() || !clean) {
            return;
        }
        for (Coverage.Number number : coverage.uncoveredNumbers()) {
            String shown = number.found().shown();
            Span at = TextSpans.of(text.get().span(), text.get().text(), number.found().start(), number.found().end());
            diagnostics.warning("coverage.uncovered", at, where + "：原文中的数字「" + shown + "」没有被任何规定用到，也没有叙述说明",
                    "在计算器、认定、预算或目标中用到它；不参与计算的（年份、名称中的数字、所列事项的个数），写一条「叙述 “" + shown
                            + "”：理由」");
        }
    }

    /** At most eight numbers, so that a hint about a long text stays one line. */
    private static String quoted(List<Coverage.Number> numbers) {
        List<String> distinct = numbers.stream().map(n -> "「" + n.found().shown() + "」").distinct().toList();
        String shown = distinct.stream().limit(8).collect(Collectors.joining("、"));
        return distinct.size() > 8 ? shown + " 等 " + distinct.size() + " 个" : shown;
    }
}
