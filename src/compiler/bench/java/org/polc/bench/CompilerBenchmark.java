package org.polc.bench;

import com.palantir.javapoet.JavaFile;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;

/**
 * The compiler, warm: all of policies/ (76 clauses) read, parsed, checked and verified (examples, cap
 * proofs, 单调 checks, number coverage) — what {@code polc check} does —, and the same followed by
 * code generation to Java source text — what {@code polc compile} does, less writing the files.
 * The goal (issue 12, item 5) is ≤ 0.3 s for both.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests verify -Dpolc.bench=CompilerBenchmark}
 * (add {@code -prof gc} by running JMH by hand for allocation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m", "-Xmx2g"})
public class CompilerBenchmark {

    private Path policies;

    @Setup
    public void setUp() {
        policies = Path.of(System.getProperty("polc.policies", "policies"));
        Compilation c = Compiler.compile(policies);
        if (!c.ok() || c.clauses().size() != 76) {
            throw new IllegalStateException("expected the 76 clauses of policies/ without errors, got " + c.clauses().size()
                    + " clauses and " + c.diagnostics().errorCount() + " errors");
        }
    }

    /** polc check: parse, check, verify. */
    @Benchmark
    public Compilation check() {
        return Compiler.compile(policies);
    }

    /** polc compile without the disk: check, then generate every class's Java source text. */
    @Benchmark
    public long checkAndGenerate() {
        Compilation c = Compiler.compile(policies);
        long chars = 0;
        for (JavaFile file : c.generate()) {
            chars += file.toString().length();
        }
        return chars;
    }
}
