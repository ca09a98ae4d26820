package org.polc.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.testing.Fixtures;

/**
 * What the catalog and the generated Javadoc say of changed values (由 50% 提高至 60%), cumulative
 * ceilings (累计最高 … 已获 …) and payments (应缴): both the old and the new value, the ceiling and
 * what it deducts, and that a payment is what the applicant pays.
 */
class MoneyCatalogTest {

    private static final String POLICY = Fixtures.HEADER + """
            部分 五 综合交通政策
              牵头单位 市交通运输局
            条款 四十五 降低交通运输成本
              原文 “继续实施国标标准集装箱运输车辆通行费六五折优惠、国家鲜活农产品运输“绿色通道”免费政策”
              输入
                国标标准集装箱运输车辆：是否
                通行费：金额
              应缴 车辆通行费，单调 通行费：
                若 国标标准集装箱运输车辆 则 缴纳 通行费 × 六五折
                否则 缴纳 通行费
            部分 六 开放提升政策
              牵头单位 市商务局
            条款 四十八 稳定外贸发展
              原文 “对 2024 年企业出口信用保险的投保费资助比例上限由 50% 提高至 60%，单个企业资助上限由 200 万元提高至 500 万元。”
              输入
                出口信用保险保费：金额
                已获出口信用保险资助额：金额
              资助 出口信用保险资助 累计最高 由 200万元 提高至 500万元，已获 已获出口信用保险资助额：
                按不超过 出口信用保险保费 × 由 50% 提高至 60% 给予
            """;

    private static Path root;

    @BeforeAll
    static void write() throws IOException {
        Path dir = Files.createTempDirectory("polc-money").resolve("test");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("test.pol"), POLICY, StandardCharsets.UTF_8);
        root = dir.getParent();
    }

    @Test
    void theJsonCatalogShowsBothValuesTheCeilingAndThePayment() throws IOException {
        Fixtures.Run run = Fixtures.cli("catalog", "--json", root.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode clauses = new ObjectMapper().readTree(run.out()).path("clauses");
        JsonNode toll = clauses.get(0).path("calculators").get(0);
        assertEquals("应缴", toll.path("kind").asText());
        assertTrue(toll.path("pays").asBoolean());
        JsonNode grant = clauses.get(1).path("calculators").get(0);
        assertFalse(grant.path("pays").asBoolean());
        // no 最高 of its own: the cumulative ceiling is the declared one, 500万元 = 5000000.00元
        assertEquals("5000000.00", grant.path("cap").asText());
        assertEquals("500万元（由200万元提高至500万元）", grant.path("capText").asText());
        assertEquals("2000000.00", grant.path("capChange").path("before").asText());
        assertEquals("5000000.00", grant.path("capChange").path("after").asText());
        JsonNode cumulative = grant.path("cumulative");
        assertEquals("5000000.00", cumulative.path("cap").asText());
        assertEquals("已获出口信用保险资助额", cumulative.path("received").asText());
        assertFalse(cumulative.path("perYear").asBoolean());
        JsonNode changes = grant.path("changes");
        assertEquals(2, changes.size());
        assertEquals("由200万元提高至500万元", changes.get(0).path("text").asText());
        // 50% = 0.5, 60% = 0.6, exact
        assertEquals("0.5", changes.get(1).path("before").asText());
        assertEquals("0.6", changes.get(1).path("after").asText());
        assertEquals("比例", changes.get(1).path("type").asText());
        // the calculator reads what was received, so it is one of its inputs
        assertEquals(List.of("出口信用保险保费", "已获出口信用保险资助额"),
                List.of(grant.path("inputs").get(0).path("name").asText(), grant.path("inputs").get(1).path("name").asText()));
    }

    @Test
    void theTextCatalogSaysWhatTheClauseLineCannot() {
        Fixtures.Run run = Fixtures.cli("catalog", root.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("    车辆通行费：应缴（申请人缴纳的金额）"), run.out());
        // the ceiling is the 累计最高 alone (no other 最高 is declared), and its change is said once, with it
        assertTrue(lines.contains("    出口信用保险资助：累计最高 500万元（由200万元提高至500万元），"
                + "扣除已获「已获出口信用保险资助额」；调整：由50%提高至60%"), run.out());
    }

    @Test
    void theGeneratedJavadocMentionsTheChangeTheCeilingAndThePayment() {
        Compilation c = Fixtures.compileFile(POLICY);
        assertTrue(c.ok(), Fixtures.render(c));
        List<JavaFile> files = c.generate();
        String toll = files.stream().filter(f -> f.typeSpec().name().equals("Clause45")).findFirst().orElseThrow().toString();
        String grant = files.stream().filter(f -> f.typeSpec().name().equals("Clause48")).findFirst().orElseThrow().toString();
        assertTrue(toll.contains("车辆通行费（应缴，申请人缴纳的金额，不是给予申请人的金额）：计算结果，附引用本条的说明。"), toll);
        assertTrue(toll.contains("@return 应缴的金额；性质与说明见同名的说明版方法"), toll);
        assertTrue(toll.contains("结果：应缴的金额、性质（应缴/免费）和说明"), toll);
        assertFalse(toll.contains("最高可得"), toll);
        assertTrue(grant.contains("累计最高 500万元（由200万元提高至500万元），扣除已获「已获出口信用保险资助额」"), grant);
        assertTrue(grant.contains("原文调整的数值（按新值计算）：由200万元提高至500万元；由50%提高至60%。"), grant);
        assertTrue(grant.contains("Fen.withinRemaining("), grant);
    }
}
