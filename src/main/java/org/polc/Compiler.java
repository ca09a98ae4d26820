package org.polc;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.polc.check.Checker;
import org.polc.check.Program;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.Span;
import org.polc.eval.ExampleRunner;
import org.polc.syntax.Document;
import org.polc.syntax.PolParsing;

/**
 * The pipeline in one place: read the {@code .pol} files under a folder, parse, check, prove caps,
 * run the examples. Each folder that holds {@code .pol} files is one policy document; its name is
 * the document's id and the last segment of the generated Java package.
 */
public final class Compiler {

    private Compiler() {}

    /** The checked documents (only those with no errors are safe to generate from) and all diagnostics. */
    public record Compilation(List<Program> programs, Diagnostics diagnostics) {
        public boolean ok() {
            return !diagnostics.hasErrors();
        }

        public List<Program.Clause> clauses() {
            return programs.stream().flatMap(p -> p.clauses().stream()).toList();
        }
    }

    public static Compilation compile(Path root) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, List<Path>> folders = new TreeMap<>();
        if (Files.isRegularFile(root)) {
            folders.computeIfAbsent(folderId(root), k -> new ArrayList<>()).add(root);
        } else {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".pol") && Files.isRegularFile(p)).sorted()
                        .forEach(p -> folders.computeIfAbsent(folderId(p), k -> new ArrayList<>()).add(p));
            } catch (IOException e) {
                diagnostics.error("io", Span.unknown(new SourceFile(root.toString(), "")), "无法读取 " + root + "：" + e.getMessage());
            }
        }
        List<Program> programs = new ArrayList<>();
        for (Map.Entry<String, List<Path>> folder : folders.entrySet()) {
            List<Map.Entry<SourceFile, Document>> documents = new ArrayList<>();
            boolean complete = true;
            for (Path path : folder.getValue()) {
                SourceFile source = read(path, diagnostics);
                java.util.Optional<Document> document = source == null ? java.util.Optional.empty() : PolParsing.parse(source, diagnostics);
                if (document.isPresent()) {
                    documents.add(new AbstractMap.SimpleEntry<>(source, document.get()));
                } else {
                    complete = false;
                }
            }
            if (!complete) {
                // A file that could not be read or parsed at all: its own errors say why; checking
                // the rest of the folder without it would report its clauses as missing.
                continue;
            }
            long errorsBefore = diagnostics.errorCount();
            Program program = Checker.check(folder.getKey(), documents, diagnostics);
            if (diagnostics.errorCount() == errorsBefore) {
                ExampleRunner.run(program, diagnostics);
            }
            programs.add(program);
        }
        return new Compilation(programs, diagnostics);
    }

    private static String folderId(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "policy" : parent.getFileName().toString();
    }

    /** Reads UTF-8 strictly: a file in another encoding gets a message, not mojibake. */
    private static SourceFile read(Path path, Diagnostics diagnostics) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return SourceFile.of(path, text);
        } catch (CharacterCodingException e) {
            diagnostics.error("io.encoding", Span.unknown(SourceFile.of(path, "")), "文件不是 UTF-8 编码：请用 UTF-8 保存 " + path);
            return null;
        } catch (IOException e) {
            diagnostics.error("io", Span.unknown(SourceFile.of(path, "")), "无法读取 " + path + "：" + e.getMessage());
            return null;
        }
    }
}
