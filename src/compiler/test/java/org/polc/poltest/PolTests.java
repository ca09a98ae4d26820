package org.polc.poltest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.polc.testing.Fixtures;

/**
 * The language tests written as policy text: every {@code src/compiler/test/pol/<feature>/*.pol} holds a few
 * clauses and, in comments at its end, every diagnostic polc gives for them and the output of its
 * 试算 directives (src/compiler/test/pol/README.md). One dynamic test per file.
 *
 * <p>{@code -Dpolc.pol.reset=true} rewrites each file's expectations from what polc does, so a
 * deliberate change of behaviour becomes a diff to review in git (as {@code clerk test --reset}).
 */
class PolTests {

    static final String RESET_PROPERTY = "polc.pol.reset";

    static Path root() {
        return Fixtures.projectRoot().resolve("src/compiler/test/pol");
    }

    @TestFactory
    Stream<DynamicTest> everyPolFile() throws IOException {
        Path root = root();
        boolean reset = Boolean.getBoolean(RESET_PROPERTY);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".pol") && Files.isRegularFile(p)).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .pol tests under " + root);
        return files.stream().map(path -> {
            String name = root.relativize(path).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(name, path.toUri(), () -> {
                if (reset) {
                    if (PolCheck.reset(path, name)) {
                        System.out.println("已重写 / rewritten: src/compiler/test/pol/" + name);
                    }
                } else {
                    PolCheck.verify(path, name);
                }
            });
        });
    }
}
