package org.polc.poltest;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two short texts (an expectation block against the actual one), in the form
 * {@code git diff} prints, so a failing test reads like the change a reset would make.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    private record Edit(char op, String line, int oldLine, int newLine) {}

    /**
     * @param firstLine the line number of the texts' first line in the file, so hunk headers point into the file
     */
    static String of(String expected, String actual, String expectedLabel, String actualLabel, int firstLine) {
        List<Edit> edits = edits(lines(expected), lines(actual), firstLine);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(expectedLabel).append('\n').append("+++ ").append(actualLabel).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend over changes that are at most 2 × CONTEXT unchanged lines apart
            while (end < edits.size()) {
                if (edits.get(end).op() != ' ') {
                    end++;
                    continue;
                }
                int run = end;
                while (run < edits.size() && edits.get(run).op() == ' ') {
                    run++;
                }
                if (run < edits.size() && run - end <= 2 * CONTEXT) {
                    end = run;
                } else {
                    end = Math.min(edits.size(), end + CONTEXT);
                    break;
                }
            }
            hunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Edit> hunk) {
        int oldCount = 0;
        int newCount = 0;
        int oldStart = -1;
        int newStart = -1;
        for (Edit e : hunk) {
            if (e.op() != '+') {
                oldCount++;
                oldStart = oldStart < 0 ? e.oldLine() : oldStart;
            }
            if (e.op() != '-') {
                newCount++;
                newStart = newStart < 0 ? e.newLine() : newStart;
            }
        }
        // an empty side is numbered by the line before it, as diff does
        oldStart = oldStart < 0 ? hunk.get(0).oldLine() - 1 : oldStart;
        newStart = newStart < 0 ? hunk.get(0).newLine() - 1 : newStart;
        out.append("@@ -").append(oldStart).append(',').append(oldCount)
                .append(" +").append(newStart).append(',').append(newCount).append(" @@\n");
        for (Edit e : hunk) {
            out.append(e.op()).append(e.line()).append('\n');
        }
    }

    /** A shortest edit script by longest common subsequence; the texts are a few dozen lines. */
    private static List<Edit> edits(List<String> a, List<String> b, int firstLine) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), firstLine + i, firstLine + j));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                // removals first, as git shows them
                edits.add(new Edit('-', a.get(i), firstLine + i, firstLine + j));
                i++;
            } else {
                edits.add(new Edit('+', b.get(j), firstLine + i, firstLine + j));
                j++;
            }
        }
        return edits;
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}
