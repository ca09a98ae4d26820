package org.polc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.polc.model.Clause;
import org.polc.model.Part;
import org.polc.model.Program;
import org.polc.testing.Fixtures;
import org.polc.testing.Seed;
import org.polc.vocabulary.ChineseNumerals;

/**
 * Faithfulness of the policies to the law text. Every clause's 原文 must be the seed's text of that
 * clause after its title sentence; titles, numbers, Part texts and 牵头单位 must be the seed's.
 *
 * <p>The seed is parsed by {@link Seed} (how the PDF's text is cut into Parts and clauses is said there);
 * the first tests here test that parser.
 */
class SeedTextTest {

    // ------------------------------------------------------------ the parser itself

    @Test
    void seedParserFindsEightPartsAndSeventySixClausesInOrder() {
        Seed s = Seed.read();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), s.parts().stream().map(Seed.Part::number).toList());
        assertEquals(IntStream.rangeClosed(1, 76).boxed().toList(), s.clauses().stream().map(Seed.Clause::number).toList());
        assertEquals("进一步推动经济高质量发展若干政策(征求意见稿)", s.title());
        assertTrue(s.closing().startsWith("上述8个领域政策市级财政2024年预算安排资金除交叉重叠部分外，支持总额为490亿元。"), s.closing());
        assertTrue(s.closing().endsWith("均为2024年全年实施有效。国家、省制定实施相关政策措施，遵照执行。"), s.closing());
    }

    @Test
    void seedParserReadsPartHeadingsAndLeads() {
        Seed s = Seed.read();
        Seed.Part two = s.part(2).orElseThrow();
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
        Seed s = Seed.read();
        Seed.Clause nine = s.clause(9).orElseThrow();
        assertEquals(2, nine.part());
        assertEquals("强化财政资金保障", nine.title());
        assertTrue(nine.text().startsWith("围绕教育、科技、人才一体化推进，市财政2024年预算安排112.1亿元。"), nine.text());
        // clause 十四 continues after a page break in the middle of a word
        assertTrue(s.clause(14).orElseThrow().text().contains("对经认定的科技型中小企业和高新技术企业"));
        // clause 六十八's title sentence is the whole first line; its text is on the next page
        Seed.Clause sixtyEight = s.clause(68).orElseThrow();
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
        assertEquals(1, Seed.numeral("一"));
        assertEquals(10, Seed.numeral("十"));
        assertEquals(14, Seed.numeral("十四"));
        assertEquals(20, Seed.numeral("二十"));
        assertEquals(48, Seed.numeral("四十八"));
        assertEquals(76, Seed.numeral("七十六"));
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
            assertEquals(sameBrackets(Seed.read().title()), sameBrackets(program.title()), program.id());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyClauseIsTheSeedClause() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Program program : programs()) {
            for (Clause clause : program.clauses()) {
                tests.add(DynamicTest.dynamicTest(clause.citation() + " " + clause.title(), () -> {
                    Seed.Clause expected = Seed.read().clause(clause.number())
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
                    List<Seed.Clause> same = Seed.read().clauses().stream().filter(c -> c.text().equals(clause.text())).toList();
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
                    Seed.Part expected = Seed.read().part(part.number())
                            .orElseThrow(() -> new AssertionError("the seed has no Part numbered " + part.number()));
                    assertEquals(expected.title(), part.title(), "title");
                    assertEquals(expected.text(), part.text(), "原文");
                    assertEquals(expected.leads(), part.leads(), "牵头单位");
                    for (Clause clause : part.clauses()) {
                        assertEquals(part.number(), Seed.read().clause(clause.number()).map(Seed.Clause::part).orElse(-1),
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
        assertEquals(List.of("市科技局"), Seed.read().part(2).orElseThrow().leads());
        assertEquals(Seed.read().part(2).orElseThrow().leads(), two.leads());
    }
}
