package org.polc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.polc.model.Clause;
import org.polc.model.Part;
import org.polc.model.Program;
import org.polc.testing.Fixtures;
import org.polc.vocabulary.ChineseNumerals;

/**
 * Faithfulness of the policies to the law text. Every clause's 原文 must be the seed's text of that
 * clause after its title sentence; titles, numbers, Part texts and 牵头单位 must be the seed's.
 *
 * <p>The seed ({@code src/test/resources/seed/policy-2024.txt}, a copy of the shared
 * {@code seed/policy-2024.txt}) was extracted from a PDF: one paragraph per line, paragraphs
 * separated by blank lines, and a blank line <em>inside</em> a clause or a Part's opening text is a
 * page break, so the pieces are joined with nothing ("争创综合性科学" + "中心"). Clause headings are
 * {@code （十四）} in the first half and {@code (四十八)} in the second; Part headings are
 * {@code 二、科技创新政策（由市科技局牵头实施）}.
 */
class SeedTextTest {

    private static final String SEED = "/seed/policy-2024.txt";

    /** The closing section after clause 七十六 (the 490亿元 total and the validity) belongs to no clause. */
    private static final String CLOSING_START = "上述8个领域政策";

    private static final Pattern CLAUSE_HEADING = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)]\\s*(.*)$");
    private static final Pattern PART_HEADING = Pattern.compile("^([一二三四五六七八九十])、(.+)[（(]由(.+)牵头实施[）)]$");

    // ------------------------------------------------------------ the seed, parsed independently of polc

    record SeedPart(int number, String title, List<String> leads, String text) {}

    record SeedClause(int number, int part, String title, String text) {}

    record Seed(String title, List<SeedPart> parts, List<SeedClause> clauses, String closing) {
        Optional<SeedClause> clause(int number) {
            return clauses.stream().filter(c -> c.number() == number).findFirst();
        }

        Optional<SeedPart> part(int number) {
            return parts.stream().filter(p -> p.number() == number).findFirst();
        }
    }

    private static Seed seed;

    static synchronized Seed seed() {
        if (seed == null) {
            seed = parse(readSeed());
        }
        return seed;
    }

    static String readSeed() {
        try (InputStream in = SeedTextTest.class.getResourceAsStream(SEED)) {
            assertNotNull(in, "the seed is on the test classpath at " + SEED);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 一 … 九十九 (the seed numbers clauses up to 七十六), written independently of {@link ChineseNumerals}. */
    static int numeral(String s) {
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

    static Seed parse(String text) {
        List<String> paragraphs = Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        int i = 0;
        StringBuilder title = new StringBuilder();
        // The title: the leading lines up to the preamble, which is the first line with a full sentence.
        while (i < paragraphs.size() && !paragraphs.get(i).contains("。")) {
            title.append(paragraphs.get(i++));
        }
        List<SeedPart> parts = new ArrayList<>();
        List<SeedClause> clauses = new ArrayList<>();
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
        return new Seed(title.toString(), List.copyOf(parts), List.copyOf(clauses), closing.toString());
    }

    private static void finishPart(Unit part, List<SeedPart> parts) {
        if (part == null) {
            return;
        }
        Matcher m = PART_HEADING.matcher(part.heading);
        assertTrue(m.matches());
        parts.add(new SeedPart(numeral(m.group(1)), m.group(2), List.of(m.group(3).split("、")), part.body.toString()));
    }

    /** The clause heading line holds the number, the title sentence, and the start of the text. */
    private static void finishClause(Unit clause, int part, List<SeedClause> clauses) {
        if (clause == null) {
            return;
        }
        Matcher m = CLAUSE_HEADING.matcher(clause.heading);
        assertTrue(m.matches());
        String rest = m.group(2);
        int stop = rest.indexOf('。');
        assertTrue(stop > 0, "a title sentence in " + clause.heading);
        String title = rest.substring(0, stop);
        String text = rest.substring(stop + 1) + clause.body;
        clauses.add(new SeedClause(numeral(m.group(1)), part, title, text));
    }

    // ------------------------------------------------------------ the parser itself

    @Test
    void seedParserFindsEightPartsAndSeventySixClausesInOrder() {
        Seed s = seed();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), s.parts().stream().map(SeedPart::number).toList());
        assertEquals(IntStream.rangeClosed(1, 76).boxed().toList(), s.clauses().stream().map(SeedClause::number).toList());
        assertEquals("进一步推动经济高质量发展若干政策(征求意见稿)", s.title());
        assertTrue(s.closing().startsWith("上述8个领域政策市级财政2024年预算安排资金除交叉重叠部分外，支持总额为490亿元。"), s.closing());
        assertTrue(s.closing().endsWith("均为2024年全年实施有效。国家、省制定实施相关政策措施，遵照执行。"), s.closing());
    }

    @Test
    void seedParserReadsPartHeadingsAndLeads() {
        Seed s = seed();
        SeedPart two = s.part(2).orElseThrow();
        assertEquals("科技创新政策", two.title());
        assertEquals(List.of("市科技局"), two.leads());
        assertEquals(List.of("市商务局", "市投资促进局"), s.part(6).orElseThrow().leads());
        assertEquals(List.of("市农业农村局", "市发改委"), s.part(7).orElseThrow().leads());
        // Part 二 spans a page break: "争创综合性科学" + "中心"
        assertTrue(two.text().contains("围绕争创综合性科学中心、打造科技成果转化首选地"), two.text());
        assertTrue(two.text().endsWith("高新技术产业增加值占规上工业增加值的比重达70%。"), two.text());
    }

    @Test
    void seedParserJoinsPageBreaksAndSplitsTitleSentences() {
        Seed s = seed();
        SeedClause nine = s.clause(9).orElseThrow();
        assertEquals(2, nine.part());
        assertEquals("强化财政资金保障", nine.title());
        assertTrue(nine.text().startsWith("围绕教育、科技、人才一体化推进，市财政2024年预算安排112.1亿元。"), nine.text());
        // clause 十四 continues after a page break in the middle of a word
        assertTrue(s.clause(14).orElseThrow().text().contains("对经认定的科技型中小企业和高新技术企业"));
        // clause 六十八's title sentence is the whole first line; its text is on the next page
        SeedClause sixtyEight = s.clause(68).orElseThrow();
        assertEquals("大力推进淳安特别生态功能区高质量发展", sixtyEight.title());
        assertTrue(sixtyEight.text().startsWith("深入贯彻落实新时代山海协作工程"), sixtyEight.text());
        // half-width headings with a space: (四十八) 稳定外贸发展。
        assertEquals("稳定外贸发展", s.clause(48).orElseThrow().title());
        assertEquals(6, s.clause(48).orElseThrow().part());
        // the last clause stops before the closing section
        assertFalse(s.clause(76).orElseThrow().text().contains("490亿元"));
        assertTrue(s.clauses().stream().noneMatch(c -> c.text().contains("\n")));
    }

    @Test
    void numeralsOfTheSeedParser() {
        assertEquals(1, numeral("一"));
        assertEquals(10, numeral("十"));
        assertEquals(14, numeral("十四"));
        assertEquals(20, numeral("二十"));
        assertEquals(48, numeral("四十八"));
        assertEquals(76, numeral("七十六"));
    }

    // ------------------------------------------------------------ the policies against the seed

    private static List<Program> programs() {
        return Fixtures.realPolicies().programs();
    }

    /** Full-width and half-width brackets are the same character of the source (glossary: a PDF artefact). */
    private static String sameBrackets(String s) {
        return s.replace('(', '（').replace(')', '）');
    }

    @Test
    void thereAreClausesToCheck() {
        assertFalse(Fixtures.realPolicies().clauses().isEmpty(), "policies/ holds clauses");
    }

    @Test
    void policyTitleIsTheSeedTitle() {
        for (Program program : programs()) {
            assertEquals(sameBrackets(seed().title()), sameBrackets(program.title()), program.id());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyClauseIsTheSeedClause() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Program program : programs()) {
            for (Clause clause : program.clauses()) {
                tests.add(DynamicTest.dynamicTest(clause.citation() + " " + clause.title(), () -> {
                    SeedClause expected = seed().clause(clause.number())
                            .orElseThrow(() -> new AssertionError("the seed has no clause numbered " + clause.number()));
                    assertEquals(expected.title(), clause.title(), clause.citation() + " title");
                    assertEquals(expected.text(), clause.text(), clause.citation() + " 原文");
                    assertEquals(expected.part(), clause.part(), clause.citation() + " part");
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyClauseNumberIsTheNumberOfItsTextInTheSeed() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Program program : programs()) {
            for (Clause clause : program.clauses()) {
                tests.add(DynamicTest.dynamicTest(clause.citation(), () -> {
                    List<SeedClause> same = seed().clauses().stream().filter(c -> c.text().equals(clause.text())).toList();
                    assertEquals(1, same.size(), () -> clause.citation() + "'s 原文 is found once in the seed");
                    assertEquals(same.get(0).number(), clause.number(),
                            "the seed heading of this text is （" + ChineseNumerals.format(same.get(0).number()) + "）");
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyPartIsTheSeedPart() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Program program : programs()) {
            for (Part part : program.parts()) {
                tests.add(DynamicTest.dynamicTest("第" + ChineseNumerals.format(part.number()) + "部分 " + part.title(), () -> {
                    SeedPart expected = seed().part(part.number())
                            .orElseThrow(() -> new AssertionError("the seed has no Part numbered " + part.number()));
                    assertEquals(expected.title(), part.title(), "title");
                    assertEquals(expected.text(), part.text(), "原文");
                    assertEquals(expected.leads(), part.leads(), "牵头单位");
                    for (Clause clause : part.clauses()) {
                        assertEquals(part.number(), seed().clause(clause.number()).map(SeedClause::part).orElse(-1),
                                clause.citation() + " belongs to this Part in the seed");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void partTwoIsLedByTheCitysScienceBureau() {
        Part two = programs().stream().flatMap(p -> p.parts().stream()).filter(p -> p.number() == 2).findFirst()
                .orElseThrow(() -> new AssertionError("policies/ has Part 二"));
        assertEquals(List.of("市科技局"), seed().part(2).orElseThrow().leads());
        assertEquals(seed().part(2).orElseThrow().leads(), two.leads());
    }
}
