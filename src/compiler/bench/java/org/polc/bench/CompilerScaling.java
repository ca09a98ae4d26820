package org.polc.bench;

import com.palantir.javapoet.JavaFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;

/**
 * How the compiler scales: synthetic policies of 76 × k clauses ({@link SyntheticPolicy}), each checked
 * and generated (Java source text, not written) in this JVM several times. For each size it prints the
 * median and minimum warm time of check + generate, the time per clause, the heap retained by the
 * compilation (used heap after a full GC with the compilation alive, less the same without it) and the
 * peak used heap while compiling (sampled every millisecond; garbage included, so it depends on the
 * collector's sizing as much as on polc). A time or a retained size per clause that stays flat as the
 * policy grows tenfold is what "linear" means here.
 *
 * <p>Not JMH: one operation at 7,600 clauses takes seconds, and the memory figures need a JVM of their
 * own. Run (from the repository root):
 *
 * <pre>
 * mvn -B -o -q -Pbench -DskipTests test-compile
 * mvn -B -o -q -Pbench exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xss8m -Xmx4g -XX:+UseSerialGC -cp %classpath org.polc.bench.CompilerScaling policies/hangzhou2024 1 10 100"
 * </pre>
 *
 * The arguments after the folder are the numbers of copies k (1 → 76 clauses, 10 → 760, 100 → 7,600).
 */
public final class CompilerScaling {

    private CompilerScaling() {}

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path out = Files.createTempDirectory("polc-scaling");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf("%8s %8s %12s %12s %12s %14s %14s %14s%n", "clauses", "runs", "median ms", "min ms", "µs/clause",
                "retained MB", "KB/clause", "peak heap MB");
        for (int a = 1; a < args.length; a++) {
            int copies = Integer.parseInt(args[a]);
            Path folder = SyntheticPolicy.write(source, copies, out.resolve("k" + copies));
            int clauses = 76 * copies;
            // the same amount of work per size in warm-up (about 2,280 clauses' worth), at least one run
            int warmups = Math.max(1, 30 / copies);
            int runs = Math.max(3, 20 / copies);
            for (int i = 0; i < warmups; i++) {
                checkAndGenerate(folder);
            }
            List<Long> times = new ArrayList<>();
            long peak = 0;
            for (int i = 0; i < runs; i++) {
                gc();
                AtomicLong max = new AtomicLong();
                Thread sampler = sampler(memory, max);
                long t0 = System.nanoTime();
                checkAndGenerate(folder);
                times.add(System.nanoTime() - t0);
                sampler.interrupt();
                sampler.join();
                peak = Math.max(peak, max.get());
            }
            gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            Compilation kept = Compiler.compile(folder);
            gc();
            long retained = memory.getHeapMemoryUsage().getUsed() - before;
            if (!kept.ok() || kept.clauses().size() != clauses) {
                throw new IllegalStateException(folder + ": " + kept.clauses().size() + " clauses, " + kept.diagnostics().errorCount() + " errors");
            }
            Collections.sort(times);
            double median = times.get(times.size() / 2) / 1e6;
            System.out.printf("%8d %8d %12.0f %12.0f %12.0f %14.1f %14.1f %14.0f%n", clauses, runs, median, times.get(0) / 1e6,
                    median * 1000 / clauses, retained / 1048576.0, retained / 1024.0 / clauses, peak / 1048576.0);
            kept = null;
        }
    }

    private static long checkAndGenerate(Path folder) {
        Compilation c = Compiler.compile(folder);
        long chars = 0;
        for (JavaFile file : c.generate()) {
            chars += file.toString().length();
        }
        return chars;
    }

    private static Thread sampler(MemoryMXBean memory, AtomicLong max) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
    }
}
