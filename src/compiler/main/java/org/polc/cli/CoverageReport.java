package org.polc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.polc.model.Clause;
import org.polc.model.Coverage;
import org.polc.model.Part;
import org.polc.model.Program;

/**
 * What `polc check` says about number coverage: one line of totals after the summary, and with
 * {@code --coverage} a line for every Part's preamble and every clause. A share is never rounded up:
 * 199 of 200 is 99%, so 100% always means every number.
 */
final class CoverageReport {

    private CoverageReport() {}

    /** 数字覆盖：原文中的数字 98 个，规定用到 92 个，叙述说明 6 个，未说明 0 个（100%）。 */
    static String total(List<Program> programs) {
        long found = 0;
        long used = 0;
        long narrative = 0;
        for (Coverage c : all(programs)) {
            found += c.found();
            used += c.used();
            narrative += c.narrative();
        }
        return "数字覆盖：原文中的数字 " + found + " 个，规定用到 " + used + " 个，叙述说明 " + narrative + " 个，未说明 "
                + (found - used - narrative) + " 个" + share(used + narrative, found) + "。";
    }

    /**
     * One line per Part preamble and clause that has a 原文:
     * {@code   第十七条 19/20：用到 19，未说明 1（「1 年」）}.
     */
    static List<String> table(List<Program> programs) {
        List<String> lines = new ArrayList<>();
        lines.add("数字覆盖（已说明/原文中的数字）：");
        for (Program program : programs) {
            if (!program.text().isEmpty()) {
                lines.add("  文件头（末段） " + line(program.coverage()));
            }
            for (Part part : program.parts()) {
                if (!part.text().isEmpty()) {
                    lines.add("  " + part.citation() + "（总述） " + line(part.coverage()));
                }
                for (Clause clause : part.clauses()) {
                    if (!clause.text().isEmpty()) {
                        lines.add("  " + clause.citation() + " " + line(clause.coverage()));
                    }
                }
            }
        }
        return lines;
    }

    private static String line(Coverage c) {
        if (c.found() == 0) {
            return "原文中没有数字";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(c.used() + c.narrative()).append('/').append(c.found()).append("：用到 ").append(c.used());
        if (c.narrative() > 0) {
            sb.append("，叙述 ").append(c.narrative());
        }
        if (c.uncovered() > 0) {
            sb.append("，未说明 ").append(c.uncovered()).append("（")
                    .append(c.uncoveredNumbers().stream().map(n -> "「" + n.found().shown() + "」").collect(Collectors.joining("")))
                    .append("）");
        }
        return sb.toString();
    }

    private static String share(long covered, long found) {
        return found == 0 ? "" : "（" + covered * 100 / found + "%）";
    }

    private static List<Coverage> all(List<Program> programs) {
        List<Coverage> out = new ArrayList<>();
        for (Program program : programs) {
            out.add(program.coverage());
            for (Part part : program.parts()) {
                out.add(part.coverage());
                part.clauses().forEach(c -> out.add(c.coverage()));
            }
        }
        return out;
    }
}
