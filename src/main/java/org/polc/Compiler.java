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

    /**
     * Parsing and checking recurse over the tree, so a pathological file (ten thousand nested
     * brackets) could overflow an ordinary thread stack. The pipeline runs on a thread with a large
     * stack, and an overflow that still happens becomes a diagnostic, never a crash.
     */
    private static final long STACK_BYTES = 1L << 30;

    public static Compilation compile(Path root) {
        return onLargeStack(root.toString(), () -> compileHere(root));
    }

    /**
     * Compiles sources held in memory as one policy document: for tests, fuzzing and tools that do
     * not keep .pol files on disk. {@code id} plays the part of the folder name.
     */
    public static Compilation compileSources(String id, List<SourceFile> sources) {
        return onLargeStack(id, () -> {
            Diagnostics diagnostics = new Diagnostics();
            List<Program> programs = new ArrayList<>();
            folder(id, sources, true, diagnostics).ifPresent(programs::add);
            return new Compilation(programs, diagnostics);
        });
    }

    private static Compilation onLargeStack(String what, java.util.function.Supplier<Compilation> work) {
        Compilation[] result = new Compilation[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (StackOverflowError tooDeep) {
                Diagnostics d = new Diagnostics();
                d.error("nesting.depth", Span.unknown(new SourceFile(what, "")),
                        "嵌套太深，polc 无法处理：请检查是否有成千上万层的括号或「若」");
                result[0] = new Compilation(List.of(), d);
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "polc-compile", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return result[0];
    }

    private static Compilation compileHere(Path root) {
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
            List<SourceFile> sources = new ArrayList<>();
            boolean complete = true;
            for (Path path : folder.getValue()) {
                SourceFile source = read(path, diagnostics);
                if (source == null) {
                    complete = false;
                } else {
                    sources.add(source);
                }
            }
            folder(folder.getKey(), sources, complete, diagnostics).ifPresent(programs::add);
        }
        return new Compilation(programs, diagnostics);
    }

    /** Parses and checks one policy document; empty when a file could not be read or parsed at all. */
    private static java.util.Optional<Program> folder(String id, List<SourceFile> sources, boolean complete, Diagnostics diagnostics) {
        List<Map.Entry<SourceFile, Document>> documents = new ArrayList<>();
        for (SourceFile source : sources) {
            java.util.Optional<Document> document = PolParsing.parse(source, diagnostics);
            if (document.isPresent()) {
                documents.add(new AbstractMap.SimpleEntry<>(source, document.get()));
            } else {
                complete = false;
            }
        }
        if (!complete) {
            // Its own errors say why; checking the rest of the folder without it would report its
            // clauses as missing.
            return java.util.Optional.empty();
        }
        Program program = Checker.check(id, documents, diagnostics);
        org.polc.codegen.JavaNameCheck.run(program, diagnostics);
        ExampleRunner.run(program, diagnostics);
        org.polc.eval.MonotoneCheck.run(program, diagnostics);
        return java.util.Optional.of(program);
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
