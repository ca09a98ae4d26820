package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.model.Clause;
import org.polc.model.Program;
import org.polc.testing.Fixtures;

/**
 * The static cap proof and the property tests must agree. A copy of the real policies loses the
 * clamp of clause 十四's 5% branch: the compiler refuses it, and when code is generated from it
 * anyway, the property test finds an input that pays more than the cap. Either line of defence
 * alone would have caught the mistake.
 */
class SoundnessTest {

    private static final String CLAMPED = "否则若 新增额 200万元 以上 则 按不超过 新增额 × 5% 给予，最高 200万元";
    private static final String UNCLAMPED = "否则若 新增额 200万元 以上 则 按不超过 新增额 × 5% 给予";

    @Test
    void aBrokenCapIsCaughtByTheProofAndByTheProperties() throws IOException {
        Path copy = Files.createTempDirectory("soundness").resolve("hangzhou2024");
        Files.createDirectories(copy);
        for (String name : List.of("policy.pol", "part2.pol")) {
            String text = Files.readString(Fixtures.policies().resolve("hangzhou2024").resolve(name), StandardCharsets.UTF_8);
            if (name.equals("part2.pol")) {
                assertTrue(text.contains(CLAMPED), "clause 十四 no longer has the branch this test breaks");
                text = text.replaceFirst(java.util.regex.Pattern.quote(CLAMPED), UNCLAMPED);
            }
            Files.writeString(copy.resolve(name), text, StandardCharsets.UTF_8);
        }
        Compilation c = Compiler.compile(copy.getParent());

        // 1. The proof refuses the program, naming the clause and the branch.
        List<Diagnostic> caps = c.diagnostics().sorted().stream().filter(d -> d.code().equals("cap.exceeded")).toList();
        assertEquals(1, caps.size(), Fixtures.render(c));
        assertTrue(caps.get(0).message().contains("第十四条") && caps.get(0).message().contains("研发投入补助"), caps.get(0).message());

        // 2. Generated anyway, the calculator breaks its cap under the property test.
        Program program = c.programs().get(0);
        Clause clause = program.clause(14).orElseThrow();
        ClassLoader loader = compile(program, 14);
        GeneratedCode code = new GeneratedCode(program, clause, loader);
        assertEquals(loader, code.type().getClassLoader(), "the broken class must be the freshly compiled one");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> CapPropertyTest.properties(code, clause, clause.calculator("研发投入补助").orElseThrow()));
        assertTrue(failure.getMessage().contains("超过最高 300万元"), failure.getMessage());
    }

    /** Generates one clause's class and compiles it into a fresh class loader. */
    private static ClassLoader compile(Program program, int clauseNumber) throws IOException {
        List<SimpleJavaFileObject> sources = new ArrayList<>();
        for (JavaFile file : JavaGenerator.generate(program, clause -> "copy.pol")) {
            if (!file.typeSpec().name().equals(JavaNames.className(clauseNumber))) {
                continue;
            }
            String text = file.toString();
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + file.typeSpec().name() + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            });
        }
        Path out = Files.createTempDirectory("soundness-classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.StringWriter errors = new java.io.StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(errors, files, null,
                    List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "-encoding", "UTF-8"), null, sources).call();
            assertTrue(ok, errors.toString());
        }
        // Child-first for the generated package, so the broken class shadows the committed one.
        return new URLClassLoader(new URL[] {out.toUri().toURL()}, SoundnessTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith(JavaNames.packageName(program) + ".")) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> c = findLoadedClass(name);
                        if (c == null) {
                            try {
                                c = findClass(name);
                            } catch (ClassNotFoundException notHere) {
                                return super.loadClass(name, resolve);
                            }
                        }
                        return c;
                    }
                }
                return super.loadClass(name, resolve);
            }
        };
    }
}
