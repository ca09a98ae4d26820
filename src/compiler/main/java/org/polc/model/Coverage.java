package org.polc.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polc.vocabulary.TextNumbers;

/**
 * Every number of a 原文 accounted for: each number the finder ({@link TextNumbers}) sees in the text
 * is used by a construct ({@link StatedNumbers}), covered by a narrative mark ({@link Narrative}), or
 * uncovered. Found once, when the clause is built ({@link Clause#coverage()}).
 *
 * <p>A number is used when a construct of the same clause (or Part) states its value and dimension, and
 * each statement accounts for one occurrence: two facts that happen to share a value (第四十九条's target
 * 智慧商圈2个 and the 2个区 it lists) do not cover each other. Statements go to the occurrences no mark
 * covers first, in the order of the text, then to marked ones (whose mark is then redundant). A
 * narrative mark covers every occurrence of its piece in the text (one mark for
 * “2024年” covers each 2024年 of the clause that no construct uses); a drafter who means only one of
 * them quotes more of its context.
 *
 * @param numbers the numbers of the text, in order, each with what accounts for it
 * @param marks each narrative mark with what it covers
 */
public record Coverage(List<Number> numbers, List<Mark> marks) {

    public Coverage {
        numbers = List.copyOf(numbers);
        marks = List.copyOf(marks);
    }

    /** What accounts for a number. */
    public enum Status { USED, NARRATIVE, UNCOVERED }

    /**
     * One number of the text.
     *
     * @param by the construct that uses it, or the reason of the mark that covers it; "" when uncovered
     */
    public record Number(TextNumbers.Found found, Status status, String by) {}

    /** What a narrative mark does. */
    public enum MarkStatus {
        /** Its piece is not in the text. */
        ABSENT,
        /** Its piece is in the text but holds no whole number of it. */
        NO_NUMBER,
        /** Every number it holds is used by a construct already. */
        REDUNDANT,
        /** It covers at least one number that no construct uses. */
        COVERS
    }

    /**
     * @param inside the numbers of the text inside its occurrences
     * @param overlapping numbers of the text that an occurrence cuts (it holds 2024 of 2024年)
     */
    public record Mark(Narrative narrative, MarkStatus status, int occurrences, List<Number> inside, List<Number> overlapping) {
        public Mark {
            inside = List.copyOf(inside);
            overlapping = List.copyOf(overlapping);
        }
    }

    /** Nothing to account for: a clause without 原文. */
    public static final Coverage NONE = new Coverage(List.of(), List.of());

    public static Coverage of(String text, List<Narrative> marks, List<StatedNumbers.Stated> stated) {
        // each statement of a value accounts for one occurrence of it in the text
        Map<NumberValue, List<String>> uses = new HashMap<>();
        stated.forEach(s -> uses.computeIfAbsent(s.value(), v -> new ArrayList<>()).add(s.by()));
        List<TextNumbers.Found> found = TextNumbers.find(text);
        List<int[]>[] occurrences = occurrences(text, marks);
        Narrative[] markOf = new Narrative[found.size()];
        for (int i = 0; i < found.size(); i++) {
            TextNumbers.Found f = found.get(i);
            for (int m = 0; m < marks.size() && markOf[i] == null; m++) {
                int[] o = last(occurrences[m], f.start());
                if (o != null && f.end() <= o[1]) {
                    markOf[i] = marks.get(m);
                }
            }
        }
        // occurrences no mark covers take the uses first, in the order of the text; a use left over goes
        // to a marked occurrence, whose mark is then redundant
        String[] usedBy = new String[found.size()];
        Map<NumberValue, Integer> taken = new HashMap<>();
        for (boolean marked : new boolean[] {false, true}) {
            for (int i = 0; i < found.size(); i++) {
                if ((markOf[i] != null) != marked) {
                    continue;
                }
                Optional<NumberValue> value = NumberValue.of(found.get(i));
                List<String> by = value.map(uses::get).orElse(List.of());
                int next = value.map(v -> taken.getOrDefault(v, 0)).orElse(0);
                if (next < by.size()) {
                    usedBy[i] = by.get(next);
                    taken.put(value.get(), next + 1);
                }
            }
        }
        List<Number> numbers = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            TextNumbers.Found f = found.get(i);
            numbers.add(usedBy[i] != null ? new Number(f, Status.USED, usedBy[i])
                    : markOf[i] != null ? new Number(f, Status.NARRATIVE, markOf[i].reason())
                    : new Number(f, Status.UNCOVERED, ""));
        }
        List<Mark> results = new ArrayList<>();
        for (int m = 0; m < marks.size(); m++) {
            List<Number> inside = new ArrayList<>();
            List<Number> overlapping = new ArrayList<>();
            for (Number n : numbers) {
                int[] o = last(occurrences[m], n.found().start());
                int[] next = next(occurrences[m], n.found().start());
                if (o != null && n.found().end() <= o[1]) {
                    inside.add(n);
                } else if (o != null && n.found().start() < o[1] || next != null && next[0] < n.found().end()) {
                    overlapping.add(n);
                }
            }
            MarkStatus status = occurrences[m].isEmpty() ? MarkStatus.ABSENT
                    : inside.isEmpty() ? MarkStatus.NO_NUMBER
                    : inside.stream().allMatch(n -> n.status() == Status.USED) ? MarkStatus.REDUNDANT : MarkStatus.COVERS;
            results.add(new Mark(marks.get(m), status, occurrences[m].size(), inside, overlapping));
        }
        return new Coverage(numbers, results);
    }

    public int found() {
        return numbers.size();
    }

    public long used() {
        return count(Status.USED);
    }

    public long narrative() {
        return count(Status.NARRATIVE);
    }

    public long uncovered() {
        return count(Status.UNCOVERED);
    }

    /** Every number accounted for (true of a text without numbers). */
    public boolean complete() {
        return uncovered() == 0;
    }

    public List<Number> uncoveredNumbers() {
        return numbers.stream().filter(n -> n.status() == Status.UNCOVERED).toList();
    }

    private long count(Status status) {
        return numbers.stream().filter(n -> n.status() == status).count();
    }

    /**
     * Where each mark's piece stands in the text, as [start, end) char indices. The piece matches as
     * written, except that spaces and line breaks may differ (“200万元” finds 200 万元) and digits may be
     * full- or half-width.
     */
    @SuppressWarnings("unchecked")
    private static List<int[]>[] occurrences(String text, List<Narrative> marks) {
        List<int[]>[] out = new List[marks.size()];
        for (int m = 0; m < marks.size(); m++) {
            out[m] = new ArrayList<>();
            Optional<Pattern> p = pattern(marks.get(m).piece());
            if (p.isEmpty()) {
                continue;
            }
            Matcher matcher = p.get().matcher(text);
            while (matcher.find()) {
                out[m].add(new int[] {matcher.start(), matcher.end()});
            }
        }
        return out;
    }

    /**
     * The last occurrence that starts at or before {@code start}, or null. Occurrences are in order and do
     * not overlap (Matcher.find), so a binary search finds it: a text with many numbers and a piece that
     * occurs as often stays linear-logarithmic, not quadratic.
     */
    private static int[] last(List<int[]> occurrences, int start) {
        int lo = 0;
        int hi = occurrences.size() - 1;
        int[] found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (occurrences.get(mid)[0] <= start) {
                found = occurrences.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The first occurrence that starts after {@code start}, or null. */
    private static int[] next(List<int[]> occurrences, int start) {
        int lo = 0;
        int hi = occurrences.size() - 1;
        int[] found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (occurrences.get(mid)[0] > start) {
                found = occurrences.get(mid);
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }

    private static final String SPACE = "[\\s\u3000\u00A0]*";

    private static Optional<Pattern> pattern(String piece) {
        StringBuilder regex = new StringBuilder();
        for (char c : piece.toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                continue;
            }
            if (!regex.isEmpty()) {
                regex.append(SPACE);
            }
            char half = c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c;
            if (half >= '0' && half <= '9') {
                regex.append('[').append(half).append((char) ('０' + (half - '0'))).append(']');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(regex.toString()));
    }
}
