package org.polc.fuzz;

import com.palantir.javapoet.JavaFile;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.quicktheories.core.Gen;

/**
 * Random well-formed programs (see {@link PolGenerator}): polc ends every one with diagnostics or
 * with Java, and the Java of an error-free program compiles.
 */
class WellFormedProgramFuzzTest {

    /** 40% of the run's cases. */
    private static final int PROGRAMS = Fuzz.cases(0.40, 100);

    /** javac costs far more than polc: 4% of the run's cases, compiled {@link #BATCH} programs per javac run. */
    private static final int JAVAC_PROGRAMS = Fuzz.cases(0.04, 100);

    private static final int BATCH = 10;

    private static final AtomicInteger IDS = new AtomicInteger();

    @Test
    void everyProgramEndsWithDiagnosticsOrJava() {
        Fuzz.Stats stats = new Fuzz.Stats("WellFormedProgramFuzzTest.everyProgramEndsWithDiagnosticsOrJava");
        AtomicInteger cleanPrograms = new AtomicInteger();
        AtomicInteger cleanOk = new AtomicInteger();
        try {
            Fuzz.forAll(stats, PROGRAMS, 100, PolGenerator.programs(), program -> {
                Compilation c = Fuzz.compile(stats, "fuzz", program.sources());
                if (program.clean()) {
                    cleanPrograms.incrementAndGet();
                    if (c.ok()) {
                        cleanOk.incrementAndGet();
                    }
                }
            });
        } finally {
            stats.note("clean programs without errors", cleanOk + " of " + cleanPrograms);
            Fuzz.publish(stats);
        }
        // Without error-free programs the code-generation half of the property would be vacuous.
        if (stats.ok < Math.max(1, stats.cases / 20)) {
            throw new AssertionError("only " + stats.ok + " of " + stats.cases + " generated programs compiled without errors:"
                    + " the generator no longer reaches code generation");
        }
    }

    /**
     * The generated Java of error-free programs compiles. Programs are compiled by javac ten at a
     * time (each its own package); when a batch fails, its programs are compiled one by one to name
     * the culprit.
     */
    @Test
    void theJavaOfEveryErrorFreeProgramCompiles() {
        Fuzz.Stats stats = new Fuzz.Stats("WellFormedProgramFuzzTest.theJavaOfEveryErrorFreeProgramCompiles");
        Javac javac = new Javac();
        AtomicInteger compiled = new AtomicInteger();
        stats.skipAfterHang = true;
        Gen<List<PolGenerator.Generated>> batches = in -> {
            List<PolGenerator.Generated> batch = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                batch.add(PolGenerator.programs(true).generate(in));
            }
            return batch;
        };
        try {
            for (int round = 0; round < 10 && stats.cases < JAVAC_PROGRAMS; round++) {
                Fuzz.qt(stats.property, round).withExamples((JAVAC_PROGRAMS - stats.cases + BATCH - 1) / BATCH).withShrinkCycles(20).forAll(batches).checkAssert(batch -> {
                    List<PolGenerator.Generated> accepted = new ArrayList<>();
                    List<List<JavaFile>> java = new ArrayList<>();
                    List<JavaFile> all = new ArrayList<>();
                    for (PolGenerator.Generated program : batch) {
                        Compilation c = Fuzz.compile(stats, "fuzz" + IDS.incrementAndGet(), program.sources());
                        if (c.ok()) {
                            List<JavaFile> files = Fuzz.generateJava(c);
                            accepted.add(program);
                            java.add(files);
                            all.addAll(files);
                        }
                    }
                    if (all.isEmpty() || javac.compile(all) == null) {
                        compiled.addAndGet(accepted.size());
                        return;
                    }
                    for (int i = 0; i < accepted.size(); i++) {
                        String errors = javac.compile(java.get(i));
                        if (errors != null) {
                            throw Fuzz.failure(stats, "polc accepted the program, but its generated Java does not compile:\n" + errors
                                    + "\n----- generated Java\n" + java.get(i).stream().map(JavaFile::toString).collect(Collectors.joining("\n")),
                                    accepted.get(i).sources(), null);
                        }
                    }
                    throw new AssertionError("a batch of generated Java failed to compile, but each program compiles alone:\n"
                            + javac.compile(all));
                });
            }
        } finally {
            stats.note("programs whose Java was compiled by javac", Integer.toString(compiled.get()));
            Fuzz.publish(stats);
        }
        if (compiled.get() < JAVAC_PROGRAMS / 4) {
            throw new AssertionError("only " + compiled + " of " + stats.cases + " clean programs compiled without errors");
        }
    }

    /** javac in memory: sources from JavaPoet, classes discarded, the test classpath (which holds org.polc.runtime). */
    static final class Javac {
        private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        private final StandardJavaFileManager standard = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        private final ForwardingJavaFileManager<StandardJavaFileManager> discarding = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return new ByteArrayOutputStream();
                    }
                };
            }
        };

        /** Null when the files compile, else javac's errors. */
        String compile(List<JavaFile> files) {
            List<JavaFileObject> sources = new ArrayList<>();
            for (JavaFile f : files) {
                sources.add(f.toJavaFileObject());
            }
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none", "-implicit:none",
                    "-encoding", "UTF-8", "-nowarn");
            boolean ok = compiler.getTask(null, discarding, diagnostics, options, null, sources).call();
            if (ok) {
                return null;
            }
            return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
        }
    }
}
