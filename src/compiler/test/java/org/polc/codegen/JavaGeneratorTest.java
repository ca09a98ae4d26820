package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polc.Compiler.Compilation;

/** Writing generated sources: the package folder is replaced, so a deleted clause leaves no stale class; nothing else is touched. */
class JavaGeneratorTest {

    private static final String POLICY = """
            政策 测试政策
              有效期 2024-01-01 至 2024-12-31

            部分 一 测试
            条款 一 写出
              原文 “测试”
              输入
                金额甲：金额
              补助 奖：给予 金额甲
            """;

    @Test
    void staleJavaFilesInThePackageFolderAreDeletedAndNothingElse(@TempDir Path root) throws Exception {
        Compilation c = InjectionTest.polc("gen", POLICY);
        List<JavaFile> files = InjectionTest.generate(c);
        Path pkg = root.resolve("org/polc/policies/gen");
        Path other = root.resolve("org/polc/policies/other");
        Files.createDirectories(pkg);
        Files.createDirectories(other);
        Files.writeString(pkg.resolve("Clause09.java"), "stale", StandardCharsets.UTF_8);
        Files.writeString(pkg.resolve("Clause01.java"), "stale", StandardCharsets.UTF_8);
        Files.writeString(pkg.resolve("notes.txt"), "keep", StandardCharsets.UTF_8);
        Files.writeString(other.resolve("Clause09.java"), "keep", StandardCharsets.UTF_8);

        JavaGenerator.write(c.programs(), files, root);

        assertFalse(Files.exists(pkg.resolve("Clause09.java")), "a stale class in the package folder is deleted");
        assertEquals(files.get(0).toString(), Files.readString(pkg.resolve("Clause01.java"), StandardCharsets.UTF_8));
        assertEquals("keep", Files.readString(pkg.resolve("notes.txt"), StandardCharsets.UTF_8));
        assertEquals("keep", Files.readString(other.resolve("Clause09.java"), StandardCharsets.UTF_8));
    }

    @Test
    void aMissingPackageFolderIsCreated(@TempDir Path root) throws Exception {
        Compilation c = InjectionTest.polc("gen", POLICY);
        List<JavaFile> files = InjectionTest.generate(c);
        JavaGenerator.write(c.programs(), files, root);
        assertTrue(Files.isRegularFile(root.resolve("org/polc/policies/gen/Clause01.java")));
    }
}
