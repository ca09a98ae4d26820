package org.polc.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.diagnostics.SourceFile;
import org.polc.fuzz.Mutations.Mutant;
import org.polc.fuzz.PolGenerator.R;
import org.polc.testing.Fixtures;
import org.quicktheories.core.Gen;

/**
 * Mutations of the real policies/ files. To keep cases fast most cases mutate one clause (a clause
 * of part2.pol after the header of policy.pol and its 部分 line); some mutate whole files. polc must
 * end every case with diagnostics or success, with positions on every diagnostic, within the hang
 * limit; a file that is not UTF-8 must be reported as such; and swapping punctuation for an
 * equivalent spelling (docs/language.md §4) must not change whether a clause compiles.
 */
class MutationFuzzTest {

    private static final int CLAUSE_CASES = Fuzz.cases(0.49, 200);
    private static final int FILE_CASES = Fuzz.cases(0.004, 10);
    private static final int ENCODING_CASES = Fuzz.cases(0.04, 50);
    private static final int EQUIVALENCE_CASES = Fuzz.cases(0.03, 50);

    /** policy.pol, the header every clause is compiled after. */
    private static String header;
    /** The Part files (part2.pol …) as they are. */
    private static final List<SourceFile> PARTS = new ArrayList<>();
    /** Each clause as a compilable unit: header, its 部分 line, the clause. */
    private static final List<String> CLAUSES = new ArrayList<>();

    @BeforeAll
    static void readThePolicies() throws IOException {
        Path folder = Fixtures.policies().resolve("hangzhou2024");
        header = Files.readString(folder.resolve("policy.pol"), StandardCharsets.UTF_8);
        List<Path> parts;
        try (Stream<Path> files = Files.list(folder)) {
            parts = files.filter(p -> p.getFileName().toString().matches("part\\d+\\.pol")).sorted(Comparator.naturalOrder()).toList();
        }
        for (Path part : parts) {
            String text = Files.readString(part, StandardCharsets.UTF_8);
            PARTS.add(new SourceFile(part.getFileName().toString(), text));
            String partLine = null;
            StringBuilder clause = null;
            // the Part's own heading and items (牵头单位, 原文, 目标, 预算) form one more unit
            int firstClause = text.indexOf("\n条款");
            if (firstClause > 0) {
                CLAUSES.add(header + "\n" + text.substring(0, firstClause + 1));
            }
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("部分")) {
                    partLine = line;
                }
                if (line.startsWith("条款")) {
                    if (clause != null) {
                        CLAUSES.add(clause.toString());
                    }
                    clause = new StringBuilder(header).append('\n').append(partLine).append('\n');
                }
                if (clause != null) {
                    clause.append(line).append('\n');
                }
            }
            if (clause != null) {
                CLAUSES.add(clause.toString());
            }
        }
        if (CLAUSES.size() < 5) {
            throw new AssertionError("expected the clauses of policies/hangzhou2024, found " + CLAUSES.size());
        }
    }

    record Case(String name, String text, List<String> applied) {
        @Override
        public String toString() {
            return name + " after " + applied + ":\n" + text;
        }
    }

    private static Gen<Case> mutatedClauses() {
        return in -> {
            R r = new R(in);
            int clause = r.below(CLAUSES.size());
            Mutant m = Mutations.mutate(r, CLAUSES.get(clause), r.chance(90) ? r.between(1, 3) : r.between(4, 12));
            return new Case("clause #" + clause, m.text(), m.applied());
        };
    }

    @Test
    void mutatedClausesEndWithDiagnosticsOrSuccess() {
        Fuzz.Stats stats = new Fuzz.Stats("MutationFuzzTest.mutatedClausesEndWithDiagnosticsOrSuccess");
        try {
            Fuzz.forAll(stats, CLAUSE_CASES, 30, mutatedClauses(), c -> Fuzz.compile(stats, "hangzhou2024", Fuzz.one("part2.pol", c.text())));
        } finally {
            Fuzz.publish(stats);
        }
    }

    @Test
    void mutatedWholeFilesEndWithDiagnosticsOrSuccess() {
        Fuzz.Stats stats = new Fuzz.Stats("MutationFuzzTest.mutatedWholeFilesEndWithDiagnosticsOrSuccess");
        Gen<List<SourceFile>> files = in -> {
            R r = new R(in);
            List<SourceFile> sources = new ArrayList<>();
            boolean mutateHeader = r.chance(20);
            int count = r.between(1, 6);
            sources.add(new SourceFile("policy.pol", mutateHeader ? Mutations.mutate(r, header, count).text() : header));
            for (SourceFile part : PARTS) {
                sources.add(new SourceFile(part.displayName(), mutateHeader ? part.text() : Mutations.mutate(r, part.text(), count).text()));
            }
            return sources;
        };
        try {
            Fuzz.forAll(stats, FILE_CASES, 10, files, sources -> Fuzz.compile(stats, "hangzhou2024", sources));
        } finally {
            Fuzz.publish(stats);
        }
    }

    /**
     * Invalid UTF-8 through the file path: bytes written to a folder and compiled with
     * Compiler.compile(Path). polc must say the file is not UTF-8 exactly when it is not.
     */
    @Test
    void aFileThatIsNotUtf8IsReportedAsSuch() throws IOException {
        Fuzz.Stats stats = new Fuzz.Stats("MutationFuzzTest.aFileThatIsNotUtf8IsReportedAsSuch");
        Path root = Files.createTempDirectory("polc-fuzz-utf8");
        Path folder = Files.createDirectories(root.resolve("hangzhou2024"));
        Files.writeString(folder.resolve("policy.pol"), header, StandardCharsets.UTF_8);
        Path part = folder.resolve("part2.pol");
        Gen<byte[]> broken = in -> {
            R r = new R(in);
            return Mutations.brokenBytes(r, CLAUSES.get(r.below(CLAUSES.size())).substring(header.length()));
        };
        int[] notUtf8 = new int[1];
        try {
            Fuzz.forAll(stats, ENCODING_CASES, 30, broken, bytes -> {
                write(part, bytes);
                boolean valid = Mutations.isUtf8(bytes);
                notUtf8[0] += valid ? 0 : 1;
                Compilation c = timed(stats, bytes.length, () -> Compiler.compile(root));
                if (c == null) {
                    return; // after a hang (reported already), the remaining cases are skipped
                }
                boolean reported = false;
                for (Diagnostic d : c.diagnostics().sorted()) {
                    Fuzz.checkDiagnostic(d, List.of());
                    if (d.isError() && d.message().contains("UTF-8") && d.span().source().displayName().endsWith("part2.pol")) {
                        reported = true;
                    }
                }
                if (reported != !valid) {
                    throw new AssertionError((valid ? "valid UTF-8 reported as not UTF-8" : "a file that is not UTF-8 was not reported as such")
                            + ": " + bytes.length + " bytes; diagnostics:\n" + Fixtures.render(c));
                }
            });
        } finally {
            stats.note("files that were not UTF-8", Integer.toString(notUtf8[0]));
            Fuzz.publish(stats);
        }
    }

    /**
     * §4 of docs/language.md: the full-width and half-width spellings of punctuation and digits are
     * interchangeable. Swapping them outside quoted text, comments and headings keeps an error-free
     * clause error-free.
     */
    @Test
    void equivalentPunctuationKeepsAClauseErrorFree() {
        Fuzz.Stats stats = new Fuzz.Stats("MutationFuzzTest.equivalentPunctuationKeepsAClauseErrorFree");
        Gen<Case> swapped = in -> {
            R r = new R(in);
            int clause = r.below(CLAUSES.size());
            String text = Mutations.swapEquivalents(r, CLAUSES.get(clause), r.pick(10, 50, 100), r.chance(50));
            return new Case("clause #" + clause, text, List.of("equivalent punctuation"));
        };
        try {
            Fuzz.forAll(stats, EQUIVALENCE_CASES, 30, swapped, c -> {
                Compilation compiled = Fuzz.compile(stats, "hangzhou2024", Fuzz.one("part2.pol", c.text()));
                if (!compiled.ok()) {
                    throw Fuzz.failure(stats, "an equivalent spelling of an error-free clause has errors:\n" + Fixtures.render(compiled),
                            Fuzz.one("part2.pol", c.text()), null);
                }
            });
        } finally {
            Fuzz.publish(stats);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Compilation timed(Fuzz.Stats stats, long bytes, java.util.function.Supplier<Compilation> work) {
        if (stats.hung) {
            return null;
        }
        long start = System.nanoTime();
        Object[] outcome;
        try {
            outcome = assertTimeoutPreemptively(Fuzz.HANG, () -> {
                try {
                    return new Object[] {work.get(), null};
                } catch (Throwable t) {
                    return new Object[] {null, t};
                }
            });
        } catch (AssertionFailedError timeout) {
            stats.hangs++;
            stats.hung = true;
            Fuzz.ABANDONED.set(true);
            Fuzz.publish(stats);
            throw new AssertionError("polc ran longer than " + Fuzz.HANG.toSeconds() + " s", timeout);
        }
        if (outcome[1] != null) {
            stats.crash();
            Fuzz.publish(stats);
            throw new AssertionError("polc threw " + outcome[1], (Throwable) outcome[1]);
        }
        Compilation c = (Compilation) outcome[0];
        stats.record(System.nanoTime() - start, bytes, c.ok());
        return c;
    }
}
