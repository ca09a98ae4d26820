package org.polc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polc.testing.Fixtures;
import org.polc.testing.Fixtures.Run;
import org.polc.testing.Seed;

/**
 * The whole document, checked against the policy text: {@code polc catalog --json policies}, run as the
 * command line runs it, must list the seed's 76 clauses numbered 1…76 in document order in its 8 Parts,
 * each with its Part's title and 牵头单位 as the Part heading writes them, its title sentence, and its
 * text; each Part its preamble; the document the closing section, as the header's 原文. Texts are compared once all whitespace is removed and （/( and ）/) are
 * the same bracket (the PDF writes both). Every difference is reported at once, each with the clause
 * and the first position where the texts part.
 */
class SeedCatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCatalogIsTheSeedClauseByClause() throws IOException {
        Run run = Fixtures.cli("catalog", "--json", Fixtures.policies().toString());
        assertEquals(0, run.exitCode(), run.err());
        Seed seed = Seed.read();
        // the seed itself: 8 Parts and 76 clauses (SeedTextTest tests the parser further)
        assertEquals(8, seed.parts().size());
        assertEquals(76, seed.clauses().size());
        List<String> wrong = mismatches(seed, JSON.readTree(run.out()));
        assertEquals(List.of(), wrong, () -> wrong.size() + " 处与原文（src/compiler/test/resources/seed/policy-2024.txt）不符：\n" + String.join("\n", wrong));
    }

    /** Every difference between the catalog and the seed, in document order; empty when they agree. */
    static List<String> mismatches(Seed seed, JsonNode catalog) {
        List<String> wrong = new ArrayList<>();
        JsonNode policies = catalog.path("policies");
        if (policies.size() != 1) {
            wrong.add("目录中应有 1 份政策，实有 " + policies.size() + " 份");
        }
        // the closing section (the 490亿元 total, the validity) is the header's own 原文
        policies.forEach(p -> same(wrong, "文件末段", seed.closing(), p.path("text").asText()));
        List<JsonNode> parts = new ArrayList<>();
        policies.forEach(p -> p.path("parts").forEach(parts::add));
        for (int i = 0; i < Math.max(parts.size(), seed.parts().size()); i++) {
            if (i >= parts.size()) {
                wrong.add("目录缺少第" + (i + 1) + "个部分（原文：" + seed.parts().get(i).title() + "）");
                continue;
            }
            JsonNode part = parts.get(i);
            int number = part.path("number").asInt();
            String where = "第" + number + "部分";
            if (number != i + 1) {
                wrong.add("目录的第" + (i + 1) + "个部分编号为 " + number + "，应为 " + (i + 1));
            }
            Optional<Seed.Part> expected = seed.part(number);
            if (expected.isEmpty()) {
                wrong.add(where + "：原文没有这个部分");
                continue;
            }
            same(wrong, where + " 标题", expected.get().title(), part.path("title").asText());
            same(wrong, where + " 牵头单位", String.join("、", expected.get().leads()), part.path("lead").asText());
            same(wrong, where + " 原文", expected.get().text(), part.path("text").asText());
        }
        JsonNode clauses = catalog.path("clauses");
        for (int i = 0; i < Math.max(clauses.size(), seed.clauses().size()); i++) {
            if (i >= clauses.size()) {
                wrong.add("目录缺少第" + (i + 1) + "个条款（原文第" + seed.clauses().get(i).number() + "条 " + seed.clauses().get(i).title() + "）");
                continue;
            }
            JsonNode clause = clauses.get(i);
            int number = clause.path("number").asInt();
            String where = "第" + number + "条";
            if (number != i + 1) {
                wrong.add("目录的第" + (i + 1) + "个条款编号为 " + number + "，应为 " + (i + 1) + "（按原文的次序）");
            }
            Optional<Seed.Clause> expected = seed.clause(number);
            if (expected.isEmpty()) {
                wrong.add(where + "：原文没有这一条");
                continue;
            }
            Seed.Part expectedPart = seed.part(expected.get().part()).orElseThrow();
            if (clause.path("part").asInt() != expectedPart.number()) {
                wrong.add(where + "：属于第" + clause.path("part").asInt() + "部分，原文中属于第" + expectedPart.number() + "部分");
            }
            same(wrong, where + " 所属部分标题", expectedPart.title(), clause.path("partTitle").asText());
            same(wrong, where + " 牵头单位", String.join("、", expectedPart.leads()), clause.path("lead").asText());
            same(wrong, where + " 标题", expected.get().title(), clause.path("title").asText());
            same(wrong, where + " 原文", expected.get().text(), clause.path("text").asText());
        }
        return wrong;
    }

    private static void same(List<String> wrong, String what, String seed, String catalog) {
        firstDifference(seed, catalog).ifPresent(at -> wrong.add(what + " " + at));
    }

    /**
     * Where two texts first differ once compared as {@link #comparable}: "第 n 字起不同：原文「…」，目录「…」",
     * n counting the compared characters from 1, each side quoted from there for ten characters.
     */
    static Optional<String> firstDifference(String seed, String catalog) {
        String a = comparable(seed);
        String b = comparable(catalog);
        if (a.equals(b)) {
            return Optional.empty();
        }
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int n = 0;
        while (n < x.length && n < y.length && x[n] == y[n]) {
            n++;
        }
        return Optional.of("第 " + (n + 1) + " 字起不同：原文「" + piece(x, n) + "」，目录「" + piece(y, n) + "」");
    }

    private static String piece(int[] text, int from) {
        if (from >= text.length) {
            return "（已完）";
        }
        int to = Math.min(text.length, from + 10);
        return new String(text, from, to - from) + (to < text.length ? "…" : "");
    }

    /** The text without any whitespace (ASCII, full-width, no-break), half-width brackets as full-width ones. */
    static String comparable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .map(c -> c == '(' ? '（' : c == ')' ? '）' : c)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    // ------------------------------------------------------------ the comparison itself

    /** A seed of two Parts and three clauses, written out here so that every expected message is worked by hand. */
    private static final String SMALL_SEED = """
            测试政策(征求意见稿)
            为推动发展，制定本政策。
            一、甲政策（由市甲局牵头实施）
            前言一。
            （一）第一条标题。正文（甲）一。
            (二) 第二条标题。正文乙
            二。
            二、乙政策(由市乙局、市丙局牵头实施)
            前言二。
            （三）第三条标题。正文丙。
            上述8个领域政策自印发之日起施行（结尾，不属于任何条款）。
            """;

    private static ObjectNode catalogOf(Seed seed) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode policy = root.putArray("policies").addObject().put("text", seed.closing());
        ArrayNode parts = policy.putArray("parts");
        for (Seed.Part p : seed.parts()) {
            parts.addObject().put("number", p.number()).put("title", p.title()).put("lead", String.join("、", p.leads())).put("text", p.text());
        }
        ArrayNode clauses = root.putArray("clauses");
        for (Seed.Clause c : seed.clauses()) {
            Seed.Part p = seed.part(c.part()).orElseThrow();
            clauses.addObject().put("number", c.number()).put("title", c.title()).put("part", p.number())
                    .put("partTitle", p.title()).put("lead", String.join("、", p.leads())).put("text", c.text());
        }
        return root;
    }

    @Test
    void theSmallSeedIsReadAsWrittenOut() {
        Seed seed = Seed.parse(SMALL_SEED);
        assertEquals(List.of(new Seed.Part(1, "甲政策", List.of("市甲局"), "前言一。"),
                new Seed.Part(2, "乙政策", List.of("市乙局", "市丙局"), "前言二。")), seed.parts());
        // clause 二 goes on after a line break: the pieces are joined with nothing
        assertEquals(List.of(new Seed.Clause(1, 1, "第一条标题", "正文（甲）一。"), new Seed.Clause(2, 1, "第二条标题", "正文乙二。"),
                new Seed.Clause(3, 2, "第三条标题", "正文丙。")), seed.clauses());
    }

    @Test
    void aCatalogMadeOfTheSeedAgreesEvenWithOtherSpacesAndBrackets() {
        Seed seed = Seed.parse(SMALL_SEED);
        ObjectNode catalog = catalogOf(seed);
        // spaces of every kind and half-width brackets are not differences
        ((ObjectNode) catalog.path("clauses").get(0)).put("text", "正文 (甲)\u3000一。\n");
        ((ObjectNode) catalog.path("policies").get(0).path("parts").get(1)).put("text", " 前言二。 ");
        assertEquals(List.of(), mismatches(seed, catalog));
    }

    @Test
    void everyDifferenceIsReportedWithItsClauseAndPosition() {
        Seed seed = Seed.parse(SMALL_SEED);
        ObjectNode catalog = catalogOf(seed);
        ObjectNode one = (ObjectNode) catalog.path("clauses").get(0);
        one.put("text", "正文（乙）一。"); // the 4th character differs: 正 文 （ then 甲/乙
        one.put("lead", "市乙局");
        ObjectNode three = (ObjectNode) catalog.path("clauses").get(2);
        three.put("title", "第三条");
        three.put("text", "正文丙"); // ends early: the 4th character, 。, is missing
        ((ObjectNode) catalog.path("policies").get(0).path("parts").get(0)).put("text", "前言1。");
        ((ObjectNode) catalog.path("policies").get(0)).put("text", "");
        assertEquals(List.of(
                "文件末段 第 1 字起不同：原文「上述8个领域政策自印…」，目录「（已完）」",
                "第1部分 原文 第 3 字起不同：原文「一。」，目录「1。」",
                "第1条 牵头单位 第 2 字起不同：原文「甲局」，目录「乙局」",
                "第1条 原文 第 4 字起不同：原文「甲）一。」，目录「乙）一。」",
                "第3条 标题 第 4 字起不同：原文「标题」，目录「（已完）」",
                "第3条 原文 第 4 字起不同：原文「。」，目录「（已完）」"), mismatches(seed, catalog));
    }

    @Test
    void aClauseOutOfOrderOrMissingIsReported() {
        Seed seed = Seed.parse(SMALL_SEED);
        ObjectNode catalog = catalogOf(seed);
        ArrayNode clauses = (ArrayNode) catalog.path("clauses");
        JsonNode two = clauses.remove(1);
        clauses.remove(1);
        clauses.add(two);
        clauses.insert(1, JSON.createObjectNode().put("number", 3).put("title", "第三条标题").put("part", 1)
                .put("partTitle", "甲政策").put("lead", "市甲局").put("text", "正文丙。"));
        // the catalog lists 一, then 三 (put in Part 一), then 二
        assertEquals(List.of(
                "目录的第2个条款编号为 3，应为 2（按原文的次序）",
                "第3条：属于第1部分，原文中属于第2部分",
                "第3条 所属部分标题 第 1 字起不同：原文「乙政策」，目录「甲政策」",
                "第3条 牵头单位 第 2 字起不同：原文「乙局、市丙局」，目录「甲局」",
                "目录的第3个条款编号为 2，应为 3（按原文的次序）"), mismatches(seed, catalog));
        clauses.remove(2);
        assertEquals("目录缺少第3个条款（原文第3条 第三条标题）", mismatches(seed, catalog).get(mismatches(seed, catalog).size() - 1));
    }
}
