package org.polc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's work on real folders: what it writes, what it leaves alone, how it reports errors. */
class PolBuildTest {

    private static final String POLICY = """
            政策 示例办法
              有效期 2024-01-01 至 2024-12-31
            部分 一 企业培育
              牵头单位 示例局
            条款 一 示例奖励
              原文 “给予奖励 10 万元。”
              奖励 示例奖励：给予 10万元
            """;

    @TempDir
    Path dir;

    private Path sources() {
        return dir.resolve("src/main/pol");
    }

    private Path output() {
        return dir.resolve("target/generated-sources/polc");
    }

    private Path state() {
        return dir.resolve("target/polc/state.txt");
    }

    private PolBuild.Outcome run() throws IOException {
        return PolBuild.run(sources(), output(), state());
    }

    private void write(String file, String text) throws IOException {
        Path p = sources().resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void aMissingFolderIsNoSources() throws IOException {
        assertEquals(PolBuild.Kind.NO_SOURCES, run().kind());
        assertFalse(Files.exists(output()));
    }

    @Test
    void writesOneClassPerClausePlusTheEntryPointAndFacts() throws IOException {
        write("demo/demo.pol", POLICY);
        PolBuild.Outcome outcome = run();
        assertEquals(PolBuild.Kind.GENERATED, outcome.kind());
        assertEquals(1, outcome.clauses());
        assertEquals(3, outcome.written());
        Path pkg = output().resolve("org/polc/policies/demo");
        assertTrue(Files.isRegularFile(pkg.resolve("Clause01.java")));
        assertTrue(Files.isRegularFile(pkg.resolve("Demo.java")));
        assertTrue(Files.isRegularFile(pkg.resolve("DemoFacts.java")));
        assertTrue(Files.readString(pkg.resolve("Clause01.java")).contains("给予奖励 10 万元。"));
    }

    @Test
    void aSecondRunWithNothingChangedWritesNothing() throws IOException {
        write("demo/demo.pol", POLICY);
        run();
        Path clause = output().resolve("org/polc/policies/demo/Clause01.java");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(clause, old);
        assertEquals(PolBuild.Kind.UP_TO_DATE, run().kind());
        assertEquals(old, Files.getLastModifiedTime(clause));
    }

    @Test
    void aChangedPolicyRewritesOnlyTheFilesWhoseTextChanged() throws IOException {
        write("demo/demo.pol", POLICY);
        run();
        write("demo/demo.pol", POLICY.replace("给予 10万元", "给予 10万元\n  # 一条注释不改变生成的代码"));
        PolBuild.Outcome outcome = run();
        assertEquals(PolBuild.Kind.GENERATED, outcome.kind());
        assertEquals(0, outcome.written());
        assertEquals(3, outcome.unchanged());
    }

    @Test
    void aDeletedOutputIsWrittenAgain() throws IOException {
        write("demo/demo.pol", POLICY);
        run();
        Files.delete(output().resolve("org/polc/policies/demo/Demo.java"));
        PolBuild.Outcome outcome = run();
        assertEquals(PolBuild.Kind.GENERATED, outcome.kind());
        assertEquals(1, outcome.written());
    }

    @Test
    void aRemovedPolicyLeavesNoStaleClass() throws IOException {
        write("demo/demo.pol", POLICY);
        write("other/other.pol", POLICY.replace("示例办法", "另一办法"));
        run();
        Files.delete(sources().resolve("other/other.pol"));
        PolBuild.Outcome outcome = run();
        assertEquals(3, outcome.deleted());
        assertFalse(Files.exists(output().resolve("org/polc/policies/other/Clause01.java")));
        assertTrue(Files.exists(output().resolve("org/polc/policies/demo/Clause01.java")));
    }

    @Test
    void errorsNameFileLineAndColumnInChineseAndWriteNothing() throws IOException {
        write("demo/demo.pol", POLICY.replace("给予 10万元", "给予 10万元 + 5亩"));
        PolBuild.Outcome outcome = run();
        assertEquals(PolBuild.Kind.FAILED, outcome.kind());
        assertEquals(1, outcome.errors().size());
        String error = outcome.errors().get(0);
        String where = sources().resolve("demo/demo.pol") + ":7:";
        assertTrue(error.startsWith(where), error);
        assertTrue(error.contains(": 错误：第一条：金额不能与面积（亩）相加"), error);
        assertFalse(Files.exists(output()));
        assertFalse(Files.exists(state()));
    }

    @Test
    void aFailedRunIsCheckedAgainNextTime() throws IOException {
        write("demo/demo.pol", POLICY.replace("给予 10万元", "给予 10万元 + 5亩"));
        run();
        List<String> again = run().errors();
        assertEquals(1, again.size());
    }
}
