package org.polc.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.diagnostics.DiagnosticRenderer;

/**
 * What the goal does, apart from Maven: check the .pol files of a folder and write their Java, touching
 * only the files whose text changed, so that javac's staleness check (and the developer's IDE) see
 * nothing new when nothing is new. When neither the sources nor the compiler changed since the last
 * run — the {@link Fingerprint} in the state file says so — nothing is read beyond the sources, and
 * nothing is written.
 */
final class PolBuild {

    /** What a run did; {@code diagnostics} rendered as {@code file:line:column: 错误：…} with the line. */
    record Outcome(Kind kind, int clauses, int written, int unchanged, int deleted,
            List<String> errors, List<String> warnings) {

        Outcome {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        static Outcome of(Kind kind) {
            return new Outcome(kind, 0, 0, 0, 0, List.of(), List.of());
        }
    }

    enum Kind {
        /** The source folder holds no .pol file. */
        NO_SOURCES,
        /** Nothing changed since the last run: nothing was written. */
        UP_TO_DATE,
        /** Checked without errors; the Java is in the output folder. */
        GENERATED,
        /** The .pol files have errors: nothing was written. */
        FAILED
    }

    private PolBuild() {}

    static Outcome run(Path sources, Path output, Path stateFile) throws IOException {
        List<Path> pol = polFiles(sources);
        if (pol.isEmpty()) {
            return Outcome.of(Kind.NO_SOURCES);
        }
        String fingerprint = Fingerprint.of(sources, pol);
        if (State.read(stateFile).upToDate(fingerprint, output)) {
            return Outcome.of(Kind.UP_TO_DATE);
        }
        Compilation compilation = Compiler.compile(sources);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Diagnostic d : compilation.diagnostics().sorted()) {
            (d.isError() ? errors : warnings).add(DiagnosticRenderer.render(d).stripTrailing());
        }
        if (!compilation.ok()) {
            // A failed run leaves no state: the next one checks again, even with the same sources.
            Files.deleteIfExists(stateFile);
            return new Outcome(Kind.FAILED, compilation.clauses().size(), 0, 0, 0, errors, warnings);
        }
        SortedMap<String, String> java = compilation.javaSources();
        int written = 0;
        int unchanged = 0;
        for (var file : java.entrySet()) {
            Path target = output.resolve(file.getKey());
            if (Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(file.getValue())) {
                unchanged++;
            } else {
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
                written++;
            }
        }
        int deleted = deleteOthers(output, java.keySet());
        new State(fingerprint, List.copyOf(java.keySet())).write(stateFile);
        return new Outcome(Kind.GENERATED, compilation.clauses().size(), written, unchanged, deleted, errors, warnings);
    }

    /** The .pol files below the folder, sorted; none when it does not exist. */
    static List<Path> polFiles(Path sources) throws IOException {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(p -> p.toString().endsWith(".pol") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** A .java file in the output folder that this run did not produce is from a clause or policy since removed. */
    private static int deleteOthers(Path output, Set<String> keep) throws IOException {
        if (!Files.isDirectory(output)) {
            return 0;
        }
        List<Path> stale;
        try (Stream<Path> walk = Files.walk(output)) {
            stale = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !keep.contains(output.relativize(p).toString().replace('\\', '/')))
                    .sorted().toList();
        }
        for (Path p : stale) {
            Files.delete(p);
        }
        return stale.size();
    }
}
