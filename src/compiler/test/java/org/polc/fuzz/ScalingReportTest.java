package org.polc.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.diagnostics.SourceFile;
import org.polc.testing.Fixtures;

/**
 * The scaling table for docs/reliability.md (fuzz profile only: -Dpolc.fuzz.large=true). Inputs of
 * 0.5 to 50 MB are built from copies of the clauses of part2.pol with their 条款 headings renumbered
 * 1, 2, 3 …, so every copy is a distinct clause that is fully checked, proven and run. The table
 * goes to stdout and target/fuzz/scaling.txt; the test asserts only that time is linear: the time per
 * MB at 50 MB is at most three times the time per MB at 5 MB.
 */
@EnabledIfSystemProperty(named = "polc.fuzz.large", matches = "true")
class ScalingReportTest {

    private static final double[] SIZES_MB = {0.5, 1, 2, 5, 10, 20, 50};

    record Row(double mb, int clauses, double seconds, long peakHeap, int diagnostics, boolean ok) {
        double secondsPerMb() {
            return seconds / mb;
        }
    }

    @Test
    void timePerMegabyteStaysFlatFromFiveToFiftyMegabytes() throws IOException {
        Path folder = Fixtures.policies().resolve("hangzhou2024");
        // Without the 预算 of 490亿元 over the Parts (only that declaration: the header's 原文 quotes the same words):
        // the copies repeat clause 九's 市财政2024年预算安排, which that total rightly refuses (one budget of that
        // name per Part); the copies measure size, not the document.
        String header = Files.readString(folder.resolve("policy.pol"), StandardCharsets.UTF_8).lines()
                .filter(line -> !(line.strip().startsWith("预算") && line.contains("除交叉重叠部分外")))
                .collect(Collectors.joining("\n", "", "\n"));
        String part2 = Files.readString(folder.resolve("part2.pol"), StandardCharsets.UTF_8);
        // warm the JIT on a small input, so that the first row is not the compiler's start-up
        compile(header, build(part2, 0.5).text());
        List<Row> rows = new ArrayList<>();
        for (double mb : SIZES_MB) {
            Built built = build(part2, mb);
            System.gc();
            ExtremeInputsTest.MemoryWatch watch = new ExtremeInputsTest.MemoryWatch();
            long start = System.nanoTime();
            Compilation c;
            try {
                c = compile(header, built.text());
            } finally {
                watch.stop();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Row row = new Row(Fuzz.utf8Length(built.text()) / 1e6, built.clauses(), seconds, watch.peak, c.diagnostics().sorted().size(), c.ok());
            rows.add(row);
            System.out.println("[fuzz] scaling " + line(row));
        }
        StringBuilder table = new StringBuilder();
        table.append("polc scaling: Compiler.compileSources on copies of part2.pol with renumbered clauses (parse, check, prove caps, run examples, check 单调)\n");
        table.append(String.format(Locale.ROOT, "%d cores, max heap %d MB%n%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20));
        table.append(String.format(Locale.ROOT, "%8s %8s %10s %8s %8s %10s %s%n", "MB", "clauses", "seconds", "MB/s", "s/MB", "peak MB", "result"));
        for (Row row : rows) {
            table.append(line(row)).append('\n');
        }
        Row five = rows.stream().filter(r -> r.mb() >= 4.9 && r.mb() < 6).findFirst().orElseThrow();
        Row fifty = rows.get(rows.size() - 1);
        double ratio = fifty.secondsPerMb() / five.secondsPerMb();
        table.append(String.format(Locale.ROOT, "%ntime per MB at %.0f MB / time per MB at %.0f MB = %.2f (linear: 1; allowed: at most 3)%n",
                fifty.mb(), five.mb(), ratio));
        System.out.print(table);
        Files.createDirectories(Fuzz.target());
        Files.writeString(Fuzz.target().resolve("scaling.txt"), table.toString(), StandardCharsets.UTF_8);
        Fuzz.Stats stats = new Fuzz.Stats("ScalingReportTest.scaling");
        for (Row row : rows) {
            stats.record((long) (row.seconds() * 1e9), (long) (row.mb() * 1e6), row.ok());
        }
        stats.note("time per MB, 50 MB vs 5 MB", String.format(Locale.ROOT, "%.2f", ratio));
        Fuzz.publish(stats);
        for (Row row : rows) {
            if (!row.ok()) {
                throw new AssertionError("renumbered copies of part2.pol should compile without errors: " + line(row));
            }
        }
        if (ratio > 3) {
            throw new AssertionError(String.format(Locale.ROOT, "not linear: %.2f s/MB at 50 MB against %.2f s/MB at 5 MB", fifty.secondsPerMb(),
                    five.secondsPerMb()));
        }
    }

    private static String line(Row row) {
        return String.format(Locale.ROOT, "%8.1f %8d %10.2f %8.2f %8.3f %10d %s", row.mb(), row.clauses(), row.seconds(), row.mb() / row.seconds(),
                row.secondsPerMb(), row.peakHeap() >> 20, row.ok() ? "no errors" : row.diagnostics() + " diagnostics");
    }

    record Built(String text, int clauses) {}

    /** The Part heading of part2.pol, then its clauses over and over, renumbered 1, 2, 3 …, up to {@code mb} megabytes. */
    static Built build(String part2, double mb) {
        int first = part2.indexOf("\n条款") + 1;
        String head = part2.substring(0, first);
        String[] lines = part2.substring(first).split("\n", -1);
        StringBuilder sb = new StringBuilder(head);
        long bytes = Fuzz.utf8Length(head);
        int clause = 0;
        while (bytes < mb * 1e6) {
            for (String line : lines) {
                if (line.startsWith("条款 ")) {
                    String[] parts = line.split(" ", 3);
                    line = "条款 " + (++clause) + (parts.length > 2 ? " " + parts[2] : "");
                }
                sb.append(line).append('\n');
                bytes += Fuzz.utf8Length(line) + 1;
            }
        }
        return new Built(sb.toString(), clause);
    }

    private static Compilation compile(String header, String text) {
        List<SourceFile> sources = List.of(new SourceFile("policy.pol", header), new SourceFile("part2.pol", text));
        Compilation c = assertTimeoutPreemptively(Duration.ofMinutes(30), () -> Compiler.compileSources("hangzhou2024", sources));
        for (Diagnostic d : c.diagnostics().sorted()) {
            Fuzz.checkDiagnostic(d, sources);
        }
        return c;
    }
}
