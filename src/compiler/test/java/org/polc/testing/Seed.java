package org.polc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy text (the seed), parsed independently of polc: its title, its eight Parts (title, 牵头单位,
 * the preamble after the heading), its 76 clauses (number, Part, title sentence, text) and the closing
 * section. Tests hold the policies and the catalog against it.
 *
 * <p>The seed ({@code src/compiler/test/resources/seed/policy-2024.txt}, a byte-for-byte copy of the shared
 * {@code seed/policy-2024.txt}, see the README beside it) was extracted from a PDF: one paragraph per
 * line, paragraphs separated by blank lines, and a blank line <em>inside</em> a clause or a Part's
 * opening text is a page break, so the pieces are joined with nothing ("争创综合性科学" + "中心").
 * Clause headings are {@code （十四）} in the first half and {@code (四十八)} in the second; Part headings
 * are {@code 二、科技创新政策（由市科技局牵头实施）}.
 */
public record Seed(String title, List<Part> parts, List<Clause> clauses, String closing) {

    public static final String RESOURCE = "/seed/policy-2024.txt";

    /** The closing section after clause 七十六 (the 490亿元 total and the validity) belongs to no clause. */
    private static final String CLOSING_START = "上述8个领域政策";

    private static final Pattern CLAUSE_HEADING = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)]\\s*(.*)$");
    private static final Pattern PART_HEADING = Pattern.compile("^([一二三四五六七八九十])、(.+)[（(]由(.+)牵头实施[）)]$");

    public record Part(int number, String title, List<String> leads, String text) {}

    public record Clause(int number, int part, String title, String text) {}

    public Seed {
        parts = List.copyOf(parts);
        clauses = List.copyOf(clauses);
    }

    public Optional<Clause> clause(int number) {
        return clauses.stream().filter(c -> c.number() == number).findFirst();
    }

    public Optional<Part> part(int number) {
        return parts.stream().filter(p -> p.number() == number).findFirst();
    }

    private static Seed seed;

    /** The seed of the test classpath, parsed once. */
    public static synchronized Seed read() {
        if (seed == null) {
            seed = parse(text());
        }
        return seed;
    }

    public static String text() {
        try (InputStream in = Seed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError("the seed is on the test classpath at " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 一 … 九十九 (the seed numbers clauses up to 七十六), written independently of polc's ChineseNumerals. */
    public static int numeral(String s) {
        String digits = "一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            if (s.length() != 1 || digits.indexOf(s.charAt(0)) < 0) {
                throw new IllegalArgumentException(s);
            }
            return digits.indexOf(s.charAt(0)) + 1;
        }
        String before = s.substring(0, ten);
        String after = s.substring(ten + 1);
        int tens = before.isEmpty() ? 1 : numeral(before);
        int ones = after.isEmpty() ? 0 : numeral(after);
        if (tens > 9 || ones > 9) {
            throw new IllegalArgumentException(s);
        }
        return tens * 10 + ones;
    }

    /** A Part's or clause's pieces, page breaks joined with nothing. */
    private static final class Unit {
        final String heading;
        final StringBuilder body = new StringBuilder();

        Unit(String heading) {
            this.heading = heading;
        }
    }

    public static Seed parse(String text) {
        List<String> paragraphs = Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        int i = 0;
        StringBuilder title = new StringBuilder();
        // The title: the leading lines up to the preamble, which is the first line with a full sentence.
        while (i < paragraphs.size() && !paragraphs.get(i).contains("。")) {
            title.append(paragraphs.get(i++));
        }
        List<Part> parts = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        StringBuilder closing = new StringBuilder();
        Unit part = null;
        Unit clause = null;
        int partNumber = 0;
        boolean closed = false;
        for (; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            Matcher partHeading = PART_HEADING.matcher(p);
            Matcher clauseHeading = CLAUSE_HEADING.matcher(p);
            if (closed) {
                closing.append(p);
            } else if (p.startsWith(CLOSING_START)) {
                finishClause(clause, partNumber, clauses);
                clause = null;
                closing.append(p);
                closed = true;
            } else if (partHeading.matches()) {
                finishClause(clause, partNumber, clauses);
                clause = null;
                finishPart(part, parts);
                part = new Unit(p);
                partNumber = numeral(partHeading.group(1));
            } else if (clauseHeading.matches()) {
                finishClause(clause, partNumber, clauses);
                clause = new Unit(p);
            } else if (clause != null) {
                clause.body.append(p);
            } else if (part != null) {
                part.body.append(p);
            }
            // else: the preamble before Part 一, which belongs to no Part
        }
        finishClause(clause, partNumber, clauses);
        finishPart(part, parts);
        return new Seed(title.toString(), parts, clauses, closing.toString());
    }

    private static void finishPart(Unit part, List<Part> parts) {
        if (part == null) {
            return;
        }
        Matcher m = PART_HEADING.matcher(part.heading);
        if (!m.matches()) {
            throw new AssertionError("a Part heading: " + part.heading);
        }
        parts.add(new Part(numeral(m.group(1)), m.group(2), List.of(m.group(3).split("、")), part.body.toString()));
    }

    /** The clause heading line holds the number, the title sentence, and the start of the text. */
    private static void finishClause(Unit clause, int part, List<Clause> clauses) {
        if (clause == null) {
            return;
        }
        Matcher m = CLAUSE_HEADING.matcher(clause.heading);
        if (!m.matches()) {
            throw new AssertionError("a clause heading: " + clause.heading);
        }
        String rest = m.group(2);
        int stop = rest.indexOf('。');
        if (stop <= 0) {
            throw new AssertionError("a title sentence in " + clause.heading);
        }
        String title = rest.substring(0, stop);
        String text = rest.substring(stop + 1) + clause.body;
        clauses.add(new Clause(numeral(m.group(1)), part, title, text));
    }
}
