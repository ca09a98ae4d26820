package org.polc.poltest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's checking and rewriting of a test file, on temporary copies; src/compiler/test/pol itself is never written here. */
class PolCheckTest {

    /** A clause with no diagnostic at all: its one input is read by its one calculator. */
    private static final String CLEAN = """
            部分 一 测试部分
            条款 一 测试条款
              原文 “测试”
              输入
                金额甲：金额
              补助 奖：给予 金额甲
            """;

    private static final String NONE = PolFile.MARKER + "\n# 没有诊断\n";

    private static Path write(Path dir, String text) throws IOException {
        Path file = dir.resolve("t.pol");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void resetOfEveryUnchangedTestFileLeavesItsBytesIdentical(@TempDir Path temp) throws IOException {
        Path root = PolTests.root();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".pol")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path original : files) {
            String name = root.relativize(original).toString().replace('\\', '/');
            Path copy = temp.resolve(name);
            Files.createDirectories(copy.getParent());
            Files.copy(original, copy);
            assertFalse(PolCheck.reset(copy, name), name + " changed on reset: is it up to date (PolTests)?");
            assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy), name);
        }
    }

    @Test
    void aMismatchFailsWithAUnifiedDiffAndTheResetCommand(@TempDir Path temp) throws IOException {
        String wrong = PolFile.MARKER + "\n# 警告 input.unused 5:5-7 第一条：输入「金额甲」没有被任何计算用到\n";
        Path file = write(temp, CLEAN + "\n" + wrong);
        AssertionError e = assertThrows(AssertionError.class, () -> PolCheck.verify(file, "t.pol"));
        // the block starts on line 8: six lines of clause, one empty line, then the marker
        assertEquals("t.pol：期望与实际不符（expectations differ from what polc does）\n"
                + "--- 期望（文件中）/ expected (in the file)\n"
                + "+++ 实际 / actual\n"
                + "@@ -8,2 +8,2 @@\n"
                + " # ==== 期望 ====\n"
                + "-# 警告 input.unused 5:5-7 第一条：输入「金额甲」没有被任何计算用到\n"
                + "+# 没有诊断\n"
                + "若这一变化是有意的，重写期望，再用 git diff 审阅 / if the change is intended, rewrite and review it with git diff:\n"
                + "  mvn -B test -Dtest=PolTests -Dpolc.pol.reset=true\n", e.getMessage());
        assertEquals(CLEAN + "\n" + wrong, read(file), "verify never writes");
    }

    @Test
    void resetReplacesOnlyTheBlockAndTheFileThenVerifies(@TempDir Path temp) throws IOException {
        Path file = write(temp, "# 说明\n" + CLEAN + "\n" + PolFile.MARKER + "\n# 错误 旧的\n#   提示：旧的\n");
        assertTrue(PolCheck.reset(file, "t.pol"));
        assertEquals("# 说明\n" + CLEAN + "\n" + NONE, read(file));
        PolCheck.verify(file, "t.pol");
    }

    @Test
    void aFileWithoutABlockFailsAndResetAppendsOneAfterAnEmptyLine(@TempDir Path temp) throws IOException {
        String body = CLEAN.substring(0, CLEAN.length() - 1); // no line break after the last line
        Path file = write(temp, body);
        AssertionError e = assertThrows(AssertionError.class, () -> PolCheck.verify(file, "t.pol"));
        assertTrue(e.getMessage().startsWith("t.pol：没有期望块「# ==== 期望 ====」"), e.getMessage());
        assertTrue(e.getMessage().contains("\n+# ==== 期望 ====\n+# 没有诊断\n"), e.getMessage());
        assertTrue(PolCheck.reset(file, "t.pol"));
        assertEquals(CLEAN + "\n" + NONE, read(file));
    }

    @Test
    void crlfAndABomAreRefusedAndResetWritesPlainLineBreaks(@TempDir Path temp) throws IOException {
        String unix = CLEAN + "\n" + NONE;
        Path file = write(temp, "\uFEFF" + unix.replace("\n", "\r\n"));
        AssertionError e = assertThrows(AssertionError.class, () -> PolCheck.verify(file, "t.pol"));
        assertTrue(e.getMessage().contains("\\n"), e.getMessage());
        assertTrue(PolCheck.reset(file, "t.pol"));
        assertArrayEquals(unix.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("t.pol");
        Files.write(file, new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        AssertionError e = assertThrows(AssertionError.class, () -> PolCheck.verify(file, "t.pol"));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertThrows(AssertionError.class, () -> PolCheck.reset(file, "t.pol"));
    }

    @Test
    void aMisspeltMarkerOrDirectiveStopsTheFileInsteadOfBeingAComment(@TempDir Path temp) throws IOException {
        Path marker = write(temp, CLEAN + "\n# ==== 期待 ====\n# 没有诊断\n");
        AssertionError e = assertThrows(AssertionError.class, () -> PolCheck.reset(marker, "t.pol"));
        assertTrue(e.getMessage().contains("第 8 行不是认得的分隔行"), e.getMessage());
        Path eval = write(temp, CLEAN + "# 试算 一条：{}\n");
        e = assertThrows(AssertionError.class, () -> PolCheck.verify(eval, "t.pol"));
        assertTrue(e.getMessage().contains("第 7 行的「试算」写法不对"), e.getMessage());
    }

    @Test
    void anEvalRecordsTheCommandLinesOutputExitCodeAndStandardError(@TempDir Path temp) throws IOException {
        Path file = write(temp, CLEAN + "# 试算 第一条：{\"金额甲\": \"5万元\"}\n# 试算 第二条：{}\n");
        PolCheck.reset(file, "t.pol");
        String block = PolFile.parse(read(file)).block().orElseThrow();
        assertEquals(NONE
                + "#\n# 试算 第一条：{\"金额甲\": \"5万元\"}\n"
                + "#   退出码：0\n"
                + "#   标准输出：\n"
                + "#   | 第一条 测试条款\n"
                + "#   |   奖：确定金额 5万元\n"
                + "#   |     依据第一条：给予「金额甲」计 5万元；奖 确定金额 5万元。\n"
                + "#   标准错误：（空）\n"
                + "#\n# 试算 第二条：{}\n"
                + "#   退出码：1\n"
                + "#   标准输出：（空）\n"
                + "#   标准错误：\n"
                + "#   | 找不到第二条。\n", block);
    }
}
