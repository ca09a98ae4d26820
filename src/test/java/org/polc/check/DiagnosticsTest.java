package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.testing.Fixtures;

/**
 * One test per kind of diagnostic: its code, a Chinese message naming the clause (where the
 * problem belongs to one) and the things involved, and the exact line:column of its span.
 * Positions are computed from the policy text the test writes, never copied from polc's output.
 */
class DiagnosticsTest {

    /** Part 二 and the start of clause 十四, with the inputs and the definition most tests use. */
    private static final String CLAUSE_14 = """
            部分 二 科技创新政策
              牵头单位 市科技局
            条款 十四 更大力度实施企业研发投入补助政策
              原文 “按不超过新增额 5% 给予补助，单个企业最高补助 200 万元。”
              输入
                年度研发投入额：金额
                上年度研发投入额：金额
                经营规模：选项（符合认定标准，超过认定标准）
              定义 新增额 = 年度研发投入额 - 上年度研发投入额
            """;

    private static final Pattern ANTLR_ENGLISH =
            Pattern.compile("mismatched|expecting|extraneous|missing|no viable|token recognition|input '");

    // ------------------------------------------------------------ syntax

    @Test
    void missingElseIsASyntaxErrorAtTheTokenWhereElseWasExpected() {
        String body = CLAUSE_14 + """
                  补助 研发投入补助 最高 300万元：
                    若 新增额 200万元 以上 则 给予 10万元
                条款 十五 支持企业研发机构、研发总部建设
                  原文 “对新获批的企业牵头建设的省重点实验室，给予最高 100 万元一次性奖励。”
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "syntax");
        assertChinese(d);
        assertContains(d.message(), "语法错误", "「否则」", "「条款」");
        assertAt(d, body, "条款 十五", "条款");
    }

    @Test
    void strayMarkIsASyntaxErrorAtTheMark() {
        String body = CLAUSE_14 + """
                  补助 研发投入补助 最高 300万元：
                    若 新增额 200万元 以上 则 按不超过 新增额 × 5% 给予，最高 200万元 @
                    否则 不予 “年度研发投入额新增不足200万元”
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "syntax");
        assertChinese(d);
        assertContains(d.message(), "语法错误", "「@」");
        assertAt(d, body, "200万元 @", "@");
    }

    @Test
    void unterminatedQuoteIsReportedAtTheOpeningQuote() {
        String body = CLAUSE_14 + """
                  补助 研发投入补助 最高 300万元：
                    若 新增额 200万元 以上 则 按不超过 新增额 × 5% 给予，最高 200万元
                    否则 不予 “年度研发投入额新增不足200万元
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "syntax");
        assertChinese(d);
        assertContains(d.message(), "引号", "“");
        assertAt(d, body, "不予 “年度", "“");
    }

    @Test
    void keywordGluedToANameGetsAHintWhereTheSpaceGoes() {
        String body = CLAUSE_14 + """
                  补助 研发投入补助 最高 300万元：
                    若新增额 200万元 以上 则 按不超过 新增额 × 5% 给予，最高 200万元
                    否则 不予
                """;
        Compilation c = Fixtures.compile(body);
        List<Diagnostic> errors = Fixtures.errors(c);
        assertFalse(errors.isEmpty());
        // Recovery may add follow-on errors (docs/language.md §20); the first one is the glued keyword.
        Diagnostic d = errors.get(0);
        assertEquals("syntax", d.code());
        assertChinese(d);
        assertContains(d.message(), "「若新增额」");
        assertAt(d, body, "若新增额", "若新增额");
        assertEquals(4, d.span().length(), "the span covers the whole glued word");
        assertTrue(d.hint().orElse("").contains("「若 新增额」"), d.hint().toString());
    }

    // ------------------------------------------------------------ names

    @Test
    void misspeltNameIsUnknownWithADidYouMeanHint() {
        String body = CLAUSE_14 + """
                  补助 研发投入补助 最高 300万元：
                    若 新曾额 200万元 以上 则 按不超过 新增额 × 5% 给予，最高 200万元
                    否则 不予
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "name.unknown");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "「新曾额」");
        assertTrue(d.hint().orElse("").contains("「新增额」"), d.hint().toString());
        assertAt(d, body, "若 新曾额", "新曾额");
        assertEquals(3, d.span().length());
    }

    @Test
    void definitionUsedBeforeItIsDefinedSaysSo() {
        String body = CLAUSE_14 + """
                  定义 每年补助基数 = 增量 × 5%
                  定义 增量 = 年度研发投入额 - 上年度研发投入额
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "name.unknown");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "「增量」");
        String hint = d.hint().orElse("");
        assertContains(hint, "「增量」", "后面", "之前");
        assertAt(d, body, "= 增量 × 5%", "增量");
    }

    @Test
    void duplicateNameInAClause() {
        String body = CLAUSE_14 + """
                  定义 经营规模 = 年度研发投入额 - 上年度研发投入额
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "name.duplicate");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "「经营规模」", "重复");
        assertAt(d, body, "定义 经营规模", "经营规模");
    }

    @Test
    void duplicateClauseNumberNamesTheClauseAndTheFirstPlace() {
        String body = CLAUSE_14 + """
                条款 十四 又一个第十四条
                  原文 “重复的条款。”
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "program.clause");
        assertChinese(d);
        Pos first = at(Fixtures.HEADER + body, "条款 十四 更大", "条款");
        assertContains(d.message(), "第十四条", "重复", ":" + first.line() + ":" + first.column());
        assertAt(d, body, "条款 十四 又一个", "条款");
    }

    // ------------------------------------------------------------ types and units

    @Test
    void moneyPlusAreaIsAUnitError() {
        String body = CLAUSE_14 + """
                  定义 x = 300万元 + 5亩
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "type.arithmetic");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "金额", "面积", "300万元 + 5亩");
        assertAt(d, body, "x = 300万元", "300万元");
        assertEquals("300万元 + 5亩".length(), d.span().length());
    }

    @Test
    void comparingMoneyWithARate() {
        String body = CLAUSE_14 + """
                  认定 研发投入较多：年度研发投入额 达 5%
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "type.compare");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "金额", "比例", "年度研发投入额 达 5%");
        assertAt(d, body, "较多：年度", "年度研发投入额");
    }

    @Test
    void unknownUnit() {
        // 万 is a magnitude; 万% is no unit of §9.2.
        String body = CLAUSE_14 + """
                  定义 比率 = 5万%
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "unit.unknown");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "单位", "「万%」");
        assertAt(d, body, "= 5万%", "5万%");
    }

    @Test
    void calculatorAmountThatIsNotMoney() {
        String body = CLAUSE_14 + """
                  补助 研发投入补助：给予 5%
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "type.money");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "金额", "「5%」", "比例");
        assertAt(d, body, "给予 5%", "5%");
    }

    @Test
    void choiceValueNotAmongTheOptions() {
        String body = CLAUSE_14 + """
                  认定 符合规模：经营规模 为 符合标准
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "choice.value");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "「符合标准」", "「经营规模」", "符合认定标准", "超过认定标准");
        assertAt(d, body, "为 符合标准", "符合标准");
    }

    @Test
    void tableThatDoesNotCoverEveryValue() {
        String body = CLAUSE_14 + """
                  补助 规模补助：按 经营规模 查表（符合认定标准 ⇒ 给予 10万元）
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "table.incomplete");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "查表", "超过认定标准");
        assertFalse(d.message().contains("「符合认定标准"), "the covered value is not reported as missing: " + d.message());
        assertTrue(d.hint().orElse("").contains("其他"), d.hint().toString());
        assertAt(d, body, "规模补助：按", "按");
    }

    // ------------------------------------------------------------ caps

    @Test
    void branchWithoutItsClampExceedsTheDeclaredCap() {
        String body = CLAUSE_14 + """
                  补助 研发投入补助 最高 200万元：
                    若 新增额 200万元 以上 则 按不超过 新增额 × 5% 给予
                    否则 不予 “年度研发投入额新增不足200万元”
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "cap.exceeded");
        assertChinese(d);
        // 新增额 has no upper bound, so neither has 5% of it.
        assertContains(d.message(), "第十四条", "「研发投入补助」", "200万元", "无上限");
        assertAt(d, body, "则 按不超过 新增额", "按不超过");
    }

    @Test
    void amountThatMayBeNegative() {
        // 新增额 = 年度 − 上年度 is negative whenever the investment fell.
        String body = CLAUSE_14 + """
                  补助 研发投入补助：给予 新增额
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "cap.negative");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "「研发投入补助」", "负数");
        assertAt(d, body, "：给予 新增额", "给予");
    }

    // ------------------------------------------------------------ legal words

    @Test
    void exceedingAndAboveTogetherConflict() {
        String body = CLAUSE_14 + """
                  认定 新增较多：新增额 超过 200万元 以上
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "legal.conflict");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "「超过」", "「以上」", "民法典", "第一千二百五十九条");
        assertAt(d, body, "较多：新增额", "新增额");
    }

    // ------------------------------------------------------------ budgets

    @Test
    void budgetItemsThatDoNotAddUpReportTheDifference() {
        // 54.2 + 10 + 47.8 = 112.0 亿元, 0.1 亿元 = 1000万元 short of 112.1 亿元.
        String body = """
                部分 二 科技创新政策
                  牵头单位 市科技局
                条款 九 强化财政资金保障
                  原文 “市财政2024年预算安排112.1亿元。”
                  预算 “市财政2024年预算安排” 112.1亿元 其中：
                    “支持重大科创平台、“三名”工程和高校建设资金” 54.2亿元
                    “支持科技成果转化首选地建设、科技企业培育、重点研发计划资助等资金” 10亿元
                    “人才引育培养资金” 47.8亿元
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "budget.sum");
        assertChinese(d);
        assertContains(d.message(), "第九条", "市财政2024年预算安排", "112.1亿元", "相差 1000万元");
        assertAt(d, body, "预算 “市财政", "预算");
    }

    // ------------------------------------------------------------ examples

    @Test
    void failingExampleSaysWhatWasExpectedAndWhatCameOut() {
        // 1000万元 × 5% = 50万元, under the clamp of 200万元; the example claims 40万元.
        String body = CLAUSE_14 + """
                  补助 研发投入补助 最高 200万元：
                    若 经营规模 为 符合认定标准 则 按不超过 年度研发投入额 × 5% 给予，最高 200万元
                    否则 不予
                  例 “投入1000万元”：经营规模 为 符合认定标准，年度研发投入额 1000万元 ⇒ 研发投入补助 最高可得 40万元
                """.replace("    上年度研发投入额：金额\n", "").replace("  定义 新增额 = 年度研发投入额 - 上年度研发投入额\n", "");
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "example.failed");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "投入1000万元", "研发投入补助", "期望", "40万元", "实际", "50万元");
        assertAt(d, body, "⇒ 研发投入补助", "研发投入补助");
    }

    @Test
    void exampleThatLeavesOutAnInput() {
        String body = CLAUSE_14 + """
                  补助 研发投入补助 最高 200万元：
                    若 经营规模 为 符合认定标准 则 按不超过 年度研发投入额 × 5% 给予，最高 200万元
                    否则 不予
                  例 “缺投入额”：经营规模 为 符合认定标准 ⇒ 研发投入补助 最高可得 40万元
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "example.missing");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "缺投入额", "「年度研发投入额」", "研发投入补助");
        assertAt(d, body, "例 “缺投入额”", "例");
    }

    // ------------------------------------------------------------ structure and files

    @Test
    void clauseWithoutOriginalText() {
        String body = """
                部分 二 科技创新政策
                  牵头单位 市科技局
                条款 十四 更大力度实施企业研发投入补助政策
                  输入
                    年度研发投入额：金额
                  补助 研发投入补助 最高 300万元：给予 年度研发投入额 × 5%，最高 200万元
                """;
        Compilation c = Fixtures.compile(body);
        Diagnostic d = Fixtures.onlyError(c, "clause.text");
        assertChinese(d);
        assertContains(d.message(), "第十四条", "「原文」");
        assertAt(d, body, "条款 十四", "条款");
    }

    @Test
    void folderWithoutPolicyHeader() {
        String text = """
                部分 二 科技创新政策
                  牵头单位 市科技局
                条款 十三 全面落实支持科技创新的税收优惠政策
                  原文 “全面落实企业研发费用加计扣除等支持科技创新的税收优惠政策。”
                """;
        Compilation c = Fixtures.compileFile(text);
        Diagnostic d = Fixtures.onlyError(c, "program.header");
        assertChinese(d);
        assertContains(d.message(), "「政策」", "文件头", "test");
        assertEquals(1, d.span().line());
        assertEquals(1, d.span().column());
        assertTrue(d.span().source().displayName().endsWith("test.pol"), d.span().source().displayName());
    }

    @Test
    void fileThatIsNotUtf8(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("gbk"));
        Path file = folder.resolve("policy.pol");
        byte[] gbk = (Fixtures.HEADER + "部分 二 科技创新政策\n").getBytes(Charset.forName("GBK"));
        Files.write(file, gbk);
        assertFalse(new String(gbk, StandardCharsets.UTF_8).contains("政策"), "the bytes really are not UTF-8");

        Compilation c = Compiler.compile(temp);
        Diagnostic d = Fixtures.onlyError(c, "io.encoding");
        assertChinese(d);
        assertContains(d.message(), "UTF-8", "policy.pol");
        assertEquals(1, d.span().line());
        assertEquals(1, d.span().column());
        assertTrue(c.clauses().isEmpty());
    }

    // ------------------------------------------------------------ all at once

    @Test
    void everyErrorOfARunIsReportedNotOnlyTheFirst() {
        String body = CLAUSE_14 + """
                  定义 面积合计 = 300万元 + 5亩
                  认定 新增较多：新增额 超过 200万元 以上
                  补助 研发投入补助 最高 300万元：
                    若 新曾额 200万元 以上 则 按不超过 新增额 × 5% 给予，最高 200万元
                    否则 不予
                """;
        Compilation c = Fixtures.compile(body);
        List<Diagnostic> errors = Fixtures.errors(c);
        assertEquals(List.of("type.arithmetic", "legal.conflict", "name.unknown"),
                errors.stream().map(Diagnostic::code).toList(), Fixtures.render(c));
        assertAt(errors.get(0), body, "= 300万元 + 5亩", "300万元");
        assertAt(errors.get(1), body, "较多：新增额", "新增额");
        assertAt(errors.get(2), body, "若 新曾额", "新曾额");
    }

    // ------------------------------------------------------------ helpers

    record Pos(int line, int column) {}

    /** The position of {@code token} inside the first occurrence of {@code context} in {@code text}. */
    static Pos at(String text, String context, String token) {
        int c = text.indexOf(context);
        assertTrue(c >= 0, "test text lacks «" + context + "»");
        assertEquals(c, text.lastIndexOf(context), "«" + context + "» must be unique in the test text");
        int i = text.indexOf(token, c);
        assertTrue(i >= 0 && i < c + context.length(), "«" + token + "» is not inside «" + context + "»");
        String before = text.substring(0, i);
        int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
        int lineStart = before.lastIndexOf('\n') + 1;
        return new Pos(line, before.codePointCount(lineStart, before.length()) + 1);
    }

    /** Asserts the diagnostic stands at {@code token} (inside {@code context}) of an inline policy body. */
    private static void assertAt(Diagnostic d, String body, String context, String token) {
        Pos expected = at(Fixtures.HEADER + body, context, token);
        assertEquals(expected, new Pos(d.span().line(), d.span().column()), d.code() + " " + d.message());
    }

    private static void assertChinese(Diagnostic d) {
        assertTrue(d.message().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                "message should be Chinese: " + d.message());
        assertFalse(ANTLR_ENGLISH.matcher(d.message()).find(), "message leaks English: " + d.message());
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "«" + part + "» missing from: " + message);
        }
    }
}
