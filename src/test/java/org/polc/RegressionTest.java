package org.polc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.testing.Fixtures;
import org.polc.testing.Fixtures.Run;

/**
 * Regressions for bugs found while writing DiagnosticsTest, CapProofTest, CliTest and
 * AcceptanceTest: each test failed against polc before its fix.
 */
class RegressionTest {

    /** Bug 1 and 2: eval refuses a sub-分 JSON number or an overflowing amount without naming the input. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"年度研发投入额\": 0.001}",
            "{\"年度研发投入额\": 1e30}",
            "{\"年度研发投入额\": \"100000000000000亿元\"}"})
    void evalNamesTheClauseAndInputOfEveryRefusedAmount(String facts, @TempDir Path temp) throws IOException {
        Path input = temp.resolve("facts.json");
        Files.writeString(input, facts, StandardCharsets.UTF_8);
        Run run = Fixtures.cli("eval", "--clause", "14", "--input", input.toString(), Fixtures.policies().toString());
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(run.err().contains("第十四条"), run.err());
        assertTrue(run.err().contains("「年度研发投入额」"), run.err());
    }

    /** Bug 3: a rate given as the string "2E+1" is read as 2 instead of 20 (the exponent is dropped). */
    @Test
    void evalReadsARateWithAnExponentExactly(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("test"));
        Files.writeString(folder.resolve("test.pol"), Fixtures.HEADER + """
                部分 二 科技创新政策
                  牵头单位 市科技局
                条款 十 打造高水平科创平台
                  原文 “按照省财政补助额的若干倍进行配套支持。”
                  输入
                    省财政补助额：金额
                    倍数：比例
                  配套 省技术创新中心配套：给予 省财政补助额 × 倍数
                """, StandardCharsets.UTF_8);
        Path input = temp.resolve("facts.json");
        Files.writeString(input, "{\"省财政补助额\": 100, \"倍数\": \"2E+1\"}", StandardCharsets.UTF_8);
        Run run = Fixtures.cli("eval", "--clause", "10", "--input", input.toString(), "--json", temp.toString());
        // Either refuse the form, or read it as 20: 100元 × 20 = 2000元. Never 200元.
        if (run.exitCode() == 0) {
            assertTrue(run.out().contains("\"amount\" : \"2000.00\""), run.out());
        } else {
            assertTrue(run.err().contains("「倍数」"), run.err());
        }
    }

    /** Bug 4: 「单调」 is documented as checked (language.md §12.2, architecture.md) but is never checked. */
    @Test
    void aMonotoneDeclarationThatDoesNotHoldIsAnError() {
        Compilation c = Fixtures.compile("""
                部分 二 科技创新政策
                  牵头单位 市科技局
                条款 十四 更大力度实施企业研发投入补助政策
                  原文 “投入越多补助越少（错误的写法）。”
                  输入
                    投入额：金额
                  补助 研发投入补助 最高 20万元，单调 投入额：
                    若 投入额 1000万元 以上 则 给予 10万元
                    否则 给予 20万元
                """);
        // 9999999.99元 gets 20万元, 1000万元 gets 10万元: more investment, less money.
        assertFalse(Fixtures.errors(c).isEmpty(), "expected an error for the broken 单调 declaration:\n" + Fixtures.render(c));
        assertTrue(Fixtures.errors(c).get(0).message().contains("单调"), Fixtures.render(c));
    }

    /** Bug 5: with 否则 missing, the repaired tree reuses the branch as the 否则 and a correct branch is reported negative. */
    @Test
    void aMissingElseGivesOnlyTheSyntaxError() {
        Compilation c = Fixtures.compile("""
                部分 二 科技创新政策
                  牵头单位 市科技局
                条款 十四 更大力度实施企业研发投入补助政策
                  原文 “按不超过新增额 5% 给予补助。”
                  输入
                    年度研发投入额：金额
                    上年度研发投入额：金额
                  定义 新增额 = 年度研发投入额 - 上年度研发投入额
                  补助 研发投入补助 最高 300万元：
                    若 新增额 200万元 以上 则 按不超过 新增额 × 5% 给予，最高 200万元
                条款 十五 支持企业研发机构、研发总部建设
                  原文 “对新获批的企业牵头建设的省重点实验室，给予最高 100 万元一次性奖励。”
                """);
        assertEquals(List.of("syntax"), Fixtures.errors(c).stream().map(Diagnostic::code).toList(), Fixtures.render(c));
    }

    /** Bug 6: for 「非企业承担」 the did-you-mean hint 「企业承担」 drops 非 and inverts the condition. */
    @Test
    void aNegationGluedToANameSuggestsTheSpaceNotDroppingTheNegation() {
        Compilation c = Fixtures.compile("""
                部分 二 科技创新政策
                  牵头单位 市科技局
                条款 十二 加强关键核心技术攻关
                  原文 “对企业承担的项目给予补助。”
                  输入
                    企业承担：是否
                  补助 项目补助：
                    若 非企业承担 则 不予 “须为企业承担” 否则 给予 10万元
                """);
        Diagnostic d = Fixtures.errors(c).get(0);
        assertEquals("name.unknown", d.code());
        assertTrue(d.hint().orElse("").contains("「非 企业承担」"), d.hint().toString());
    }

    /** Dividing an input by zero used to pass the check and crash code generation. */
    @Test
    void dividingAnInputByZeroIsRefused() {
        Compilation c = Fixtures.compile("""
                部分 一 测试
                条款 一 测试
                  原文 “测试”
                  输入
                    金额甲：金额
                  认定 零除：金额甲 ÷ 0 ≥ 1元
                  补助 奖：若 零除 则 给予 1元 否则 不予
                """);
        List<Diagnostic> errors = Fixtures.errors(c);
        assertEquals(1, errors.size(), Fixtures.render(c));
        assertEquals("arith.zero", errors.get(0).code());
        assertTrue(errors.get(0).message().contains("第一条") && errors.get(0).message().contains("除数为零"), errors.get(0).message());
    }

    /** A 数量（万家） input is refused once, without a follow-on "数量（家）不能与数量（家）比较". */
    @Test
    void anUnsupportedQuantityUnitIsReportedOnce() {
        Compilation c = Fixtures.compile("""
                部分 一 测试
                条款 一 测试
                  原文 “测试”
                  输入
                    企业：数量（万家）
                  补助 奖：若 企业 达 5万家 则 给予 1元 否则 不予
                """);
        List<Diagnostic> errors = Fixtures.errors(c);
        assertEquals(List.of("type.unsupported"), errors.stream().map(Diagnostic::code).toList(), Fixtures.render(c));
    }

    /** Definitions that each use the one before twice made the cap proof take exponential time. */
    @Test
    void chainedDefinitionsAreProvenInLinearTime() {
        StringBuilder body = new StringBuilder("部分 一 测试\n条款 一 测试\n  原文 “测试”\n  输入 甲：金额\n  定义 项零 = 甲\n");
        String previous = "项零";
        for (int i = 1; i <= 40; i++) {
            String name = "项" + org.polc.vocabulary.ChineseNumerals.format(i);
            body.append("  定义 ").append(name).append(" = ").append(previous).append(" + ").append(previous).append('\n');
            previous = name;
        }
        body.append("  补助 奖 最高 5万元：若 ").append(previous).append(" 超过 1元 则 给予 1元 否则 不予\n");
        // 2^40 evaluations would never finish; the assertion is that it finishes, with no error.
        Compilation c = Fixtures.compile(body.toString());
        assertTrue(c.ok(), Fixtures.render(c));
    }
}
