package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.polc.testing.Fixtures;

/**
 * The committed generated/ must be exactly what polc makes of the committed policies/. The build
 * generated into target/generated-policies; a difference means someone edited a .pol without
 * regenerating, or edited generated code by hand.
 */
class PolicyDriftTest {

    private static final String HOW = "generated/ 与 policies/ 不一致。请运行 ./polc compile policies 重新生成，检查 git diff generated/ 后与 .pol 一起提交。"
            + " (generated/ is stale: run ./polc compile policies, review the diff, commit it.)";

    @Test
    void committedGeneratedCodeMatchesThePolicies() throws IOException {
        Path fresh = Path.of(System.getProperty("polc.generated.dir", Fixtures.buildDirectory().resolve("generated-policies").toString()));
        Path committed = Fixtures.projectRoot().resolve("generated");
        TreeSet<String> freshFiles = files(fresh);
        TreeSet<String> committedFiles = files(committed);
        if (!freshFiles.equals(committedFiles)) {
            fail(HOW + "\n只在新生成中：" + diff(freshFiles, committedFiles) + "\n只在 generated/ 中：" + diff(committedFiles, freshFiles));
        }
        for (String file : freshFiles) {
            String expected = Files.readString(fresh.resolve(file));
            String actual = Files.readString(committed.resolve(file));
            assertEquals(expected, actual, HOW + " 文件：" + file);
        }
    }

    private static TreeSet<String> files(Path root) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
        }
        return out;
    }

    private static List<String> diff(TreeSet<String> a, TreeSet<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }
}
