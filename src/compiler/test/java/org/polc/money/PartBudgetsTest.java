package org.polc.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.model.PartBudgets;
import org.polc.model.Rational;
import org.polc.testing.Fixtures;

/**
 * The document total “除交叉重叠部分外” over several Parts: the Parts' own budgets, their sum and the
 * overlap the total implies, in check's output and the catalog. The figures are the text's: Parts
 * 一, 二, 三 budget 177.1, 112.1 and 26.7亿元 (clauses 二, 九, 二十三), 315.9亿元 together.
 */
class PartBudgetsTest {

    private static final String THREE_PARTS = """
            政策 测试政策
              有效期 2024-01-01 至 2024-12-31
              预算 “三个领域的预算” 300亿元 除交叉重叠部分外，各部分 “市财政2024年预算安排” 共 3个
            部分 一 扩大有效投资政策
              牵头单位 市发改委
            条款 二 加大财政支持力度
              原文 “市财政 2024 年预算安排资金 177.1 亿元。”
              叙述 “2024 年”：预算的年度，不参与计算
              预算 “市财政2024年预算安排” 177.1亿元
            部分 二 科技创新政策
              牵头单位 市科技局
              预算 “市财政2024年预算安排” 112.1亿元
              预算 “另一项资金” 5亿元
            部分 三 先进制造业政策
              牵头单位 市经信局
            条款 二十三 统筹集成各类财政资金支持
              原文 “市财政 2024 年预算安排 26.7 亿元。”
              叙述 “2024 年”：预算的年度，不参与计算
              预算 “市财政2024年预算安排” 26.7亿元
            """;

    @Test
    void allPartsListedGiveTheImpliedOverlap() {
        Compilation c = Fixtures.compileFile(THREE_PARTS);
        assertTrue(c.ok(), Fixtures.render(c));
        List<PartBudgets> totals = PartBudgets.of(c.programs().get(0));
        assertEquals(1, totals.size());
        PartBudgets p = totals.get(0);
        assertEquals(List.of(1, 2, 3), p.listed().stream().map(PartBudgets.Listed::part).toList());
        // 177.1 + 112.1 + 26.7 = 315.9亿元; the 5亿元 of another label does not count
        assertEquals(Rational.of(31_590_000_000L), p.sum());
        assertTrue(p.complete());
        // 315.9 − 300 = 15.9亿元
        assertEquals(Rational.of(1_590_000_000L), p.impliedOverlap().orElseThrow());
        assertEquals("预算「三个领域的预算」300亿元 除交叉重叠部分外：各部分的「市财政2024年预算安排」已列出 3 个（共 3 个）："
                + "第一部分 177.1亿元，第二部分 112.1亿元，第三部分 26.7亿元；合计 315.9亿元，隐含交叉重叠 15.9亿元（315.9亿元 − 300亿元）。", p.report());
    }

    @Test
    void somePartsMissingIsReportedNotAnError() {
        String two = THREE_PARTS.replace("共 3个", "共 8个");
        Compilation c = Fixtures.compileFile(two);
        assertTrue(c.ok(), Fixtures.render(c));
        PartBudgets p = PartBudgets.of(c.programs().get(0)).get(0);
        assertFalse(p.complete());
        assertTrue(p.impliedOverlap().isEmpty());
        assertTrue(p.report().endsWith("；合计 315.9亿元；其余 5 个部分未列出，暂不计算交叉重叠。"), p.report());
    }

    @Test
    void checkPrintsTheReportAndTheCatalogHoldsIt() throws IOException {
        Path dir = Files.createTempDirectory("polc-budgets").resolve("test");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("test.pol"), THREE_PARTS, StandardCharsets.UTF_8);

        Fixtures.Run check = Fixtures.cli("check", dir.getParent().toString());
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().contains("合计 315.9亿元，隐含交叉重叠 15.9亿元（315.9亿元 − 300亿元）。\n"), check.out());
        assertTrue(check.err().isEmpty(), check.err());

        Fixtures.Run catalog = Fixtures.cli("catalog", "--json", dir.getParent().toString());
        JsonNode total = new ObjectMapper().readTree(catalog.out()).path("policies").get(0).path("partBudgets").get(0);
        assertEquals("30000000000.00", total.path("total").asText());
        assertEquals("市财政2024年预算安排", total.path("partLabel").asText());
        assertEquals(3, total.path("parts").asInt());
        assertEquals(3, total.path("listed").size());
        assertEquals("17710000000.00", total.path("listed").get(0).path("total").asText());
        assertEquals("31590000000.00", total.path("sum").asText());
        assertEquals("1590000000.00", total.path("overlap").asText());
        assertTrue(total.path("complete").asBoolean());

        Fixtures.Run text = Fixtures.cli("catalog", dir.getParent().toString());
        List<String> lines = text.out().lines().toList();
        assertEquals("预算：三个领域的预算 300亿元 除交叉重叠部分外", lines.get(0));
        assertTrue(lines.get(1).startsWith("预算「三个领域的预算」300亿元 除交叉重叠部分外："), text.out());
    }

    @Test
    void theRealPolicyListsAllEightPartsAndTheImpliedOverlap() {
        PartBudgets p = PartBudgets.of(Fixtures.realPolicies().programs().get(0)).get(0);
        assertEquals(Rational.of(49_000_000_000L), p.total().total());
        assertEquals(8, p.overlap().parts());
        // Part 一's budget is clause 二's 177.1亿元, Part 二's clause 九's 112.1亿元, Part 三's clause 二十三's 26.7亿元,
        // Part 四's clause 三十三's 23.9亿元, Part 五's clause 四十二's 46.9亿元, Part 六's clause 四十七's 6亿元,
        // Part 七's clause 五十四's 27.6亿元, Part 八's clause 六十九's 148.7亿元: all eight Parts are listed
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), p.listed().stream().map(PartBudgets.Listed::part).toList());
        // 177.1 + 112.1 + 26.7 + 23.9 + 46.9 + 6 + 27.6 + 148.7 = 569亿元; the stated total 490亿元 除交叉重叠部分外 implies
        // an overlap of 569 − 490 = 79亿元
        assertEquals(Rational.of(56_900_000_000L), p.sum());
        assertEquals(true, p.complete());
        assertEquals(Optional.of(Rational.of(7_900_000_000L)), p.impliedOverlap());
    }
}
