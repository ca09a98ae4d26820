package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.model.Program;
import org.polc.testing.Fixtures;

/**
 * Golden test of code generation: src/test/resources/golden/golden.pol exercises tables, grades,
 * 再给予, 认定, counts and definitions; the generated classes must equal the reviewed files beside
 * it (ClauseNN.java.golden) and compile with javac. When generation changes on purpose, review the
 * new output line by line, then update the golden files by hand.
 */
class GoldenCodegenTest {

    private static List<JavaFile> generate() throws IOException {
        Path dir = Files.createTempDirectory("golden").resolve("golden");
        Files.createDirectories(dir);
        try (InputStream in = GoldenCodegenTest.class.getResourceAsStream("/golden/golden.pol")) {
            Files.write(dir.resolve("golden.pol"), in.readAllBytes());
        }
        Compilation c = Compiler.compile(dir.getParent());
        assertTrue(c.ok(), Fixtures.render(c));
        Program program = c.programs().get(0);
        return JavaGenerator.generate(program, clause -> "src/test/resources/golden/golden.pol");
    }

    @Test
    void generatedClassesEqualTheReviewedGoldenFiles() throws IOException {
        for (JavaFile file : generate()) {
            String name = "/golden/" + file.typeSpec().name() + ".java.golden";
            try (InputStream in = GoldenCodegenTest.class.getResourceAsStream(name)) {
                assertTrue(in != null, "missing golden file " + name + "; actual output:\n" + file);
                assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), JavaGenerator.source(file), name);
            }
        }
    }

    @Test
    void generatedClassesCompileWithJavac() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<SimpleJavaFileObject> sources = new ArrayList<>();
        for (JavaFile file : generate()) {
            String text = file.toString();
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + file.typeSpec().name() + ".java"), javax.tools.JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            });
        }
        Path out = Files.createTempDirectory("golden-classes");
        java.io.StringWriter errors = new java.io.StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(errors, files, null,
                    List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "-Xlint:all", "-Werror", "-encoding", "UTF-8"),
                    null, sources).call();
            assertTrue(ok, errors.toString());
        }
    }
}
