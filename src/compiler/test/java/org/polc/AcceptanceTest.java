package org.polc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.testing.Fixtures;
import org.polc.testing.Fixtures.Run;

/**
 * The issue's "done when": a .pol with a unit error, an unknown name, a broken cap and a syntax
 * error gets exactly four error diagnostics, each with its position, source line and caret, via
 * {@code polc check}, exit code 1, and no stack trace.
 */
class AcceptanceTest {

    /** Four clauses, one problem each; the syntax error is a stray mark that ANTLR recovers from. */
    private static final String POLICY = Fixtures.HEADER + """
            部分 二 科技创新政策
              牵头单位 市科技局
            条款 九 单位错误
              原文 “按投入额的 5% 给予补助。”
              输入
                投入额：金额
              补助 甲补助：给予 投入额 × 5% + 5亩
            条款 十 未知名称
              原文 “按投入额的 5% 给予补助，最高不超过投入金额。”
              输入
                投入额：金额
              补助 乙补助：给予 投入额 × 5%，最高 投入金额
            条款 十一 上限错误
              原文 “投入额 1000 万元以上的，按不超过投入额的 10% 给予补助，最高补助 100 万元。”
              输入
                投入额：金额
              补助 丙补助 最高 100万元：
                若 投入额 1000万元 以上 则 按不超过 投入额 × 10% 给予
                否则 不予
            条款 十二 语法错误
              原文 “按投入额的 5% 给予补助。”
              输入
                投入额：金额
              补助 丁补助：给予 投入额 × 5% @
            """;

    private static final Pattern HEADLINE = Pattern.compile("test\\.pol:(\\d+):(\\d+): 错误：(.*)");

    @Test
    void fourProblemsInFourClausesGiveFourErrorsWithPositionsAndCarets(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("test"));
        Files.writeString(folder.resolve("test.pol"), POLICY, StandardCharsets.UTF_8);

        Run run = Fixtures.cli("check", temp.toString());

        assertEquals(1, run.exitCode(), run.err());
        for (String stream : List.of(run.out(), run.err())) {
            assertFalse(stream.contains("Exception"), stream);
            assertFalse(stream.contains("at org."), stream);
        }
        List<String> lines = run.err().lines().toList();
        List<int[]> positions = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = HEADLINE.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            int line = Integer.parseInt(m.group(1));
            int column = Integer.parseInt(m.group(2));
            positions.add(new int[] {line, column});
            messages.add(m.group(3));
            String source = POLICY.lines().toList().get(line - 1);
            assertEquals(String.format("%5d | %s", line, source), lines.get(i + 1), "the source line of " + lines.get(i));
            String caret = lines.get(i + 2);
            assertTrue(caret.matches(" {6}\\| *\\^+"), "a caret line after " + lines.get(i) + ": «" + caret + "»");
            assertEquals(width(source.substring(0, source.offsetByCodePoints(0, column - 1))), caret.indexOf('^') - 8,
                    "the caret stands under column " + column + " of «" + source + "»");
        }
        assertEquals(4, positions.size(), run.err());
        assertTrue(run.err().contains("共 4 个错误"), run.err());

        assertPosition(positions.get(0), "给予 投入额 × 5% + 5亩", "投入额");
        assertTrue(messages.get(0).contains("第九条") && messages.get(0).contains("金额") && messages.get(0).contains("面积"), messages.get(0));
        assertPosition(positions.get(1), "最高 投入金额", "投入金额");
        assertTrue(messages.get(1).contains("第十条") && messages.get(1).contains("「投入金额」"), messages.get(1));
        assertPosition(positions.get(2), "则 按不超过 投入额 × 10%", "按不超过");
        assertTrue(messages.get(2).contains("第十一条") && messages.get(2).contains("「丙补助」"), messages.get(2));
        assertPosition(positions.get(3), "× 5% @", "@");
        assertTrue(messages.get(3).contains("语法错误") && messages.get(3).contains("「@」"), messages.get(3));
    }

    @Test
    void theFourErrorsHaveTheirOwnCodes(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("test"));
        Files.writeString(folder.resolve("test.pol"), POLICY, StandardCharsets.UTF_8);
        Compilation c = Compiler.compile(temp);
        assertEquals(List.of("type.arithmetic", "name.unknown", "cap.exceeded", "syntax"),
                Fixtures.errors(c).stream().map(Diagnostic::code).toList(), Fixtures.render(c));
    }

    private static void assertPosition(int[] actual, String context, String token) {
        int c = POLICY.indexOf(context);
        assertTrue(c >= 0 && c == POLICY.lastIndexOf(context), context);
        int i = POLICY.indexOf(token, c);
        String before = POLICY.substring(0, i);
        int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
        int column = before.codePointCount(before.lastIndexOf('\n') + 1, before.length()) + 1;
        assertEquals(line + ":" + column, actual[0] + ":" + actual[1], "position of «" + token + "» in «" + context + "»");
    }

    /** Terminal columns: CJK characters and full-width forms take two. */
    private static int width(String s) {
        return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF60 ? 2 : 1).sum();
    }
}
