package org.polc.poltest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.polc.cli.Main;
import org.polc.diagnostics.SourceFile;

/**
 * Runs one 试算 (or 核对目标) directive through the real command line, {@code polc eval} (or {@code polc targets}), on a temporary policy
 * folder holding the same sources the test compiled. The command line is the public face of eval;
 * the interpreter behind it is not used directly.
 */
final class EvalRun {

    private EvalRun() {}

    static Expectation.EvalOutcome run(PolFile.Eval eval, List<SourceFile> sources) {
        Path root = null;
        try {
            root = Files.createTempDirectory("polc-pol");
            // The folder name is the policy id, which must be a Java package segment; "test" as in compileSources.
            Path folder = Files.createDirectories(root.resolve("test"));
            // Numbered names keep the order of the sources: polc reads a folder's files sorted by path.
            Map<String, String> shownAs = new LinkedHashMap<>();
            for (int i = 0; i < sources.size(); i++) {
                Path file = folder.resolve(String.format("%02d.pol", i));
                Files.writeString(file, sources.get(i).text(), StandardCharsets.UTF_8);
                shownAs.put(file.toString(), sources.get(i).displayName());
            }
            Path facts = root.resolve("facts.json");
            Files.writeString(facts, eval.facts(), StandardCharsets.UTF_8);
            shownAs.put(facts.toString(), "<试算输入>");
            shownAs.put(root.toString(), "<临时文件夹>");

            List<String> args = eval.targets() ? new ArrayList<>(List.of("targets", "--actuals", facts.toString()))
                    : new ArrayList<>(List.of("eval", "--clause", eval.clause(), "--input", facts.toString()));
            if (eval.json()) {
                args.add("--json");
            }
            args.add(folder.toString());
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
            return new Expectation.EvalOutcome(eval.label(), code, stable(out.toString(), shownAs), stable(err.toString(), shownAs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(root);
        }
    }

    /** The temporary paths replaced by the names the test file uses, and {@code \n} line ends, so the record is the same on every machine. */
    private static String stable(String text, Map<String, String> shownAs) {
        String s = text.replace("\r\n", "\n");
        for (Map.Entry<String, String> e : shownAs.entrySet()) {
            // polc shows paths with '/' (SourceFile.of), the JDK with the platform's separator
            s = s.replace(e.getKey(), e.getValue()).replace(e.getKey().replace('\\', '/'), e.getValue());
        }
        return s;
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
