package org.polc.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.codegen.JavaGenerator;
import org.polc.diagnostics.Diagnostic;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.Span;
import org.polc.model.Program;
import org.polc.testing.Fixtures;
import org.quicktheories.core.Gen;

/**
 * What every fuzz property shares: how many cases to run, running polc with a hang detector, the
 * invariants every compilation must keep, and the figures written to target/fuzz/summary.txt.
 *
 * <p>The invariants: polc returns (no Throwable escapes, no StackOverflowError), within
 * {@link #HANG} on any one case; every diagnostic has a position (line and column from 1, the line
 * inside its file) and a non-empty Chinese message; an error-free compilation also generates Java.
 */
final class Fuzz {

    /** Total cases of the quick run (mvn verify); the fuzz profile sets 200000. */
    static final int CASES = Integer.getInteger("polc.fuzz.cases", 5000);

    /**
     * The seed of the run: fixed unless -Dpolc.fuzz.seed says otherwise, so that every build runs the
     * same cases and a red build is a change in polc, not a new draw; "random" (the fuzz profile)
     * draws one, and the summary prints it so that a failure can be replayed with -Dpolc.fuzz.seed=N.
     */
    static final long SEED = seed(System.getProperty("polc.fuzz.seed", "20241128"));

    private static long seed(String value) {
        return value.equals("random") ? System.nanoTime() : Long.parseLong(value);
    }

    /** QuickTheories for one round of one property: its own seed, derived from the run's. */
    static org.quicktheories.QuickTheory qt(String property, int round) {
        return org.quicktheories.QuickTheory.qt().withFixedSeed(SEED + 1_000_003L * property.hashCode() + round);
    }

    /** The profile's large inputs: a 50 MB file and the scaling table. */
    static final boolean LARGE = Boolean.getBoolean("polc.fuzz.large");

    /** A hang detector, not a speed requirement: no single case may run longer. */
    static final Duration HANG = Duration.ofSeconds(10);

    private static final Map<String, Stats> ALL = new LinkedHashMap<>();
    private static final Instant STARTED = Instant.now();

    /**
     * Set when the hang detector has abandoned a case. Java cannot safely stop the abandoned thread,
     * so it runs on and competes for the CPU: the timings of later cases in this JVM are not to be
     * trusted, and the summary says so. (ExtremeInputsTest, where hangs are likeliest, runs its
     * cases in separate JVMs for this reason.)
     */
    static final java.util.concurrent.atomic.AtomicBoolean ABANDONED = new java.util.concurrent.atomic.AtomicBoolean();

    private Fuzz() {}

    /** This property's share of {@link #CASES}, at least {@code min}. */
    static int cases(double share, int min) {
        return Math.max(min, (int) Math.round(CASES * share));
    }

    /**
     * Runs a QuickTheories property until {@code stats} holds {@code target} cases. QuickTheories
     * skips a generated value it has seen before, so one round of {@code withExamples(n)} can run a
     * few less than n; further rounds (fresh seeds) make up the difference.
     */
    static <T> void forAll(Stats stats, int target, int shrinkCycles, Gen<T> gen, Consumer<T> property) {
        stats.skipAfterHang = true;
        for (int round = 0; round < 10 && stats.cases < target; round++) {
            qt(stats.property, round).withExamples(target - stats.cases).withShrinkCycles(shrinkCycles).forAll(gen).checkAssert(property);
        }
    }

    static List<SourceFile> one(String name, String text) {
        return List.of(new SourceFile(name, text));
    }

    /**
     * Runs polc on the sources as document {@code id} and checks the invariants; records the case in
     * {@code stats}. A crash, a hang or a broken invariant fails with the input saved under
     * target/fuzz/failures/.
     */
    static Compilation compile(Stats stats, String id, List<SourceFile> sources) {
        return compile(stats, id, sources, HANG);
    }

    /** {@link #compile(Stats, String, List)} with another hang limit, for inputs far beyond the ordinary. */
    static Compilation compile(Stats stats, String id, List<SourceFile> sources, Duration limit) {
        if (stats.hung && stats.skipAfterHang) {
            // After a hang, QuickTheories would shrink by re-running ever smaller inputs, each up to the
            // limit; the first hanging input is the one reported, so the rest of the property is skipped.
            return new Compilation(List.of(), new Diagnostics(), clause -> id);
        }
        long bytes = 0;
        for (SourceFile s : sources) {
            bytes += utf8Length(s.text());
        }
        long start = System.nanoTime();
        Object[] outcome;
        try {
            // compiling, checking the diagnostics and generating Java all count towards the limit
            outcome = assertTimeoutPreemptively(limit, () -> {
                Compilation c;
                try {
                    c = Compiler.compileSources(id, sources);
                } catch (Throwable t) {
                    return new Object[] {null, t, null};
                }
                try {
                    checkInvariants(c, sources);
                } catch (Throwable broken) {
                    return new Object[] {c, null, broken};
                }
                return new Object[] {c, null, null};
            });
        } catch (AssertionFailedError timeout) {
            stats.hangs++;
            stats.hung = true;
            ABANDONED.set(true);
            publish(stats);
            throw failure(stats, "polc (with code generation) ran longer than " + limit.toSeconds() + " s (hang)", sources, timeout);
        }
        long nanos = System.nanoTime() - start;
        if (outcome[1] != null) {
            stats.crash();
            publish(stats);
            throw failure(stats, "polc threw " + outcome[1], sources, (Throwable) outcome[1]);
        }
        if (outcome[2] != null) {
            stats.crash();
            publish(stats);
            Throwable broken = (Throwable) outcome[2];
            throw failure(stats, broken instanceof AssertionError ? broken.getMessage() : "code generation threw " + broken, sources, broken);
        }
        Compilation c = (Compilation) outcome[0];
        stats.record(nanos, bytes, c.ok());
        return c;
    }

    /** The invariants of one compilation (see the class comment). */
    static void checkInvariants(Compilation c, List<SourceFile> sources) {
        if (c == null || c.diagnostics() == null || c.programs() == null) {
            throw new AssertionError("compileSources returned null or an incomplete Compilation");
        }
        for (Diagnostic d : c.diagnostics().sorted()) {
            checkDiagnostic(d, sources);
        }
        if (c.ok()) {
            if (c.programs().isEmpty()) {
                throw new AssertionError("no errors but no program either");
            }
            generateJava(c);
        }
    }

    static void checkDiagnostic(Diagnostic d, List<SourceFile> sources) {
        if (d.severity() == null || d.code() == null || d.code().isBlank()) {
            throw new AssertionError("diagnostic without severity or code: " + d);
        }
        Span span = d.span();
        if (span == null || span.source() == null) {
            throw new AssertionError("diagnostic without a position: " + d.code() + " " + d.message());
        }
        if (span.line() < 1 || span.column() < 1 || span.length() < 0) {
            throw new AssertionError("diagnostic at an impossible position " + span.line() + ":" + span.column()
                    + " (length " + span.length() + "): " + d.code() + " " + d.message());
        }
        for (SourceFile s : sources) {
            if (s.displayName().equals(span.source().displayName()) && span.line() > s.lineCount()) {
                throw new AssertionError("diagnostic on line " + span.line() + " of a " + s.lineCount() + "-line file: "
                        + d.code() + " " + d.message());
            }
        }
        String message = d.message();
        if (message == null || message.isBlank() || message.codePoints().noneMatch(Fuzz::isHan)) {
            throw new AssertionError("diagnostic without a Chinese message: " + d.code() + " «" + message + "»");
        }
    }

    /** Generates Java for every program of an error-free compilation; each file must print. */
    static List<JavaFile> generateJava(Compilation c) {
        List<JavaFile> all = new ArrayList<>();
        for (Program program : c.programs()) {
            List<JavaFile> files;
            try {
                files = JavaGenerator.generate(program, clause -> "x.pol");
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("no errors, but JavaGenerator.generate threw " + e, e);
            }
            for (JavaFile f : files) {
                String text;
                try {
                    text = f.toString();
                } catch (RuntimeException e) {
                    throw new AssertionError("generated JavaFile.toString() threw " + e, e);
                }
                if (text.isBlank()) {
                    throw new AssertionError("generated Java file " + f.typeSpec().name() + " is empty");
                }
            }
            all.addAll(files);
        }
        return all;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                n += 1;
            } else if (ch < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Saves the failing input and builds the error to throw. */
    static AssertionError failure(Stats stats, String what, List<SourceFile> sources, Throwable cause) {
        StringBuilder saved = new StringBuilder();
        try {
            Path dir = Files.createDirectories(target().resolve("failures"));
            for (SourceFile s : sources) {
                // one file per property and source: shrinking overwrites it, so the last one kept is the smallest
                Path file = dir.resolve(stats.property.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + s.displayName().replaceAll("[^A-Za-z0-9_.-]", "_"));
                Files.writeString(file, s.text(), StandardCharsets.UTF_8);
                saved.append("\n  saved: ").append(file);
            }
        } catch (IOException | RuntimeException e) {
            saved.append("\n  (could not save the input: ").append(e).append(')');
        }
        StringBuilder shown = new StringBuilder();
        for (SourceFile s : sources) {
            String text = s.text();
            shown.append("\n----- ").append(s.displayName()).append(" (").append(text.length()).append(" chars)\n")
                    .append(text.length() > 3000 ? text.substring(0, 3000) + "\n…" : text);
        }
        return new AssertionError(stats.property + ": " + what + "\n  replay: -Dpolc.fuzz.seed=" + SEED + " -Dpolc.fuzz.cases=" + CASES + saved + shown,
                cause);
    }

    static Path target() {
        return Fixtures.buildDirectory().resolve("fuzz");
    }

    /** Runs {@code work} as one measured case of a property that does not go through {@link #compile}. */
    static <T> T measured(Stats stats, long bytes, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        stats.record(System.nanoTime() - start, bytes, true);
        return result;
    }

    /** The figures of one property. */
    static final class Stats {
        final String property;
        int cases;
        int ok;
        int crashes;
        int hangs;
        volatile boolean hung;
        /** Whether a property run by QuickTheories skips its remaining cases after a hang (see {@link #compile}). */
        volatile boolean skipAfterHang;
        long largestBytes;
        private long[] nanos = new long[1024];
        private final Map<String, String> notes = new LinkedHashMap<>();

        Stats(String property) {
            this.property = property;
            synchronized (ALL) {
                ALL.put(property, this);
            }
        }

        synchronized void record(long duration, long bytes, boolean compiledOk) {
            if (cases == nanos.length) {
                nanos = Arrays.copyOf(nanos, cases * 2);
            }
            nanos[cases++] = duration;
            if (compiledOk) {
                ok++;
            }
            largestBytes = Math.max(largestBytes, bytes);
        }

        /**
         * Counts a crash once per property: QuickTheories re-runs smaller failing inputs while it
         * shrinks, and those re-runs are the same crash.
         */
        synchronized void crash() {
            if (!crashed) {
                crashed = true;
                crashes++;
            }
        }

        private boolean crashed;

        synchronized void note(String key, String value) {
            notes.put(key, value);
        }

        synchronized double maxMillis() {
            long max = 0;
            for (int i = 0; i < cases; i++) {
                max = Math.max(max, nanos[i]);
            }
            return max / 1e6;
        }

        synchronized double medianMillis() {
            if (cases == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(nanos, cases);
            Arrays.sort(sorted);
            return sorted[cases / 2] / 1e6;
        }

        synchronized String line() {
            return String.format(Locale.ROOT, "%-58s %8d %8d %7d %6d %11.2f %10.1f %14d", property, cases, ok, crashes, hangs,
                    medianMillis(), maxMillis(), largestBytes);
        }
    }

    /** Prints the property's figures and rewrites target/fuzz/summary.txt with every property run so far. */
    static void publish(Stats stats) {
        System.out.println("[fuzz] " + stats.line() + (stats.notes.isEmpty() ? "" : "  " + stats.notes));
        synchronized (ALL) {
            StringBuilder sb = new StringBuilder();
            sb.append("polc fuzz summary\n");
            sb.append(String.format(Locale.ROOT, "run started %s; polc.fuzz.seed=%d, polc.fuzz.cases=%d, polc.fuzz.large=%s, hang limit %d s per case, %d cores, max heap %d MB%n%n",
                    STARTED, SEED, CASES, LARGE, HANG.toSeconds(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20));
            sb.append(String.format(Locale.ROOT, "%-58s %8s %8s %7s %6s %11s %10s %14s%n", "property", "cases", "ok", "crashes", "hangs",
                    "median ms", "max ms", "largest bytes"));
            long cases = 0;
            long crashes = 0;
            long hangs = 0;
            long largest = 0;
            double max = 0;
            for (Stats s : ALL.values()) {
                sb.append(s.line()).append('\n');
                cases += s.cases;
                crashes += s.crashes;
                hangs += s.hangs;
                largest = Math.max(largest, s.largestBytes);
                max = Math.max(max, s.maxMillis());
            }
            sb.append(String.format(Locale.ROOT, "%-58s %8d %8s %7d %6d %11s %10.1f %14d%n", "total", cases, "", crashes, hangs, "", max, largest));
            sb.append("\n\"ok\" counts compilations with no error (Java was generated for each); the rest ended with diagnostics.\n");
            if (ABANDONED.get()) {
                sb.append("WARNING: a hanging case was abandoned and may still be running; timings after it are not reliable.\n");
            }
            for (Stats s : ALL.values()) {
                synchronized (s) {
                    for (Map.Entry<String, String> note : s.notes.entrySet()) {
                        sb.append(s.property).append(": ").append(note.getKey()).append(" = ").append(note.getValue()).append('\n');
                    }
                }
            }
            try {
                Files.createDirectories(target());
                Files.writeString(target().resolve("summary.txt"), sb.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
