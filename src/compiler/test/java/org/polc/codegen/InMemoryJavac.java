package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java source held in memory with javac ({@code -Xlint:all -Werror}) into a temporary
 * folder and loads the classes with a fresh class loader whose parent is the test's own, so the
 * generated classes share {@code org.polc.runtime} with the test.
 */
final class InMemoryJavac {

    /** What javac made of the sources. */
    record Compiled(Path classes, ClassLoader loader, Map<String, String> sources, Map<String, String> javadoc,
            List<String> topLevelMembers) {

        Class<?> load(String binaryName) {
            try {
                return Class.forName(binaryName, true, loader);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("javac produced no " + binaryName + " in " + classes, e);
            }
        }
    }

    private InMemoryJavac() {}

    static Compiled compile(List<JavaFile> files) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (JavaFile file : files) {
            sources.put(file.packageName() + "." + file.typeSpec().name(), file.toString());
        }
        return compileSources(sources);
    }

    /**
     * @param sources binary class name → source text
     */
    static Compiled compileSources(Map<String, String> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<String, String> s : sources.entrySet()) {
            String text = s.getValue();
            units.add(new SimpleJavaFileObject(URI.create("string:///" + s.getKey().replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            });
        }
        try {
            Path out = Files.createTempDirectory("polc-javac");
            StringWriter errors = new StringWriter();
            Map<String, String> javadoc = new LinkedHashMap<>();
            List<String> members = new ArrayList<>();
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
                JavacTask task = (JavacTask) javac.getTask(errors, fileManager, null,
                        List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"),
                                "-Xlint:all", "-Werror", "-encoding", "UTF-8", "-proc:none"),
                        null, units);
                Iterable<? extends CompilationUnitTree> trees = task.parse();
                for (CompilationUnitTree unit : trees) {
                    for (Tree type : unit.getTypeDecls()) {
                        if (type instanceof ClassTree c) {
                            for (Tree member : c.getMembers()) {
                                members.add(c.getSimpleName() + ":" + member.getKind());
                            }
                        }
                    }
                }
                for (Element e : task.analyze()) {
                    if (e instanceof TypeElement t) {
                        collectJavadoc(task, t, javadoc);
                    }
                }
                boolean ok = task.generate().iterator().hasNext() && errors.toString().isEmpty();
                assertTrue(ok, "javac rejected the generated code:\n" + errors + "\n" + String.join("\n----\n", sources.values()));
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, InMemoryJavac.class.getClassLoader());
            return new Compiled(out, loader, sources, javadoc, members);
        } catch (MalformedURLException e) {
            throw new AssertionError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What javac says of sources that should not compile, as raw diagnostics
     * ({@code -XDrawDiagnostics}: keys such as {@code compiler.err.report.access}, the same in every
     * locale); empty when they compile. The class path is the test's, so they may use the committed
     * generated classes.
     *
     * @param sources binary class name → source text
     */
    static String errors(Map<String, String> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<String, String> s : sources.entrySet()) {
            String text = s.getValue();
            units.add(new SimpleJavaFileObject(URI.create("string:///" + s.getKey().replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            });
        }
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Path out = Files.createTempDirectory("polc-javac");
            StringWriter errors = new StringWriter();
            javac.getTask(errors, fileManager, null, List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"),
                    "-encoding", "UTF-8", "-proc:none", "-XDrawDiagnostics"), null, units).call();
            return errors.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectJavadoc(JavacTask task, TypeElement type, Map<String, String> javadoc) {
        String doc = task.getElements().getDocComment(type);
        if (doc != null) {
            javadoc.put(type.getQualifiedName().toString(), doc);
        }
        for (Element member : type.getEnclosedElements()) {
            String d = task.getElements().getDocComment(member);
            if (d != null) {
                javadoc.put(type.getQualifiedName() + "#" + member.getSimpleName(), d);
            }
            if (member instanceof TypeElement nested) {
                collectJavadoc(task, nested, javadoc);
            }
        }
    }
}
