package org.polc.policies.hangzhou2024;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.polc.runtime.ClauseDescriptor;

/**
 * This artifact is what polc-maven-plugin generated from policies/ in this build: the same bytes as
 * the committed generated/ (which PolicyDriftTest holds to the compiler), and all 76 clauses.
 */
class CalculatorsArtifactTest {

    @Test
    void thePluginWroteTheCommittedCode() throws IOException {
        TreeMap<String, String> committed = javaFiles(Path.of(System.getProperty("polc.committed")));
        TreeMap<String, String> generated = javaFiles(Path.of(System.getProperty("polc.generated")));
        assertEquals(committed.keySet(), generated.keySet());
        for (String file : committed.keySet()) {
            assertEquals(committed.get(file), generated.get(file), file + " differs from generated/: run ./polc compile policies");
        }
    }

    @Test
    void everyClauseOfTheTextIsHereInOrder() {
        List<Integer> numbers = Hangzhou2024.clauses().stream().map(ClauseDescriptor::number).toList();
        assertEquals(IntStream.rangeClosed(1, 76).boxed().toList(), numbers);
        assertEquals("第十四条", Hangzhou2024.clause(14).orElseThrow().citation());
        assertEquals(8, Hangzhou2024.clauses().stream().map(ClauseDescriptor::part).distinct().count());
    }

    private static TreeMap<String, String> javaFiles(Path root) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }
}
