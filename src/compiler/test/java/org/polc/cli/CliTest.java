package org.polc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.polc.testing.Fixtures;
import org.polc.testing.Fixtures.Run;

/** The command line, run in-process: exit codes, what is printed, and what is written. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PACKAGE_DIR = "org/polc/policies/hangzhou2024";

    /** The facts of the README for clause 14: 新增 200万元, exactly 「200万元 以上」. */
    private static final String README_FACTS = """
            {
              "经认定的科技型中小企业": true,
              "经认定的高新技术企业": false,
              "经营规模": "符合认定标准",
              "年度研发投入额": "700万元",
              "上年度研发投入额": 5000000
            }
            """;

    private static String policies() {
        return Fixtures.policies().toString();
    }

    // ------------------------------------------------------------ check

    @Test
    void checkOfTheRealPoliciesSucceedsAndCountsTheirClauses() {
        Run run = Fixtures.cli("check", policies());
        assertEquals(0, run.exitCode(), run.err());
        // part1.pol: 8 clauses, no calculator, 1 认定 rule (一) with 6 例; part2.pol: 14 clauses, 24 calculators,
        // 2 认定 rules (十, 十二), 90 例 (80, then: 十二's and 十五's thresholds tried from both sides, +5; 十五's two one-off
        // awards got one 已获得… 是 例 each, +2; 十七's upgrade award became two one-off awards, its 4 例 became 3 + 4, +3);
        // part3.pol: 10 clauses, no calculator, 1 认定 (三十) with 4 例, 6 合规 rules
        // (二十七: 4 with 3 + 7 + 4 + 7 例, 二十九: 1 with 3, 三十: 1 with 3): 31 例; part4.pol: 9 clauses, 2 one-off calculators
        // (三十六 with 3 例, 四十一 with 3 例): 6 例; part5.pol and part6.pol follow.
        // numbers in the 原文, counted by hand from the text: Part 二 and its clauses 71 (65 used, 6 marked 叙述);
        // Part 一 and its clauses 42 (30 used by targets, the 认定 and the budget; 12 marked 叙述: 千项 ×3, 五个,
        // the budget's 2024 年, clause 六's 32条 185条 3个 70% 七个 3张, clause 七's 5个);
        // Part 三 and its clauses 43: the preamble 4 (2024年 and 5.5% by the target; 415X, 五大), 二十三 6 (the budget's
        // four; 2024 年, 五大), 二十五 3 (75%; 五大 ×2), 二十六 3, 二十七 12 (2024年 of the target, 35%, 1.5万亩, 2.5, 3.5, 3000平方米,
        // 1000平方米; 415X, 五大 ×2, 两级, the 2024年 of the 35% rule), 二十八 2 (1个, 7个), 二十九 10 (9 by the targets and the rule; 八大), 三十一 1 (万亩),
        // 三十二 2 (415X, 五大): 26 used, 17 叙述; Part 四 and its clauses 17: the preamble 2 (2024年, 5.5% by the target),
        // 三十三 6 (the budget's five; 2024年), 三十四 1 (18个), 三十六 1 (200万元), 三十七 1 (5家), 三十八 2 (1~2个),
        // 三十九 3 (5A, 千万级, 5%), 四十一 1 (1000万元): 13 used, 4 叙述.
        // part5.pol: 5 clauses (四十二 to 四十六), 2 calculators (四十五's 应缴 with 6 例, 四十六's 配套 with 3 例): 9 例;
        // its numbers: the preamble 1 (500亿元, the target), 四十二 5 (46.9, 40.2, 6.7 by the budget; 2024 年, 三级 叙述),
        // 四十四 3 (2024 年, 2条, 90%: the targets), 四十五 1 (六五折), 四十六 5 (2024年, 115公里, 677公里 by the targets,
        // 1:1 by the 配套; 2.0版 叙述): 15, 12 used, 3 叙述.
        // part6.pol: 7 clauses (四十七 to 五十三), 2 calculators (四十八: 出口信用保险资助 with 8 例, 汇率避险担保保函额度
        // with 6 例): 14 例; its numbers 43: the preamble 6 (2024年, 5%, 7%, 6%, 80亿美元, 18亿美元, all by targets),
        // 四十七 2 (6亿元 by the budget; 2024年: 叙述),
        // 四十八 10 (150个, 100个, 3000家次, 2024 年 by targets; 50%, 60%, 65%, 200 万元, 500 万元, 8% by the calculators),
        // 四十九 11 (3000个, 2024 年, 2024年, 500场, 50场, 2条, 2个, 7 used;
        // 新六名, 十大, 三大, 2个区: 叙述), 五十 2 (200家, 6个), 五十一 3 (2024年, 30场; 五个: 叙述), 五十二 1 (2024 年: 叙述),
        // 五十三 8 (40%, 2024 年, 1亿美元, 8个 by the targets; 2023, 2025 年, 5.5 亿元 by the provincial fund's budget
        // 2023—2025年 每年 5.5亿元; 二级: 叙述): 35 used, 8 叙述.
        // part7.pol: 15 clauses (五十四 to 六十八), no calculator, 1 合规 rule (五十五's 担保费率 with 3 例): 3 例;
        // its numbers 47: the preamble 3 (2024 年, 80 万元, 50 万元: the target), 五十四 7 (27.6, 6.1, 6.5, 4.5, 6.5, 4 by the
        // budget; 2024 年: 叙述), 五十五 3 (2024 年 by the targets, 1% by the rule; 四县: 叙述), 五十六 5 (2024 年, 7000 亩, 5 万亩,
        // 10 个, 3 个), 五十七 6 (2024 年, 2 万亩, 4 万亩 ×2, 3 个, 5 个), 五十八 2 (100 万亩, 18 个), 五十九 4 (2024 年, 3000 亩,
        // 4500 亩, 10 万亩), 六十 4 (2 条, 30 个 ×2, 20 个), 六十一 3 (70%, 10 个, 20 个), 六十二 4 (1 个, 10 条, 10 亿元, 9 个),
        // all by targets; 六十四 2 (万名, 十佳: 叙述), 六十五 3 (30个, 60亿元 by targets; 3县: 叙述), 六十七 1 (2023年版: 叙述):
        // 41 used, 6 叙述.
        // part8.pol: 8 clauses (六十九 to 七十六), no calculator, 2 认定 (七十一 with 4 例, 七十六 with 3 例): 7 例; its numbers 37:
        // the preamble 2 (2024年, 三分之二: the target), 六十九 9 (148.7, 66.9, 19.4, 20.9, 22.8, 18.7 亿元 by the budget;
        // 十方面, 2024年, 二次供水: 叙述), 七十 none, 七十一 3 (二孩, 三孩 by the 认定's options; 三级: 叙述), 七十二 4 (2024年, 85%,
        // 85%, 90%: targets), 七十三 3 (2024年, 135万人 by the target; 三甲: 叙述), 七十四 5 (2024年 ×2, 100万平方米, 260个, 2542栋:
        // targets), 七十五 5 (2024年, 1000张, 75%, 70% by targets; 859万, written without a unit, 叙述), 七十六 6 (10万元 by the 认定;
        // 1000人, 680人次, 2024年, 20家, 5000万元 by targets): 31 used, 6 叙述.
        // Together 32 + 9 + 5 + 7 + 15 + 8 = 76 clauses, 24 + 2 + 2 + 2 = 30 calculators, 4 + 2 = 6 认定, 6 + 1 = 7 合规 rules,
        // 127 + 6 + 9 + 14 + 3 + 7 = 166 例;
        // 71 + 42 + 43 + 17 + 15 + 43 + 47 + 37 = 315 numbers: 65 + 30 + 26 + 13 + 12 + 35 + 41 + 31 = 253 used,
        // 6 + 12 + 17 + 4 + 3 + 8 + 6 + 6 = 62 叙述; and the closing section, the header's 原文: 5 numbers (8个, 490亿元,
        // 2024年 of 全年实施有效: used by the total and the validity; the 2024年 of the total's name and 4张: 叙述), so
        // 315 + 5 = 320 numbers, 253 + 3 = 256 used, 62 + 2 = 64 叙述
        // (each number a construct writes accounts for one occurrence in the text: 二十七's first 2024年, the year of
        // the 35% rule, and 四十九's 2个区 are 叙述, not covered by a target's 2024年 and 智慧商圈 2个; the provincial fund
        // of 五十三 is a budget with another label, so the 490亿元 total still lists Part 六's 6亿元 only)
        // policy.pol's 490亿元 除交叉重叠部分外: so far Parts 一 (clause 二, 177.1亿元), 二 (clause 九, 112.1亿元),
        // 三 (clause 二十三, 26.7亿元), 四 (clause 三十三, 23.9亿元), 五 (clause 四十二, 46.9亿元), 六 (clause 四十七, 6亿元)
        // 七 (clause 五十四, 27.6亿元 = 6.1 + 6.5 + 4.5 + 6.5 + 4) and 八 (clause 六十九, 148.7亿元) list their budgets: all eight,
        // 177.1 + 112.1 + 26.7 + 23.9 + 46.9 + 6 + 27.6 + 148.7 = 569亿元, so the overlap the 490亿元 implies is 569 − 490 = 79亿元
        assertEquals("预算「上述8个领域政策市级财政2024年预算安排资金」490亿元 除交叉重叠部分外：各部分的「市财政2024年预算安排」已列出 8 个（共 8 个）："
                + "第一部分 177.1亿元，第二部分 112.1亿元，第三部分 26.7亿元，第四部分 23.9亿元，第五部分 46.9亿元，第六部分 6亿元，第七部分 27.6亿元，第八部分 148.7亿元；"
                + "合计 569亿元，隐含交叉重叠 79亿元（569亿元 − 490亿元）。\n"
                + "检查了 76 条条款、30 个计算器、6 个认定、7 条合规规则、166 个例：没有错误。\n"
                + "数字覆盖：原文中的数字 320 个，规定用到 256 个，叙述说明 64 个，未说明 0 个（100%）。", run.out().strip());
        assertFalse(run.err().contains("错误"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void checkWithCoverageListsEveryPartAndClause() {
        Run run = Fixtures.cli("check", "--coverage", policies());
        assertEquals(0, run.exitCode(), run.err());
        List<String> all = run.out().lines().toList();
        // after the budget report line of the header and the summary
        List<String> lines = all.subList(all.indexOf("数字覆盖（已说明/原文中的数字）："), all.size());
        // the closing section (the header's 原文): 8个 by the total's 共 8个, 490亿元 by the total, 2024年全年 by the validity;
        // the 2024年 in the total's name and the 4张 of the lists are 叙述
        assertEquals("  文件头（末段） 5/5：用到 3，叙述 2", lines.get(1));
        // Part 一: the preamble's 千项 ×2 are 叙述, its six figures are targets; clause 六 is all programme names and counts
        assertEquals("  第一部分（总述） 8/8：用到 6，叙述 2", lines.get(2));
        assertEquals("  第六条 6/6：用到 0，叙述 6", lines.get(8));
        assertEquals("  第二部分（总述） 6/6：用到 4，叙述 2", lines.get(11));
        assertEquals("  第九条 6/6：用到 4，叙述 2", lines.get(12));
        assertEquals("  第十三条 原文中没有数字", lines.get(16));
        assertEquals("  第十七条 11/11：用到 10，叙述 1", lines.get(20));
        // Part 三: the preamble's 415X and 五大 are 叙述; clause 二十七's four 叙述 are 415X, 五大 ×2 and 两级
        assertEquals("  第三部分（总述） 4/4：用到 2，叙述 2", lines.get(26));
        assertEquals("  第二十七条 12/12：用到 7，叙述 5", lines.get(31));
        assertEquals("  第三十条 原文中没有数字", lines.get(34));
        // Part 四: the preamble's two figures are its target; clause 三十九's 5A, 千万级 and 5% are 叙述
        assertEquals("  第四部分（总述） 2/2：用到 2", lines.get(37));
        assertEquals("  第三十三条 6/6：用到 5，叙述 1", lines.get(38));
        assertEquals("  第三十九条 3/3：用到 0，叙述 3", lines.get(44));
        assertEquals("  第四十一条 1/1：用到 1", lines.get(46));
        // Part 五: clause 四十二's 2024 年 and 三级 are 叙述, 四十三 has no number
        assertEquals("  第五部分（总述） 1/1：用到 1", lines.get(47));
        assertEquals("  第四十二条 5/5：用到 3，叙述 2", lines.get(48));
        assertEquals("  第四十三条 原文中没有数字", lines.get(49));
        assertEquals("  第四十六条 5/5：用到 4，叙述 1", lines.get(52));
        // Part 六: the preamble's six figures are targets; clause 四十七's 6亿元 is its budget; clause 四十八's ten are all
        // used (targets, the subsidy's 由 X 提高至 Y, 65% and the guarantee line's 8%); 四十九's 新六名, 十大 and 三大 are 叙述
        assertEquals("  第六部分（总述） 6/6：用到 6", lines.get(53));
        assertEquals("  第四十七条 2/2：用到 1，叙述 1", lines.get(54));
        assertEquals("  第四十八条 10/10：用到 10", lines.get(55));
        assertEquals("  第四十九条 11/11：用到 7，叙述 4", lines.get(56));
        // 五十三: 2023, 2025 年 and 5.5 亿元 are the provincial fund's budget, 40%, 2024 年, 1亿美元, 8个 its targets; 二级 叙述
        assertEquals("  第五十三条 8/8：用到 7，叙述 1", lines.get(60));
        // Part 七: the preamble's three figures are its target; clause 五十四's budget uses six, its 2024 年 is 叙述;
        // 五十五's 1% is the rule, 四县 叙述; 六十三, 六十六 and 六十八 have no number; 六十四's 万名 and 十佳 are 叙述
        assertEquals("  第七部分（总述） 3/3：用到 3", lines.get(61));
        assertEquals("  第五十四条 7/7：用到 6，叙述 1", lines.get(62));
        assertEquals("  第五十五条 3/3：用到 2，叙述 1", lines.get(63));
        assertEquals("  第六十三条 原文中没有数字", lines.get(71));
        assertEquals("  第六十四条 2/2：用到 0，叙述 2", lines.get(72));
        assertEquals("  第六十五条 3/3：用到 2，叙述 1", lines.get(73));
        assertEquals("  第六十八条 原文中没有数字", lines.get(76));
        // Part 八: the preamble's two figures are its target; 六十九's 十方面, 2024年 and 二次供水 are 叙述, 七十 has no number,
        // 七十五's 859万 (no unit in the text) is 叙述 beside the target 859万人
        assertEquals("  第八部分（总述） 2/2：用到 2", lines.get(77));
        assertEquals("  第六十九条 9/9：用到 6，叙述 3", lines.get(78));
        assertEquals("  第七十条 原文中没有数字", lines.get(79));
        assertEquals("  第七十五条 5/5：用到 4，叙述 1", lines.get(84));
        assertEquals("  第七十六条 6/6：用到 6", lines.get(85));
        // the heading, the closing section, eight Parts' preambles, 8 + 14 + 10 + 9 + 5 + 7 + 15 + 8 clauses and the total
        assertEquals(87, lines.size(), run.out());
    }

    @Test
    void anUncoveredNumberIsAWarningAtTheNumberAndTheShareIsNeverRoundedUp(@TempDir Path temp) throws IOException {
        writePolicy(temp, """
                部分 二 科技创新政策
                  牵头单位 市科技局
                条款 十二 加强关键核心技术攻关
                  原文 “按不超过实际投入额的 20% 给予补助，最高补助 300 万元；可给予最高 1000 万元补助。”
                  输入
                    实际投入额：金额
                  补助 竞争类市重点科研项目补助 最高 300万元：按不超过 实际投入额 × 20% 给予，最高 300万元
                """);
        Run run = Fixtures.cli("check", "--coverage", temp.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("test.pol:6:45: 警告：第十二条：原文中的数字「1000 万元」没有被任何规定用到，也没有叙述说明"), run.err());
        // 2 of 3 is 66%, not 67%
        assertTrue(run.out().contains("  第十二条 2/3：用到 2，未说明 1（「1000 万元」）"), run.out());
        assertTrue(run.out().contains("数字覆盖：原文中的数字 3 个，规定用到 2 个，叙述说明 0 个，未说明 1 个（66%）。"), run.out());
    }

    @Test
    void checkOfOnePartFileReadsTheHeaderAndFactsBesideIt() {
        // part2.pol alone has no 政策 header and uses the facts policy.pol declares: the file is checked
        // as the part of its folder's policy that it is.
        Run run = Fixtures.cli("check", Fixtures.policies().resolve("hangzhou2024/part2.pol").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        // the whole folder's policy is checked: the clauses of part1.pol and part3.pol … part8.pol are beside it
        assertEquals("检查了 76 条条款、30 个计算器、6 个认定、7 条合规规则、166 个例：没有错误。", lines.get(lines.size() - 2));
        assertEquals("数字覆盖：原文中的数字 320 个，规定用到 256 个，叙述说明 64 个，未说明 0 个（100%）。", lines.get(lines.size() - 1));
        assertNoStackTrace(run);
    }

    @Test
    void checkOfAFolderWithErrorsShowsWhereWithTheLineAndACaret(@TempDir Path temp) throws IOException {
        Path file = writePolicy(temp, """
                部分 二 科技创新政策
                  牵头单位 市科技局
                条款 十四 更大力度实施企业研发投入补助政策
                  原文 “按不超过新增额 5% 给予补助。”
                  定义 x = 300万元 + 5亩
                """);
        Run run = Fixtures.cli("check", temp.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertNoStackTrace(run);

        // Line 7 of the file (the header has two lines); 300万元 starts at column 10.
        List<String> lines = run.err().lines().toList();
        int at = indexOfLineContaining(lines, "test.pol:7:10: 错误：");
        assertTrue(at >= 0, run.err());
        assertTrue(lines.get(at).contains("第十四条"), lines.get(at));
        assertEquals("    7 |   定义 x = 300万元 + 5亩", lines.get(at + 1));
        // Before the span: 2 spaces, 定义 (2 × 2 columns), " x = " → 11 columns;
        // the span 300万元 + 5亩: 3 + 2 × 2 + 3 + 1 + 2 → 13 columns.
        assertEquals("      | " + " ".repeat(11) + "^".repeat(13), lines.get(at + 2));
        assertTrue(run.out().contains("1 个错误"), run.out());
        assertTrue(Files.exists(file));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "frobnicate POLICIES",
            "check",
            "compile",
            "check --bogus POLICIES",
            "catalog --xml POLICIES",
            "eval --input in.json POLICIES",
            "eval --clause 14 POLICIES",
            "''"})
    void aWrongCommandLineExitsWithTwo(String commandLine) {
        String[] args = commandLine.isEmpty() ? new String[0] : commandLine.replace("POLICIES", policies()).split(" ");
        Run run = Fixtures.cli(args);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("命令行错误"), run.err());
        assertNoStackTrace(run);
    }

    // ------------------------------------------------------------ compile

    @Test
    void compileWritesOneClassPerClauseIdenticalToTheCommittedOnes(@TempDir Path temp) throws IOException {
        Run run = Fixtures.cli("compile", "-d", temp.toString(), policies());
        assertEquals(0, run.exitCode(), run.err());
        assertNoStackTrace(run);

        List<String> expected = new ArrayList<>();
        // Part 一: clauses 一 to 八; 二: 九 to 二十二; 三: 二十三 to 三十二; 四: 三十三 to 四十一; 五: 四十二 to 四十六;
        // 六: 四十七 to 五十三; 七: 五十四 to 六十八; 八: 六十九 to 七十六
        for (int n = 1; n <= 76; n++) {
            expected.add(String.format("Clause%02d.java", n));
        }
        expected.add("Hangzhou2024.java"); // the entry point: every clause's descriptor
        expected.add("Hangzhou2024Facts.java"); // the keys of the document's facts
        expected.add("Targets.java"); // the targets of Parts and clauses, checked against actual figures
        Path written = temp.resolve(PACKAGE_DIR);
        assertEquals(expected, javaFiles(written));

        Path committed = Fixtures.projectRoot().resolve("generated").resolve(PACKAGE_DIR);
        assertEquals(expected, javaFiles(committed));
        for (String name : expected) {
            assertArrayEquals(Files.readAllBytes(committed.resolve(name)), Files.readAllBytes(written.resolve(name)),
                    name + " differs from generated/; run ./polc compile policies");
        }
    }

    @Test
    void compilingTwiceGivesTheSameBytes(@TempDir Path temp) throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertEquals(0, Fixtures.cli("compile", "-d", first.toString(), policies()).exitCode());
        assertEquals(0, Fixtures.cli("compile", "-d", second.toString(), policies()).exitCode());
        List<String> names = javaFiles(first.resolve(PACKAGE_DIR));
        assertEquals(79, names.size()); // 8 + 14 + 10 + 9 + 5 + 7 + 15 + 8 clauses, Targets, Hangzhou2024 and Hangzhou2024Facts
        assertEquals(names, javaFiles(second.resolve(PACKAGE_DIR)));
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(first.resolve(PACKAGE_DIR).resolve(name)),
                    Files.readAllBytes(second.resolve(PACKAGE_DIR).resolve(name)), name);
        }
    }

    // ------------------------------------------------------------ eval

    @Test
    void evalOfTheReadmeExampleGivesACeilingCitingTheClause(@TempDir Path temp) throws IOException {
        Run run = eval(temp, README_FACTS, "--clause", "14");
        assertEquals(0, run.exitCode(), run.err());
        assertNoStackTrace(run);
        // 700万元 − 500万元 = 200万元, 「200万元 以上」 holds; 5% of it is 10万元, up to which the authority decides.
        assertEquals("""
                第十四条 更大力度实施企业研发投入补助政策
                  研发投入补助：最高可得 10万元
                    依据第十四条：「非 （经认定的科技型中小企业 或 经认定的高新技术企业）」不成立（经认定的科技型中小企业 是，经认定的高新技术企业 否）；\
                「经营规模 为 符合认定标准」成立（经营规模 符合认定标准）；「年度研发投入额 达 1亿元 以上」不成立（年度研发投入额 700万元）；\
                「新增额 200万元 以上」成立（新增额 200万元）；按不超过「新增额 × 5%」计 200万元 × 5% = 10万元；未超过最高 200万元；研发投入补助 最高可得 10万元。
                """, run.out());
    }

    @Test
    void evalOfASecondYearApplicationForAOneOffAwardSaysWhyNothingIsGiven(@TempDir Path temp) throws IOException {
        // 十五: the laboratory was rewarded last year (已获得 是), the R&D headquarters never was (否): 2000万元 meets
        // 「达 1000万元」 and 5% of it is 100万元, under the 500万元 cap
        Run run = eval(temp, """
                {"新获批的企业牵头建设的省重点实验室": true, "已获得省重点实验室奖励": true,
                 "新引进的企业研发总部": true, "年度研发投入额": "2000万元", "已获得企业研发总部奖励": false}
                """, "--clause", "十五");
        assertEquals(0, run.exitCode(), run.err());
        assertNoStackTrace(run);
        List<String> lines = run.out().lines().toList();
        int lab = lines.indexOf("  省重点实验室奖励：不予 0元");
        assertTrue(lab >= 0, run.out());
        assertEquals("    依据第十五条：「已获得省重点实验室奖励」成立（已获得省重点实验室奖励 是）；"
                + "不予：省重点实验室奖励是一次性奖励，已获得过的不再给予；省重点实验室奖励 不予。", lines.get(lab + 1));
        int headquarters = lines.indexOf("  企业研发总部奖励：最高可得 100万元");
        assertTrue(headquarters >= 0, run.out());
        assertEquals("    依据第十五条：「已获得企业研发总部奖励」不成立（已获得企业研发总部奖励 否）；"
                + "「新引进的企业研发总部 且 年度研发投入额 达 1000万元」成立（新引进的企业研发总部 是，年度研发投入额 2000万元）；"
                + "按不超过「年度研发投入额 × 5%」计 2000万元 × 5% = 100万元；未超过最高 500万元；企业研发总部奖励 最高可得 100万元。", lines.get(headquarters + 1));
        // 十七: the incubator got the 市级升省级 award in an earlier year and is now 国家级: only that award is given
        Run upgrade = eval(temp, """
                {"由市级升级为省级孵化器": false, "由省级升级为国家级孵化器": true,
                 "已获得孵化器升省级奖励": true, "已获得孵化器升国家级奖励": false}
                """, "--clause", "十七");
        assertEquals(0, upgrade.exitCode(), upgrade.err());
        List<String> out = upgrade.out().lines().toList();
        int national = out.indexOf("  孵化器升国家级奖励：最高可得 50万元");
        assertTrue(national >= 0, upgrade.out());
        assertEquals("    依据第十七条：「已获得孵化器升国家级奖励」不成立（已获得孵化器升国家级奖励 否）；"
                + "「由省级升级为国家级孵化器」成立（由省级升级为国家级孵化器 是）；最高 50万元；孵化器升国家级奖励 最高可得 50万元。", out.get(national + 1));
        assertTrue(out.contains("  孵化器升省级奖励：不予 0元"), upgrade.out());
    }

    @Test
    void evalWithJsonOutput(@TempDir Path temp) throws IOException {
        String facts = """
                {"经认定的科技型中小企业": false, "经认定的高新技术企业": true, "经营规模": "符合认定标准",
                 "年度研发投入额": "900万元", "上年度研发投入额": "500万元"}
                """;
        Run run = eval(temp, facts, "--clause", "十四", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals(14, root.path("clause").asInt());
        JsonNode result = root.path("results").path(0);
        assertEquals("研发投入补助", result.path("calculator").asText());
        // 新增 400万元 × 5% = 20万元, a ceiling (按不超过).
        assertEquals("CEILING", result.path("kind").asText());
        assertEquals("200000.00", result.path("amount").asText());
        assertTrue(result.path("explanation").asText().contains("依据第十四条"), result.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // facts                                                   | what the message must name
            "{\"年度研发投入\": \"700万元\"}                              | 年度研发投入",
            "{\"年度研发投入额\": -5}                                      | 年度研发投入额",
            "{\"年度研发投入额\": \"-5万元\"}                              | 年度研发投入额",
            "{\"年度研发投入额\": \"abc\"}                                 | 年度研发投入额",
            "{\"年度研发投入额\": \"1e30\"}                                | 年度研发投入额",
            "{\"年度研发投入额\": \"0.001\"}                               | 年度研发投入额",
            "{\"经营规模\": \"很大\"}                                      | 经营规模",
            "{\"经认定的高新技术企业\": \"abc\"}                       | 经认定的高新技术企业"})
    void evalRefusesABadInputNamingIt(String facts, String input, @TempDir Path temp) throws IOException {
        Run run = eval(temp, facts, "--clause", "14");
        assertEquals(1, run.exitCode(), run.err());
        assertNoStackTrace(run);
        assertTrue(run.err().contains("「" + input.strip() + "」"), run.err());
        assertTrue(run.err().contains("第十四条"), run.err());
        assertFalse(run.out().contains("最高可得") || run.out().contains("确定金额"), run.out());
    }

    @Test
    void evalRefusesASubFenAmountNamingIt(@TempDir Path temp) throws IOException {
        Run run = eval(temp, "{\"年度研发投入额\": \"0.001元\"}", "--clause", "14");
        assertEquals(1, run.exitCode(), run.err());
        assertNoStackTrace(run);
        assertTrue(run.err().contains("「年度研发投入额」"), run.err());
        assertTrue(run.err().contains("分"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"年度研发投入额\": ", "[1, 2]", "\"700万元\"", "42"})
    void evalRefusesInputThatIsNotAJsonObject(String facts, @TempDir Path temp) throws IOException {
        Run run = eval(temp, facts, "--clause", "14");
        assertEquals(1, run.exitCode(), run.err());
        assertNoStackTrace(run);
        assertTrue(run.err().contains("JSON"), run.err());
        assertTrue(run.err().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN), run.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // 九 states a budget, 二十 targets, 十一 only measures
            "9  | 第九条没有计算器、认定或合规规则，只有预算，没有可试算的内容；预算见 polc catalog。",
            "20 | 第二十条没有计算器、认定或合规规则，只有目标，没有可试算的内容；目标见 polc catalog；目标用 polc targets 对照实际数核对。",
            "11 | 第十一条没有计算器、认定或合规规则（措施性条款），没有可试算的内容。"})
    void evalOfAClauseWithNothingToComputeSaysWhatItHolds(int clause, String message, @TempDir Path temp) throws IOException {
        Run run = eval(temp, "{}", "--clause", String.valueOf(clause));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(message, run.err().strip());
        assertNoStackTrace(run);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"年度研发投入额\": | 内容没有写完：缺少结尾的 } 或 ]，或者引号没有关上",
            "{'年度研发投入额': 1} | 这里不应出现「'」：键和文字要用英文双引号 \"…\"，各项之间用英文逗号 , 分开，最后一项后面不加逗号",
            "{\"年度研发投入额\": 1,} | 这里不应出现「}」：键和文字要用英文双引号 \"…\"，各项之间用英文逗号 , 分开，最后一项后面不加逗号",
            "{\"年度研发投入额\": 七百万} | 不认识「七百万」：文字要写在英文双引号里，如 \"1200万元\"；是否写 true 或 false"})
    void aJsonSyntaxErrorIsExplainedInChinese(String facts, String reason, @TempDir Path temp) throws IOException {
        Run run = eval(temp, facts, "--clause", "14");
        assertEquals(1, run.exitCode(), run.err());
        String message = run.err().strip();
        assertTrue(message.startsWith("输入不是合法的 JSON（") && message.endsWith(" 列）：" + reason), message);
        // none of Jackson's English
        assertFalse(message.contains("xpected") || message.contains("token") || message.contains("marker"), message);
    }

    @Test
    void evalOfAClauseThatDoesNotExist(@TempDir Path temp) throws IOException {
        Run run = eval(temp, README_FACTS, "--clause", "99");
        assertNotEquals(0, run.exitCode());
        assertNoStackTrace(run);
        assertEquals("找不到第九十九条。", run.err().strip());
    }

    @Test
    void evalWithAClauseNumberThatIsNoNumber(@TempDir Path temp) throws IOException {
        Run run = eval(temp, README_FACTS, "--clause", "abc");
        assertEquals(2, run.exitCode(), run.err());
        assertNoStackTrace(run);
        assertEquals("命令行错误：--clause 应是条款编号，如 14 或 十四，而不是「abc」", run.err().strip());
    }

    // ------------------------------------------------------------ catalog

    @Test
    void theTextCatalogListsRulesBudgetsAndTargets() {
        Run run = Fixtures.cli("catalog", policies());
        assertEquals(0, run.exitCode(), run.err());
        List<String> all = run.out().lines().toList();
        // the document's total over the Parts (policy.pol), and what the Parts listed so far add up to
        assertEquals("预算：上述8个领域政策市级财政2024年预算安排资金 490亿元 除交叉重叠部分外", all.get(0));
        assertTrue(all.get(1).startsWith("预算「上述8个领域政策市级财政2024年预算安排资金」490亿元 除交叉重叠部分外："), run.out());
        // then the document's four facts (policy.pol), each with the clauses that read it
        assertEquals("事实：年度研发投入额（金额）企业申报年度的研发投入总额（原文也写作“年研发投入额”“当年研发投入额”）；第十四条、第十五条用到", all.get(2));
        // 三十 reads it for 有效期内的高新技术企业
        assertEquals("事实：经认定的高新技术企业（是否）企业经认定为高新技术企业，且在有效期内；第十四条、第三十条用到", all.get(5));
        List<String> lines = all.subList(6, all.size());
        // Part 一 first, with the first of its preamble's five targets as part1.pol states them
        assertEquals(List.of("第一部分 扩大有效投资政策（市发改委）", "  目标：2024年 抓好省“千项万亿”重大项目 120个 左右"), lines.subList(0, 2));
        assertTrue(lines.contains("    预算：市财政2024年预算安排 177.1亿元（其中 用于市属学校、公立医院、文化体育等民生设施建设资金 22亿元，"
                + "城市路网、环境卫生、污水管网有机更新等城市基础设施建设资金 32.8亿元，水利、园林文物等建设资金 5.5亿元，"
                + "城市轨道交通、铁路建设等重大项目资金 66.8亿元，支持政府产业基金和国有企业改革发展资金 50亿元）"), run.out());
        lines = lines.subList(lines.indexOf("第二部分 科技创新政策（市科技局）"), lines.size());
        // Part 二's three targets, as part2.pol states them
        assertEquals(List.of("第二部分 科技创新政策（市科技局）", "  目标：2024年 争取 研发投入强度 达到 3.95%",
                "  目标：2024年 新增高新技术企业 达到 2000家", "  目标：2024年 高新技术产业增加值占规上工业增加值的比重 达 70%"),
                lines.subList(0, 4));
        assertTrue(lines.contains("    预算：市财政2024年预算安排 112.1亿元（其中 支持重大科创平台、“三名”工程和高校建设资金 54.2亿元，"
                + "支持科技成果转化首选地建设、科技企业培育、重点研发计划资助等资金 10亿元，人才引育培养资金 47.9亿元）"), run.out());
        int ten = lines.indexOf("  第十条 打造高水平科创平台：省技术创新中心配套");
        assertEquals("    认定：实验室配套补助对象", lines.get(ten + 1), run.out());
        // 十五's two one-off awards say which input the compiler introduced for each
        int fifteen = lines.indexOf("  第十五条 支持企业研发机构、研发总部建设：省重点实验室奖励、海外研发机构奖励、外资研发中心奖励、企业研发总部奖励、总部企业研发补助");
        assertEquals(List.of("    省重点实验室奖励：一次性，另读输入「已获得省重点实验室奖励」（是否），已获得过的不再给予",
                "    企业研发总部奖励：一次性，另读输入「已获得企业研发总部奖励」（是否），已获得过的不再给予"),
                lines.subList(fifteen + 1, fifteen + 3), run.out());
        int twenty = lines.indexOf("  第二十条 增强金融服务科技创新能力");
        assertEquals(List.of("    目标：2024年 力争 科技服务业贷款增速 高于 各项贷款平均增速", "    目标：2024年 力争 “专精特新”板累计入板企业 达 30家"),
                lines.subList(twenty + 1, twenty + 3), run.out());
        // Part 三 (part3.pol): its preamble's target, clause 二十七's four 合规 rules (the first binds an authority)
        // and its target, clause 三十's 认定 and its rule binding the 亩均 evaluation
        int three = lines.indexOf("第三部分 五大产业生态圈建设培育政策（市经信局）");
        assertEquals("  目标：2024年 力争 规上工业增加值 同比增长 5.5%", lines.get(three + 1), run.out());
        int twentySeven = lines.indexOf("  第二十七条 强化工业用地供应服务保障");
        assertEquals(List.of("    合规：工业用地出让比例（约束土地出让主管部门）、工业上楼容积率、工业标准厂房建设协议、工业标准厂房分割转让",
                "    目标：2024年 完成低效工业用地盘活 1.5万亩 以上"), lines.subList(twentySeven + 1, twentySeven + 3), run.out());
        int thirty = lines.indexOf("  第三十条 支持企业高质量发展");
        assertEquals(List.of("    认定：不列入D类的企业", "    合规：亩均综合评价不列入D类（约束亩均综合评价主管部门）"),
                lines.subList(thirty + 1, thirty + 3), run.out());
    }

    @Test
    void catalogAsJson() throws IOException {
        Run run = Fixtures.cli("catalog", "--json", policies());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        JsonNode clauses = root.path("clauses");
        assertTrue(clauses.isArray());
        assertEquals(76, clauses.size()); // 8 + 14 + 10 + 9 + 5 + 7 + 15 + 8

        // Part 一 (part1.pol): clauses 一 to 八, led by 市发改委
        String part1 = Files.readString(Fixtures.policies().resolve("hangzhou2024/part1.pol"), StandardCharsets.UTF_8);
        for (int i = 0; i < 8; i++) {
            JsonNode c = clauses.get(i);
            assertEquals(i + 1, c.path("number").asInt(), "clause " + (i + 1));
            assertEquals(1, c.path("part").asInt(), "clause " + (i + 1));
            assertEquals("市发改委", c.path("lead").asText(), "clause " + (i + 1));
            assertTrue(part1.contains("原文 “" + c.path("text").asText() + "”\n"), "clause " + (i + 1) + " text is not the 原文 of part1.pol");
        }

        String part2 = Files.readString(Fixtures.policies().resolve("hangzhou2024/part2.pol"), StandardCharsets.UTF_8);
        String[] numerals = {"九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二"};
        for (int i = 0; i < 14; i++) {
            JsonNode c = clauses.get(i + 8);
            String where = "clause " + (i + 9);
            assertEquals(i + 9, c.path("number").asInt(), where);
            assertTrue(c.path("number").isInt(), where);
            assertTrue(part2.contains("条款 " + numerals[i] + " " + c.path("title").asText() + "\n"), where + " title " + c.path("title"));
            assertEquals(2, c.path("part").asInt(), where);
            assertEquals("市科技局", c.path("lead").asText(), where);
            assertEquals("2024-01-01", c.path("validFrom").asText(), where);
            assertEquals("2024-12-31", c.path("validTo").asText(), where);
            String text = c.path("text").asText();
            assertFalse(text.isEmpty(), where);
            assertTrue(part2.contains("原文 “" + text + "”\n"), where + " text is not the 原文 of part2.pol");
            assertTrue(c.path("calculators").isArray(), where);
            for (JsonNode k : c.path("calculators")) {
                assertTrue(k.path("inputs").isArray() && k.path("inputs").size() > 0, where + " " + k.path("name"));
                assertTrue(k.has("cap"), where + " " + k.path("name"));
                assertTrue(k.path("cap").isNull() || k.path("cap").asText().matches("\\d+\\.\\d\\d"), where + " " + k.path("cap"));
            }
        }

        JsonNode clause14 = clauses.get(13);
        assertEquals("更大力度实施企业研发投入补助政策", clause14.path("title").asText());
        assertTrue(clause14.path("text").asText().startsWith("扩大企业研发投入补助政策覆盖面"));
        JsonNode subsidy = clause14.path("calculators").get(0);
        assertEquals("研发投入补助", subsidy.path("name").asText());
        assertEquals("3000000.00", subsidy.path("cap").asText());
        List<String> inputs = new ArrayList<>();
        subsidy.path("inputs").forEach(i -> inputs.add(i.path("name").asText()));
        // The document's facts first, in the order policy.pol declares them, then the clause's own input.
        assertEquals(List.of("年度研发投入额", "上年度研发投入额", "经认定的科技型中小企业", "经认定的高新技术企业", "经营规模"), inputs);
        List<Boolean> documentFacts = new ArrayList<>();
        subsidy.path("inputs").forEach(i -> documentFacts.add(i.path("documentFact").asBoolean()));
        assertEquals(List.of(true, true, true, true, false), documentFacts);

        // 一次性: 十五's 省重点实验室奖励 reads its own input and the input the compiler introduced, last
        JsonNode laboratory = clauses.get(14).path("calculators").get(0);
        assertEquals("省重点实验室奖励", laboratory.path("name").asText());
        assertEquals("一次性", laboratory.path("frequency").asText());
        List<String> labInputs = new ArrayList<>();
        laboratory.path("inputs").forEach(i -> labInputs.add(i.path("name").asText() + "：" + i.path("type").asText()));
        assertEquals(List.of("新获批的企业牵头建设的省重点实验室：boolean", "已获得省重点实验室奖励：boolean"), labInputs);
        JsonNode received = laboratory.path("inputs").get(1);
        assertEquals("省重点实验室奖励", received.path("oneOffOf").asText(), received.toString());
        assertEquals("申请人此前（往年或以前的申请中）已获得过「省重点实验室奖励」；省重点实验室奖励是一次性奖励，已获得过的不再给予",
                received.path("meaning").asText());
        assertFalse(laboratory.path("inputs").get(0).has("oneOffOf"));

        // The vocabulary of facts: 年度研发投入额 is read by 十四 (研发投入补助) and 十五 (研发总部, 总部企业).
        JsonNode facts = root.path("policies").get(0).path("facts");
        JsonNode spending = facts.get(0);
        assertEquals("年度研发投入额", spending.path("name").asText());
        assertEquals("money", spending.path("type").asText());
        assertTrue(spending.path("meaning").asText().startsWith("企业申报年度的研发投入总额"), spending.toString());
        List<Integer> readBy = new ArrayList<>();
        spending.path("clauses").forEach(c -> readBy.add(c.asInt()));
        assertEquals(List.of(14, 15), readBy);

        JsonNode clause9 = clauses.get(8);
        JsonNode budget = clause9.path("budgets").get(0);
        assertEquals("11210000000.00", budget.path("total").asText());
        List<String> amounts = new ArrayList<>();
        budget.path("items").forEach(i -> amounts.add(i.path("amount").asText()));
        assertEquals(List.of("5420000000.00", "1000000000.00", "4790000000.00"), amounts);

        // clause 二: 177.1亿元 = 22 + 32.8 + 5.5 + 66.8 + 50 亿元
        JsonNode clause2budget = clauses.get(1).path("budgets").get(0);
        assertEquals("17710000000.00", clause2budget.path("total").asText());
        List<String> items = new ArrayList<>();
        clause2budget.path("items").forEach(i -> items.add(i.path("amount").asText()));
        assertEquals(List.of("2200000000.00", "3280000000.00", "550000000.00", "6680000000.00", "5000000000.00"), items);
        // Part 三 (part3.pol): clauses 二十三 to 三十二, led by 市经信局, each 原文 as part3.pol writes it
        String part3 = Files.readString(Fixtures.policies().resolve("hangzhou2024/part3.pol"), StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            JsonNode c = clauses.get(i + 22);
            assertEquals(i + 23, c.path("number").asInt(), "clause " + (i + 23));
            assertEquals(3, c.path("part").asInt(), "clause " + (i + 23));
            assertEquals("市经信局", c.path("lead").asText(), "clause " + (i + 23));
            assertTrue(part3.contains("原文 “" + c.path("text").asText() + "”\n"), "clause " + (i + 23) + " text is not the 原文 of part3.pol");
        }
        // clause 二十三: 26.7亿元 = 7.1 + 9.6 + 10 亿元
        JsonNode clause23budget = clauses.get(22).path("budgets").get(0);
        assertEquals("市财政2024年预算安排", clause23budget.path("name").asText(), clause23budget.toString());
        assertEquals("2670000000.00", clause23budget.path("total").asText());
        List<String> items23 = new ArrayList<>();
        clause23budget.path("items").forEach(i -> items23.add(i.path("amount").asText()));
        assertEquals(List.of("710000000.00", "960000000.00", "1000000000.00"), items23);
    }

    @Test
    void clauseFiftyThreeRecordsTheProvincialFundPerYearAndTheTargetBasedOnIt() throws IOException {
        // 省 2023—2025 年每年 5.5 亿元: three years, 3 × 5.5亿元 = 16.5亿元 in all; the target's 2024 amount is 5.5亿元 and
        // 40% of it is 2.2亿元, exact
        Run text = Fixtures.cli("catalog", policies());
        assertEquals(0, text.exitCode(), text.err());
        List<String> lines = text.out().lines().toList();
        int fiftyThree = lines.indexOf("  第五十三条 大力吸引和利用高质量外资");
        assertEquals(List.of("    预算：省级外资招引激励资金（由省安排） 2023年至2025年 每年 5.5亿元，3年合计 16.5亿元",
                "    目标：2024年 力争 杭州项目获取省级外资招引激励资金 达到 预算 省级外资招引激励资金 的 40% 以上"
                        + "（目标数：省级外资招引激励资金 2024年 5.5亿元 的 40%，即 2.2亿元）"),
                lines.subList(fiftyThree + 1, fiftyThree + 3), text.out());
        Run run = Fixtures.cli("catalog", "--json", policies());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode clause = root.path("clauses").get(52);
        assertEquals(53, clause.path("number").asInt());
        JsonNode fund = clause.path("budgets").get(0);
        assertEquals("省级外资招引激励资金", fund.path("name").asText());
        assertEquals("省", fund.path("source").asText());
        assertEquals("1650000000.00", fund.path("total").asText());
        assertEquals("16.5亿元", fund.path("totalText").asText());
        JsonNode period = fund.path("period");
        assertEquals(2023, period.path("from").asInt());
        assertEquals(2025, period.path("to").asInt());
        assertEquals(3, period.path("years").asInt());
        assertEquals("550000000.00", period.path("perYear").asText());
        assertEquals("5.5亿元", period.path("perYearText").asText());
        JsonNode goal = clause.path("targets").get(0).path("goals").get(0);
        assertEquals("省级外资招引激励资金", goal.path("budget").asText());
        assertEquals(2024, goal.path("budgetYear").asInt());
        assertEquals("5.5", goal.path("budgetAmountValue").asText());
        assertEquals("亿元", goal.path("budgetAmountUnit").asText());
        assertEquals("40", goal.path("factorValue").asText());
        assertEquals("2.2", goal.path("thresholdValue").asText());
        assertEquals("亿元", goal.path("thresholdUnit").asText());
        assertTrue(goal.path("comparedWith").isMissingNode(), goal.toString());
        // a budget the text states as one sum has neither
        JsonNode clause47 = root.path("clauses").get(46).path("budgets").get(0);
        assertTrue(clause47.path("source").isNull() && clause47.path("period").isNull(), clause47.toString());
        // the 490亿元 total counts budgets by their label only: Part 六 lists 四十七's 6亿元, never the provincial fund
        JsonNode listed = root.path("policies").get(0).path("partBudgets").get(0).path("listed");
        assertEquals(6, listed.get(5).path("part").asInt());
        assertEquals("600000000.00", listed.get(5).path("total").asText());
    }

    @Test
    void catalogGivesATargetsValueInItsWrittenUnit(@TempDir Path temp) throws IOException {
        // item 11: 6万亩 is "6" beside "万亩", never "60000" beside "万亩"; likewise 亿美元, 分 and %
        Path file = writePolicy(temp, """
                部分 一 测试部分
                  目标 2024年 全市计划供应各类建设用地 6万亩
                  目标 2024年 实际利用外资 80亿美元
                  目标 2024年 交易成本每千瓦时同比下降 1分 以上
                  目标 2024年 研发投入强度 达到 3.95%
                条款 一 测试条款
                  原文 “测试”
                """);
        Run run = Fixtures.cli("catalog", "--json", file.getParent().toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode targets = JSON.readTree(run.out()).path("policies").get(0).path("parts").get(0).path("targets");
        List<String> pairs = new ArrayList<>();
        targets.forEach(t -> pairs.add(t.path("goals").get(0).path("value").asText() + " " + t.path("goals").get(0).path("unit").asText()));
        assertEquals(List.of("6 万亩", "80 亿美元", "1 分", "3.95 %"), pairs);
    }

    @Test
    void targetsOfPartTwoAgainstTheExampleActuals() throws IOException {
        Run run = Fixtures.cli("targets", "--actuals", Fixtures.projectRoot().resolve("examples/targets-part2.json").toString(), policies());
        // one target is 未达成 (1985家 of 2000家): exit code 4
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.out().contains("目标 2024年 新增高新技术企业 达到 2000家：未达成，差额 -15家"), run.out());
        // Part 一's 17, Part 三's 11, Part 四's 4, Part 五's 5, Part 六's 24, Part 七's 30 and Part 八's 16 targets get no actual figure from this file
        assertTrue(run.out().contains("共 112 个目标：达成 3 个，在容差内 0 个，未达成 1 个，未提供实际值 108 个。"), run.out());
        Run json = Fixtures.cli("targets", "--json", "--actuals", Fixtures.projectRoot().resolve("examples/targets-part2.json").toString(), policies());
        // Part 一 comes first; the first target of Part 二 is 研发投入强度
        JsonNode first = null;
        for (JsonNode t : JSON.readTree(json.out()).path("targets")) {
            if (t.path("scope").asText().equals("第二部分")) {
                first = t;
                break;
            }
        }
        assertNotNull(first, json.out());
        assertEquals("MET", first.path("status").asText());
        assertEquals("0.01", first.path("margin").asText());
        assertEquals("%", first.path("marginUnit").asText());
    }

    @Test
    void targetsOfPartsOneToThreeInOneActualsFile() {
        // examples/targets-parts1-3.json joins the three illustrative files: the Parts' own results add up —
        // met 12 + 3 + 7, within tolerance 1 + 0 + 1, not met 4 + 1 + 3; Part 二's “专精特新”板 target and Parts 四–八's 4 + 5 + 24 + 30 + 16 have no figure
        Run run = Fixtures.cli("targets", "--actuals", Fixtures.projectRoot().resolve("examples/targets-parts1-3.json").toString(), policies());
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.out().contains("共 112 个目标：达成 22 个，在容差内 2 个，未达成 8 个，未提供实际值 80 个。"), run.out());
        assertNoStackTrace(run);
    }

    @Test
    void targetsOfPartOneAgainstTheExampleActuals() {
        // examples/targets-part1.json: illustrative figures; expected lines worked out from the text and the figures
        Run run = Fixtures.cli("targets", "--actuals", Fixtures.projectRoot().resolve("examples/targets-part1.json").toString(), policies());
        // 2150亿元 < 2200亿元 and three more miss: exit code 4
        assertEquals(4, run.exitCode(), run.err());
        String out = run.out();
        // 120个左右, the header's 相差 5% 以内 = 6个: 116个 is 4 short, within
        assertTrue(out.contains("目标 2024年 抓好省“千项万亿”重大项目 120个 左右：在容差内，差额 -4个"), out);
        assertTrue(out.contains("目标 2024年 市重点项目完成投资 2200亿元 以上：未达成，差额 -50亿元"), out);
        // (6180 − 6000) ÷ 6000 = 3% exactly: 增长3% is met
        assertTrue(out.contains("目标 2024年 固定资产投资 增长 3%：达成，差额 0个百分点"), out);
        // 全省 500亿元 × 10% = 50亿元; 52亿元 is 2亿元 over
        assertTrue(out.contains("的 10% 以上：达成，差额 +2亿元"), out);
        // 58000亩 against 6万亩: 0.2万亩 short (units of one kind convert exactly)
        assertTrue(out.contains("目标 2024年 全市计划供应各类建设用地 6万亩：未达成，差额 -0.2万亩"), out);
        assertTrue(out.contains("目标 2024年 全市保障建设项目使用林地 8000亩 以上：达成，差额 0亩"), out);
        // 新增能耗 100万吨标准煤 × 70% = 70万吨标准煤; 69万吨标准煤 is 1万吨标准煤 short
        assertTrue(out.contains("目标 2024年 支持民间投资项目的新增能耗 不低于 新增能耗 的 70%：未达成，差额 -1万吨标准煤"), out);
        assertTrue(out.contains("目标 2024年 力争 市场化交易每千瓦时交易成本同比下降额 1分 以上：达成，差额 +0.2分"), out);
        assertTrue(out.contains("目标 2024年 力争 市属国企完成投资 1000亿元：达成，差额 +3亿元"), out);
        // 17 targets of Part 一 given figures: 12 met, 1 within tolerance, 4 not met; the other Parts' 5 + 11 + 4 + 5 + 24 + 30 + 16 = 95 have none
        assertTrue(out.contains("共 112 个目标：达成 12 个，在容差内 1 个，未达成 4 个，未提供实际值 95 个。"), out);
    }

    @Test
    void targetsOfPartThreeAgainstTheExampleActuals() {
        // examples/targets-part3.json: illustrative figures; expected lines worked out from the text and the figures
        Run run = Fixtures.cli("targets", "--actuals", Fixtures.projectRoot().resolve("examples/targets-part3.json").toString(), policies());
        // 12家 of 15家 and two more miss: exit code 4
        assertEquals(4, run.exitCode(), run.err());
        String out = run.out();
        // (6360 − 6000) ÷ 6000 = 6%: 0.5 percentage points above 同比增长 5.5%
        assertTrue(out.contains("目标 2024年 力争 规上工业增加值 同比增长 5.5%：达成，差额 +0.5个百分点"), out);
        assertTrue(out.contains("目标 确保 投向民间投资项目比重 达到 75% 以上：达成，差额 +1.3个百分点"), out);
        // 800亿元左右, the header's 相差 5% 以内 = 40亿元: 772亿元 is 28亿元 short, within
        assertTrue(out.contains("目标 2024年 力争 新增制造业中长期贷款 800亿元 左右：在容差内，差额 -28亿元"), out);
        assertTrue(out.contains("目标 2024年 力争 新增上市公司 15家：未达成，差额 -3家"), out);
        // 15800亩 against 1.5万亩: 800亩 = 0.08万亩 over
        assertTrue(out.contains("目标 2024年 完成低效工业用地盘活 1.5万亩 以上：达成，差额 +0.08万亩"), out);
        // (6020 − 5600) ÷ 5600 = 420 ÷ 5600 = 7.5% exactly: 以上 includes it
        assertTrue(out.contains("目标 2024年 确保 数字经济核心产业增加值 增长 7.5% 以上：达成，差额 0个百分点"), out);
        assertTrue(out.contains("目标 2024年 新增市级数字化车间培育企业 50家：未达成，差额 -3家"), out);
        assertTrue(out.contains("目标 2024年 力争 规上工业企业数字化改造覆盖率 达到 85% 以上：未达成，差额 -0.4个百分点"), out);
        // Part 三's 11 targets given figures: 7 met, 1 within tolerance, 3 not met; the other Parts' 17 + 5 + 4 + 5 + 24 + 30 + 16 = 101 have none
        assertTrue(out.contains("共 112 个目标：达成 7 个，在容差内 1 个，未达成 3 个，未提供实际值 101 个。"), out);
    }

    @Test
    void targetsOfPartFourAgainstTheExampleActuals() {
        // examples/targets-part4.json: illustrative figures; expected lines worked out from the text and the figures
        Run run = Fixtures.cli("targets", "--actuals", Fixtures.projectRoot().resolve("examples/targets-part4.json").toString(), policies());
        // 4家 of 5家 misses: exit code 4
        assertEquals(4, run.exitCode(), run.err());
        String out = run.out();
        // (10560 − 10000) ÷ 10000 = 5.6%: 0.1 percentage points above 增长 5.5% 以上
        assertTrue(out.contains("目标 2024年 确保 服务业增加值 增长 5.5% 以上：达成，差额 +0.1个百分点"), out);
        assertTrue(out.contains("目标 建设现代服务业创新发展区 18个：达成，差额 0个"), out);
        assertTrue(out.contains("目标 力争 培育建设省级工业设计中心 5家：未达成，差额 -1家"), out);
        // 2个 is the upper end of 1~2个, which the range includes
        assertTrue(out.contains("目标 培育引领区域发展的视听产业基地 1~2个：达成，差额 0个"), out);
        // Part 四's 4 targets given figures: 3 met, 1 not met; the other Parts' 17 + 5 + 11 + 5 + 24 + 30 + 16 = 108 have none
        assertTrue(out.contains("共 112 个目标：达成 3 个，在容差内 0 个，未达成 1 个，未提供实际值 108 个。"), out);
    }

    @Test
    void targetsOfPartFiveAgainstTheExampleActuals() {
        // examples/targets-part5.json: illustrative figures; expected lines worked out from the text and the figures
        Run run = Fixtures.cli("targets", "--actuals", Fixtures.projectRoot().resolve("examples/targets-part5.json").toString(), policies());
        // 1条 of 2条 and two more miss: exit code 4
        assertEquals(4, run.exitCode(), run.err());
        String out = run.out();
        // 512亿元 against 500亿元 (no comparison word: 达到)
        assertTrue(out.contains("目标 力争 完成综合交通投资 500亿元：达成，差额 +12亿元"), out);
        assertTrue(out.contains("目标 2024年 力争 新开辟洲际航线 2条：未达成，差额 -1条"), out);
        // 疫情前 2000个 × 90% = 1800个; 1760个 is 40个 short
        assertTrue(out.contains("目标 2024年 力争 境外航班数 达到 疫情前境外航班数 的 90%：未达成，差额 -40个"), out);
        assertTrue(out.contains("目标 2024年 实施农村公路新（改）建 115公里：达成，差额 +3公里"), out);
        assertTrue(out.contains("目标 2024年 实施农村公路养护工程 677公里：未达成，差额 -27公里"), out);
        // Part 五's 5 targets given figures: 2 met, 3 not met; the other Parts' 33 + 4 + 24 + 30 + 16 = 107 have none
        assertTrue(out.contains("共 112 个目标：达成 2 个，在容差内 0 个，未达成 3 个，未提供实际值 107 个。"), out);
    }

    @Test
    void theTollOfClauseFortyFiveIsAPaymentAtSixtyFivePercentOrFree(@TempDir Path temp) throws IOException {
        // 1.01元 × 65% = 0.6565元, rounded half up to 0.66元; worded as what the truck pays, not a grant
        Run run = eval(temp, """
                {"国标标准集装箱运输车辆": true, "符合国家鲜活农产品运输绿色通道政策": false, "按标准应收的通行费": "1.01元"}
                """, "--clause", "四十五");
        assertEquals(0, run.exitCode(), run.err());
        assertNoStackTrace(run);
        assertTrue(run.out().contains("  车辆通行费：应缴 0.66元"), run.out());
        assertFalse(run.out().contains("给予"), run.out());
        Run free = eval(temp, """
                {"国标标准集装箱运输车辆": true, "符合国家鲜活农产品运输绿色通道政策": true, "按标准应收的通行费": "1000元"}
                """, "--clause", "四十五");
        assertEquals(0, free.exitCode(), free.err());
        assertTrue(free.out().contains("  车辆通行费：免费 0元"), free.out());
        assertTrue(free.out().contains("免费：国家鲜活农产品运输“绿色通道”免费政策"), free.out());
    }

    @Test
    void targetsOfPartSixAgainstTheExampleActuals() {
        // examples/targets-part6.json: illustrative figures; expected lines worked out from the text and the figures
        Run run = Fixtures.cli("targets", "--actuals", Fixtures.projectRoot().resolve("examples/targets-part6.json").toString(), policies());
        assertEquals(4, run.exitCode(), run.err());
        String out = run.out();
        // (7560 − 7200) ÷ 7200 = 5% exactly: 以上 includes it
        assertTrue(out.contains("目标 2024年 社会消费品零售总额 增长 5% 以上：达成，差额 0个百分点"), out);
        // (2140 − 2000) ÷ 2000 = 7%: 1 point above 6%
        assertTrue(out.contains("目标 2024年 服务贸易出口 增长 6%：达成，差额 +1个百分点"), out);
        // 美元 stay 美元: 81.5 − 80 = 1.5亿美元, 17.2 − 18 = −0.8亿美元
        assertTrue(out.contains("目标 2024年 实际利用外资 80亿美元：达成，差额 +1.5亿美元"), out);
        assertTrue(out.contains("目标 2024年 制造业实际利用外资 18亿美元：未达成，差额 -0.8亿美元"), out);
        // 不少于 150个 includes 150个; 100个 以上 is missed by 96个
        assertTrue(out.contains("目标 2024年 组织外贸团组 不少于 150个：达成，差额 0个"), out);
        assertTrue(out.contains("目标 2024年 参加境外展会 100个 以上：未达成，差额 -4个"), out);
        // “各2条” is two targets: 2条 of 步行街 met, 1条 of 商业特色街 not
        assertTrue(out.contains("目标 2024年 创建省级高品质步行街 2条：达成，差额 0条"), out);
        assertTrue(out.contains("目标 2024年 创建省级商业特色街 2条：未达成，差额 -1条"), out);
        // 翻番 = 2倍 of the previous fair: 800家 × 2 = 1600家, 1500家 is 100家 short; 7万平方米 × 2 = 14万平方米 exactly
        assertTrue(out.contains("目标 参展企业 达到 上届参展企业 的 2倍：未达成，差额 -100家"), out);
        assertTrue(out.contains("目标 展馆面积 达到 上届展馆面积 的 2倍：达成，差额 0万平方米"), out);
        // the base is the text's own figure, the provincial fund's 2024 amount (2023—2025年 每年 5.5亿元), so the actuals
        // give only Hangzhou's figure: 5.5亿元 × 40% = 2.2亿元 exactly, and 以上 includes it
        assertTrue(out.contains("目标 2024年 力争 杭州项目获取省级外资招引激励资金 达到 预算 省级外资招引激励资金 的 40% 以上：达成，差额 0亿元"), out);
        assertTrue(out.contains("依据第五十三条：目标「杭州项目获取省级外资招引激励资金 达到 预算 省级外资招引激励资金 的 40% 以上」：实际 2.2亿元"
                + "（省级外资招引激励资金 2024年 5.5亿元 的 40%，即 2.2亿元），恰好等于 2.2亿元，达成。"), out);
        // of the nine projects, 0.99亿美元 and 0.8亿美元 are under 1亿美元: 7 of 8
        assertTrue(out.contains("目标 2024年 争取 落地外资大项目（1亿美元 以上） 8个：未达成，差额 -1个"), out);
        // Part 六's 24 targets (preamble 5, 四十八 3, 四十九 6, 五十 2, 五十一 6, 五十三 2) all given figures: 15 met, 9 not;
        // the 33 of Parts 一–三, the 4 + 5 of Parts 四 and 五, the 30 of Part 七 and the 16 of Part 八 have none
        assertTrue(out.contains("共 112 个目标：达成 15 个，在容差内 0 个，未达成 9 个，未提供实际值 88 个。"), out);
    }

    @Test
    void targetsOfPartEightAgainstTheExampleActuals() {
        // examples/targets-part8.json: illustrative figures; expected lines worked out from the text and the figures
        Run run = Fixtures.cli("targets", "--actuals", Fixtures.projectRoot().resolve("examples/targets-part8.json").toString(), policies());
        assertEquals(4, run.exitCode(), run.err());
        String out = run.out();
        // 三分之二 against a share in per cent is compared in per cent: 66.6% − 66.666…% = −1/15 个百分点,
        // exactly; said as −0.066666… (six decimals, cut)
        assertTrue(out.contains("目标 2024年 确保 一般公共预算支出用于民生领域的比重 达到 三分之二：未达成，差额 -0.066666…个百分点"), out);
        // shares given as exact fractions: 11/13 − 85% = (220 − 221)/260 = −1/260, i.e. −100/260 = −5/13 个百分点;
        // 12/13 − 85% = (240 − 221)/260 = 19/260, i.e. +1900/260 = +95/13 个百分点
        // said to six decimals, cut: 5/13 = 0.3846153…, 95/13 = 7.3076923…
        assertTrue(out.contains("目标 2024年 通过国家学前教育普及普惠县省级评估的县的比重 达到 85%：未达成，差额 -0.384615…个百分点"), out);
        assertTrue(out.contains("目标 2024年 通过国家义务教育优质均衡县省级评估的县的比重 达到 85%：达成，差额 +7.307692…个百分点"), out);
        // 90.5% − 90% = 0.5个百分点, 以上 met
        assertTrue(out.contains("目标 2024年 持有居住证的义务教育段随迁子女就读公办学校比例 达到 90% 以上：达成，差额 +0.5个百分点"), out);
        // 138.2万人 − 135万人 = 3.2万人
        assertTrue(out.contains("目标 2024年 完成参保城乡居民免费健康体检 135万人：达成，差额 +3.2万人"), out);
        // 不少于 100万平方米 includes 100万平方米
        assertTrue(out.contains("目标 2024年 新开工保障性住房 不少于 100万平方米：达成，差额 0万平方米"), out);
        // “260个、2542栋” is two targets: 265个 is 5个 over, 2530栋 is 12栋 short
        assertTrue(out.contains("目标 2024年 新开工改造城镇老旧小区 260个：达成，差额 +5个"), out);
        assertTrue(out.contains("目标 2024年 新开工改造城镇老旧小区楼栋 2542栋：未达成，差额 -12栋"), out);
        // 74.8% misses 75% 以上 by 0.2个百分点; 70% is exactly 70% 以上
        assertTrue(out.contains("目标 2024年 助餐服务城乡社区覆盖率 达到 75% 以上：未达成，差额 -0.2个百分点"), out);
        assertTrue(out.contains("目标 2024年 康养联合体乡镇（街道）覆盖率 达到 70% 以上：达成，差额 0个百分点"), out);
        // 859万 has no unit in the text and is read as people: 861.5万人 − 859万人 = 2.5万人
        assertTrue(out.contains("目标 2024年 长期护理保险参保人数 达到 859万人：达成，差额 +2.5万人"), out);
        // 人次 and 人 are different counts: 672人次 is 8人次 short of 680人次
        assertTrue(out.contains("目标 2024年 康复救助孤独症儿童 680人次：未达成，差额 -8人次"), out);
        // 5200万元 − 5000万元 = 200万元
        assertTrue(out.contains("目标 2024年 慈善信托规模新增 5000万元：达成，差额 +200万元"), out);
        // Part 八's 16 targets (preamble 1, 七十二 3, 七十三 1, 七十四 3, 七十五 4, 七十六 4) all given figures: 11 met, 5 not
        // (the preamble's share, 学前教育 11/13, 楼栋, 助餐 and 孤独症儿童); there is no 约数 in Part 八, so none is within tolerance;
        // Parts 一–七's 66 + 30 = 96 have none
        assertTrue(out.contains("共 112 个目标：达成 11 个，在容差内 0 个，未达成 5 个，未提供实际值 96 个。"), out);
    }

    @Test
    void targetsOfPartSevenAgainstTheExampleActuals() {
        // examples/targets-part7.json: illustrative figures; expected lines worked out from the text and the figures
        Run run = Fixtures.cli("targets", "--actuals", Fixtures.projectRoot().resolve("examples/targets-part7.json").toString(), policies());
        assertEquals(4, run.exitCode(), run.err());
        String out = run.out();
        // 且: 85万元 meets 80万元 以上 (+5万元) but 48万元 misses 50万元 以上 (−2万元), so the whole target is not met
        assertTrue(out.contains("目标 2024年 行政村集体经济总收入 80万元 以上 且 行政村经营性收入 50万元 以上：未达成\n"), out);
        assertTrue(out.contains("目标「行政村经营性收入 50万元 以上」：实际 48万元，差 2万元，未达成；合起来未达成。"), out);
        // 持续增长 / 稳步提高 against last year's figure: 86% − 80% = 6 points; 52000户 equal to last year is not 高于
        assertTrue(out.contains("目标 2024年 “农户家庭资产负债表融资模式”建档覆盖面 高于 上年建档覆盖面：达成，差额 +6个百分点"), out);
        assertTrue(out.contains("目标 2024年 授信户数 高于 上年授信户数：未达成，差额 0户"), out);
        // 13.2% − 11.8% = 1.4 points
        assertTrue(out.contains("目标 2024年 山区四县贷款增速 高于 各项贷款平均增速：达成，差额 +1.4个百分点"), out);
        // 不少于 7000亩 includes 7000亩; 4.8万亩 is 0.2万亩 short of 5万亩
        assertTrue(out.contains("目标 2024年 实现耕地垦造和功能恢复 不少于 7000亩：达成，差额 0亩"), out);
        assertTrue(out.contains("目标 2024年 完成“百千万”永久基本农田集中连片整治 不少于 5万亩：未达成，差额 -0.2万亩"), out);
        // the two 4万亩 are two targets; 41000亩 = 4.1万亩 is 0.1万亩 over (units of one kind convert exactly)
        assertTrue(out.contains("目标 2024年 改造提升高标准农田（含粮食生产功能区） 4万亩：达成，差额 0万亩"), out);
        assertTrue(out.contains("目标 2024年 实施提标改造市级高标准农田（含粮食生产功能区） 4万亩：达成，差额 +0.1万亩"), out);
        // 4400亩 is 100亩 short of 4500亩 以上
        assertTrue(out.contains("目标 2024年 落实叶菜应急生产 4500亩 以上：未达成，差额 -100亩"), out);
        // the two 30个 of 六十: 31 特色村 (+1), 28 未来乡村 (−2)
        assertTrue(out.contains("目标 新启动市级美丽乡村特色村 30个：达成，差额 +1个"), out);
        assertTrue(out.contains("目标 新启动市级未来乡村 30个：未达成，差额 -2个"), out);
        // 达 70% 以上 includes 70%
        assertTrue(out.contains("目标 确保 全市水稻主导品种覆盖率 达 70% 以上：达成，差额 0个百分点"), out);
        // 超 10亿元 excludes 10亿元 and 9亿元: 12, 15, 10.5, 11, 30, 10.01, 13, 18, 25 count, 9 of 10
        assertTrue(out.contains("目标 新建“土特产”全产业链（年产值 超过 10亿元） 10条：未达成，差额 -1条"), out);
        // 63.5 − 60 = 3.5亿元
        assertTrue(out.contains("目标 县城综合承载能力提升重大项目完成投资 60亿元 以上：达成，差额 +3.5亿元"), out);
        // Part 七's 30 targets (preamble 1, 五十五 3, 五十六 4, 五十七 5, 五十八 2, 五十九 3, 六十 4, 六十一 3, 六十二 3, 六十五 2)
        // all given figures: 22 met, 8 not (the preamble, 授信户数, 百千万, 绿色农田 2 of 3, 叶菜, 未来乡村, 示范园 19 of 20,
        // 全产业链); the 66 of Parts 一–六 and the 16 of Part 八 have none; no 约/左右 target in Part 七, so none is within tolerance
        assertTrue(out.contains("共 112 个目标：达成 22 个，在容差内 0 个，未达成 8 个，未提供实际值 82 个。"), out);
    }

    @Test
    void clauseFiftyFiveGuaranteeFeeRuleIncludesOnePercent(@TempDir Path temp) throws IOException {
        // 以下 includes the number: 1% itself is compliant
        Run at = eval(temp, """
                {"政府性融资担保费率": "1%"}
                """, "--clause", "五十五");
        assertEquals(0, at.exitCode(), at.err());
        assertNoStackTrace(at);
        assertTrue(at.out().contains("  政府性融资担保费率要求：合规\n"), at.out());
        assertTrue(at.out().contains("依据第五十五条：「政府性融资担保费率 1% 以下」成立（政府性融资担保费率 1%）"), at.out());
        // 1.2% is over 1%: not compliant, with the rule's reason
        Run over = eval(temp, """
                {"政府性融资担保费率": "1.2%"}
                """, "--clause", "五十五");
        assertEquals(0, over.exitCode(), over.err());
        assertTrue(over.out().contains("  政府性融资担保费率要求：不合规\n"), over.out());
        assertTrue(over.out().contains("「政府性融资担保费率 1% 以下」不成立（政府性融资担保费率 1.2%）；政府性融资担保费率要求：不合规（政府性融资担保费率须保持在1%以下）。"), over.out());
    }

    @Test
    void clauseFortyEightSubsidyKeepsTheCumulativeCeilingAndTheGuaranteeLineStaysInYuan(@TempDir Path temp) throws IOException {
        Run run = eval(temp, """
                {"出口信用保险投保费": "1000万元", "符合条件的制造业企业": true, "已获出口信用保险资助额": "300万元",
                 "上年度有出口实绩": true, "汇率避险主体类型": "外贸小微企业", "符合汇率避险担保条件": true,
                 "结售汇总额折合人民币": "1000万元"}
                """, "--clause", "四十八");
        assertEquals(0, run.exitCode(), run.err());
        assertNoStackTrace(run);
        String out = run.out();
        // 1000万元 × 65% = 650万元; the ceiling 500万元 less the 300万元 already received leaves 200万元
        assertTrue(out.contains("  出口信用保险资助：最高可得 200万元\n"), out);
        assertTrue(out.contains("按不超过「出口信用保险投保费 × 65%」计 1000万元 × 65% = 650万元；累计最高 500万元（由200万元提高至500万元），已获 300万元，尚余 200万元，按 200万元 计"), out);
        // 1000万元 × 8% = 80万元, in 元: the settlement total is given already converted, no rate is made up
        assertTrue(out.contains("  汇率避险担保保函额度：最高可得 80万元\n"), out);
    }

    @Test
    void theSplitTransferRuleOfClauseTwentySevenIsCompliantByFloorAndSaysWhy(@TempDir Path temp) throws IOException {
        // the acceptance case: each building 2,800㎡ (under 3000平方米) but each floor 1,200㎡ (not under 1000平方米)
        Run run = eval(temp, """
                {"收回收购后经批准建设的工业标准厂房": true, "分割部分为公共配套设施": false,
                 "分割转让每幢面积": "2800平方米", "分割转让每层面积": "1200平方米"}
                """, "--clause", "二十七");
        assertEquals(0, run.exitCode(), run.err());
        assertNoStackTrace(run);
        List<String> lines = run.out().lines().toList();
        int at = lines.indexOf("  工业标准厂房分割转让：合规");
        assertTrue(at >= 0, run.out());
        // each alternative of 或 is stated, then their result: the floor's 1200平方米 is why it is compliant
        assertEquals("    依据第二十七条：「收回收购后经批准建设的工业标准厂房」成立（收回收购后经批准建设的工业标准厂房 是）；"
                + "「非 分割部分为公共配套设施」成立（分割部分为公共配套设施 否）；"
                + "「分割转让每幢面积 不小于 3000平方米」不成立（分割转让每幢面积 2800平方米）；"
                + "「分割转让每层面积 不小于 1000平方米」成立（分割转让每层面积 1200平方米）；"
                + "「分割转让每幢面积 不小于 3000平方米 或 分割转让每层面积 不小于 1000平方米」成立；工业标准厂房分割转让：合规。",
                lines.get(at + 1));
    }

    @Test
    void targetsWithoutTheActualsFileIsACommandLineError(@TempDir Path temp) throws IOException {
        Run run = Fixtures.cli("targets", "--actuals", temp.resolve("none.json").toString(), policies());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("找不到实际数文件"), run.err());
        Run missing = Fixtures.cli("targets", policies());
        assertEquals(2, missing.exitCode());
    }

    // ------------------------------------------------------------ helpers

    private static Run eval(Path temp, String facts, String... options) throws IOException {
        Path input = temp.resolve("facts.json");
        Files.writeString(input, facts, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("eval", "--input", input.toString()));
        args.addAll(List.of(options));
        args.add(policies());
        return Fixtures.cli(args.toArray(String[]::new));
    }

    private static Path writePolicy(Path root, String body) throws IOException {
        Path folder = Files.createDirectories(root.resolve("test"));
        Path file = folder.resolve("test.pol");
        Files.writeString(file, Fixtures.HEADER + body, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    static void assertNoStackTrace(Run run) {
        for (String stream : List.of(run.out(), run.err())) {
            assertFalse(stream.contains("Exception"), stream);
            assertFalse(stream.contains("at org."), stream);
            assertFalse(stream.contains("内部错误"), stream);
        }
        assertNotEquals(3, run.exitCode(), run.err());
    }

    /** An internal error names the innermost place in polc's code, for the bug report, and no stack trace. */
    @Test
    void anInternalErrorNamesWhereInPolcItArose() {
        IllegalStateException inPolc = new IllegalStateException("x");
        assertTrue(Main.where(inPolc).startsWith("（位置：org.polc.cli.CliTest.anInternalErrorNamesWhereInPolcItArose:"), Main.where(inPolc));
        IllegalStateException elsewhere = new IllegalStateException("y");
        elsewhere.setStackTrace(new StackTraceElement[] {new StackTraceElement("java.util.List", "get", "List.java", 1)});
        assertEquals("", Main.where(elsewhere));
        RuntimeException wrapped = new RuntimeException(inPolc);
        wrapped.setStackTrace(new StackTraceElement[0]);
        assertEquals(Main.where(inPolc), Main.where(wrapped), "found in the cause");
    }
}
