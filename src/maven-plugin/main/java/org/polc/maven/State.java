package org.polc.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the last successful run left in the build folder: the fingerprint of its inputs and the files
 * it wrote (paths below the output folder). The output is up to date when the fingerprint is the same
 * and every file is still there, so deleting target/generated-sources by hand regenerates.
 */
record State(String fingerprint, List<String> files) {

    private static final State NONE = new State("", List.of());

    State {
        files = List.copyOf(files);
    }

    static State read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return NONE;
        }
        return new State(lines.get(0), lines.subList(1, lines.size()));
    }

    boolean upToDate(String current, Path output) {
        return !fingerprint.isEmpty() && fingerprint.equals(current)
                && files.stream().allMatch(f -> Files.isRegularFile(output.resolve(f)));
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        lines.add(fingerprint);
        lines.addAll(files);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
