package org.polc.fuzz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.SourceFile;

/**
 * Compiles files with polc in a JVM of its own, one after another, checking the invariants of
 * {@link Fuzz#checkInvariants} (code generation included) and printing the time of each. A hang in
 * the test JVM could only be abandoned, never stopped, and the abandoned thread would slow every
 * later test down; a separate process can be killed. {@link #run} starts it and reads its results.
 */
public final class ForkedCompile {

    private ForkedCompile() {}

    /** The outcome of one file: seconds, whether polc reported no error, how many diagnostics, or the failure. */
    record Outcome(double seconds, boolean ok, int diagnostics, String failure) {}

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            List<SourceFile> sources = Fuzz.one("deep.pol", text);
            System.out.println("@@ START");
            System.out.flush();
            long start = System.nanoTime();
            try {
                Compilation c = Compiler.compileSources("fuzz", sources);
                Fuzz.checkInvariants(c, sources);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "@@ DONE %.6f %s %d%n", seconds, c.ok(), c.diagnostics().sorted().size());
            } catch (Throwable t) {
                double seconds = (System.nanoTime() - start) / 1e9;
                String what = (t instanceof AssertionError ? t.getMessage() : t.toString()).replaceAll("\\s+", " ");
                System.out.printf(Locale.ROOT, "@@ FAIL %.6f %s%n", seconds, what.length() > 2000 ? what.substring(0, 2000) + " …" : what);
                System.out.flush();
                return;
            }
            System.out.flush();
        }
    }

    /**
     * Compiles the texts in order in a new JVM; a text that takes longer than {@code limit} (or a
     * JVM that dies) ends the run. Returns the outcome of each text run, the last one possibly a
     * failure ("hang: …", "polc threw …").
     */
    static List<Outcome> run(List<String> texts, Duration limit) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("polc-fuzz-fork");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m",
                "-Xmx3g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), ForkedCompile.class.getName()));
        for (int i = 0; i < texts.size(); i++) {
            Path file = dir.resolve(i + ".pol");
            Files.writeString(file, texts.get(i), StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the process was killed (a hang) or has ended: what it printed so far is all there is
            } finally {
                lines.add("@@ EOF");
            }
        }, "polc-fuzz-fork-reader");
        reader.setDaemon(true);
        reader.start();
        List<Outcome> outcomes = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos(); // JVM start-up and the first START
            while (outcomes.size() < texts.size()) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    outcomes.add(new Outcome(limit.toSeconds(), false, 0, "hang: polc (with code generation) ran longer than "
                            + limit.toSeconds() + " s; the JVM running it was killed"));
                    break;
                }
                if (line.equals("@@ START")) {
                    deadline = System.nanoTime() + limit.toNanos();
                } else if (line.startsWith("@@ DONE ")) {
                    String[] f = line.split(" ");
                    outcomes.add(new Outcome(Double.parseDouble(f[2]), Boolean.parseBoolean(f[3]), Integer.parseInt(f[4]), null));
                } else if (line.startsWith("@@ FAIL ")) {
                    String[] f = line.split(" ", 4);
                    outcomes.add(new Outcome(Double.parseDouble(f[2]), false, 0, f.length > 3 ? f[3] : "failed"));
                    break;
                } else if (line.equals("@@ EOF")) {
                    outcomes.add(new Outcome(0, false, 0, "the JVM compiling the input died: " + other.toString().strip()));
                    break;
                } else if (other.length() < 4000) {
                    other.append(line).append('\n');
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            for (int i = 0; i < texts.size(); i++) {
                Files.deleteIfExists(dir.resolve(i + ".pol"));
            }
            Files.deleteIfExists(dir);
        }
        return outcomes;
    }
}
