package org.polc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polc.testing.Fixtures;
import org.polc.testing.Fixtures.Run;
import org.polc.vocabulary.ChineseNumerals;

/**
 * docs/clauses.md is what {@code polc catalog --markdown policies} prints, the way generated/ is what
 * {@code polc compile} writes: a difference means a .pol was changed without regenerating it.
 */
class ClausesDocTest {

    private static final String HOW = "docs/clauses.md 与 policies/ 不一致。请运行 " + ClauseTable.COMMAND
            + " 重新生成，检查 git diff docs/clauses.md 后与 .pol 一起提交。"
            + " (docs/clauses.md is stale: run " + ClauseTable.COMMAND + ", review the diff, commit it.)";

    private static Run markdown(String policies) {
        Run run = Fixtures.cli("catalog", "--markdown", policies);
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void theCommittedClauseTableIsWhatTheCatalogPrints() throws IOException {
        String committed = Files.readString(Fixtures.projectRoot().resolve("docs/clauses.md"), StandardCharsets.UTF_8);
        String printed = markdown(Fixtures.policies().toString()).out();
        assertEquals(printed, committed, HOW);
    }

    @Test
    void theTableHasEveryClauseOnceInOrderAndEndsWithTheBudgets() {
        String doc = markdown(Fixtures.policies().toString()).out();
        String again = markdown(Fixtures.policies().toString()).out();
        assertEquals(doc, again, "same policies, same bytes");
        assertTrue(!doc.contains("\r"), "lines end with \\n only");
        List<String> rows = doc.lines().filter(l -> l.startsWith("| 第") && l.contains("条 |")).toList();
        assertEquals(76, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(rows.get(i).startsWith("| 第" + ChineseNumerals.format(i + 1) + "条 | "), rows.get(i));
            // five cells: a pipe inside a reading or a title is escaped
            assertEquals(6, Pattern.compile("(?<!\\\\)\\|").matcher(rows.get(i)).results().count(), rows.get(i));
        }
        assertEquals(8, doc.lines().filter(l -> l.matches("## 第[一二三四五六七八]部分 .*")).count());
        // clause 十四 as the README shows it: the calculator with its declared cap, the four document facts
        assertTrue(doc.contains("| 第十四条 | 更大力度实施企业研发投入补助政策 | 补助 研发投入补助（最高 300万元） | "
                + "年度研发投入额、上年度研发投入额、经认定的科技型中小企业、经认定的高新技术企业 | "), doc);
        // the closing section's total, the Parts' sum and the overlap: 569亿元 − 490亿元 = 79亿元
        String last = doc.lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("预算「上述8个领域政策市级财政2024年预算安排资金」490亿元 除交叉重叠部分外"), last);
        assertTrue(last.endsWith("合计 569亿元，隐含交叉重叠 79亿元（569亿元 − 490亿元）。"), last);
    }

    /** A policy of two clauses, each line of its table worked out from the source below. */
    @Test
    void aSmallPolicyBecomesThisTable(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("test");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("test.pol"), """
                政策 测试政策
                  有效期 2024-01-01 至 2024-12-31
                  事实
                    年度营业收入：金额 “企业的年度营业收入”
                部分 一 测试部分
                  牵头单位 甲局、乙局
                  原文 “新增企业10家。”
                  目标 2024年 新增企业 10家
                  # 解读：“新增企业10家”按“达到”
                条款 一 补助条款
                  原文 “营业收入1000万元以上的，按不超过营业收入的1%给予补助，最高100万元。”
                  # 解读：“以上”含本数|“最高”是上限
                  # 第二行_接着
                  补助 测试补助 一次性 最高 100万元，单调 年度营业收入：
                    若 年度营业收入 1000万元 以上 则 按不超过 年度营业收入 × 1% 给予，最高 100万元
                    否则 不予 “营业收入不足1000万元”
                  例 “恰为1000万元”：年度营业收入 1000万元，已获得测试补助 否 ⇒ 测试补助 最高可得 10万元
                条款 二 举措条款
                  原文 “推进工作。”
                  有效期 2024-07-01 至 2024-12-31
                """, StandardCharsets.UTF_8);
        String doc = markdown(temp.toString()).out();
        assertTrue(doc.startsWith("# 条款一览：测试政策\n\n本文件列出《测试政策》全部 2 条条款（1 个部分）"), doc);
        String tail = doc.substring(doc.indexOf("## 文件头的事实"));
        assertEquals("""
                ## 文件头的事实

                | 事实 | 类型 | 含义 | 用到它的条款 |
                | --- | --- | --- | --- |
                | 年度营业收入 | 金额 | 企业的年度营业收入 | 第一条 |

                ## 第一部分 测试部分

                牵头单位：甲局、乙局

                - 目标：2024年 新增企业 10家
                - 解读：“新增企业10家”按“达到”

                | 条款 | 标题 | 内容 | 用到的事实 | 解读 |
                | --- | --- | --- | --- | --- |
                | 第一条 | 补助条款 | 补助 测试补助（最高 100万元，一次性） | 年度营业收入 | “以上”含本数\\|“最高”是上限第二行\\_接着 |
                | 第二条 | 举措条款 | 举措<br>有效期 2024-07-01 至 2024-12-31 |  |  |

                ## 文件头与末段

                - 有效期 2024-01-01 至 2024-12-31：各条款的有效期，条款另写「有效期」的除外

                ## 预算合计

                文件头没有写「除交叉重叠部分外」的总额。
                """, tail);
    }

    @Test
    void jsonAndMarkdownTogetherIsACommandLineError() {
        Run run = Fixtures.cli("catalog", "--json", "--markdown", Fixtures.policies().toString());
        assertEquals(Main.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("命令行错误：--json 与 --markdown 只能选一个\n"), run.err());
    }
}
