package org.polc;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.polc.ast.Document;
import org.polc.check.Checker;
import org.polc.codegen.JavaGenerator;
import org.polc.codegen.JavaNameCheck;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.Span;
import org.polc.model.Clause;
import org.polc.model.Program;
import org.polc.syntax.PolParsing;
import org.polc.verify.Verifier;

/**
 * The pipeline in one place: read the {@code .pol} files under a folder, then for each policy
 * document parse → check → verify (caps, Java names, examples, 单调) → generate. Each folder that
 * holds {@code .pol} files is one policy document; its name is the document's id and the last
 * segment of the generated Java package. Every stage reports into one {@link Diagnostics}; code is
 * generated only from a compilation without errors.
 */
public final class Compiler {

    private Compiler() {}

    /**
     * The checked documents and every diagnostic of a run. Only a compilation without errors
     * {@link #generate generates} Java.
     *
     * @param sourceName how a clause's source file is named in the generated code's header
     */
    public record Compilation(List<Program> programs, Diagnostics diagnostics, Function<Clause, String> sourceName) {

        public Compilation {
            programs = List.copyOf(programs);
        }

        public boolean ok() {
            return !diagnostics.hasErrors();
        }

        public List<Clause> clauses() {
            return programs.stream().flatMap(p -> p.clauses().stream()).toList();
        }

        /** The last stage: one Java file per clause, in document order. */
        public List<JavaFile> generate() {
            if (!ok()) {
                throw new IllegalStateException("a compilation with errors generates no code");
            }
            List<JavaFile> files = new ArrayList<>();
            programs.forEach(program -> files.addAll(JavaGenerator.generate(program, sourceName)));
            return files;
        }

        /**
         * The generated Java by where it goes below an output folder
         * ({@code org/polc/policies/demo/Clause01.java} → its text), sorted by path: for a build tool
         * that writes only what changed.
         */
        public SortedMap<String, String> javaSources() {
            SortedMap<String, String> sources = new TreeMap<>();
            for (JavaFile file : generate()) {
                sources.put(JavaGenerator.path(file), JavaGenerator.source(file));
            }
            return sources;
        }
    }

    /**
     * Parsing and checking recurse over the tree, so a pathological file (ten thousand nested
     * brackets) could overflow an ordinary thread stack. The pipeline runs on a thread with a large
     * stack, and an overflow that still happens becomes a diagnostic, never a crash.
     */
    private static final long STACK_BYTES = 1L << 30;

    /**
     * Compiles every policy document under {@code root}: a folder, or one .pol file — which is a part of
     * its folder's policy (the header, the facts and the other Parts are beside it), so the whole
     * folder it belongs to is compiled.
     */
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
            programs.add(document(id, sources, diagnostics));
            return new Compilation(programs, diagnostics, clause -> clause.span().source().displayName());
        });
    }

    private static Compilation onLargeStack(String what, Supplier<Compilation> work) {
        Compilation[] result = new Compilation[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (StackOverflowError tooDeep) {
                Diagnostics d = new Diagnostics();
                d.error("nesting.depth", Span.unknown(new SourceFile(what, "")),
                        "嵌套太深，polc 无法处理：请检查是否有成千上万层的括号或「若」");
                result[0] = new Compilation(List.of(), d, clause -> what);
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
            Path folder = root.toAbsolutePath().normalize().getParent();
            try (Stream<Path> beside = Files.list(folder)) {
                beside.filter(p -> p.toString().endsWith(".pol") && Files.isRegularFile(p)).sorted()
                        .map(p -> root.resolveSibling(p.getFileName()))
                        .forEach(p -> folders.computeIfAbsent(folderId(p), k -> new ArrayList<>()).add(p));
            } catch (IOException e) {
                diagnostics.error("io", Span.unknown(new SourceFile(root.toString(), "")), "无法读取 " + folder + "：" + e.getMessage());
            }
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
            for (Path path : folder.getValue()) {
                read(path, diagnostics).ifPresent(sources::add);
            }
            // A file that cannot be read says why; checking the rest of its folder without it would
            // report its clauses as missing.
            if (sources.size() == folder.getValue().size()) {
                programs.add(document(folder.getKey(), sources, diagnostics));
            }
        }
        return new Compilation(programs, diagnostics, clause -> SourceNames.of(root, clause.span().source().displayName()));
    }

    /** One policy document through every stage but generation. */
    private static Program document(String id, List<SourceFile> sources, Diagnostics diagnostics) {
        List<Map.Entry<SourceFile, Document>> documents = new ArrayList<>();
        for (SourceFile source : sources) {
            documents.add(new AbstractMap.SimpleEntry<>(source, PolParsing.parse(source, diagnostics)));
        }
        Program program = Checker.check(id, documents, diagnostics);
        Verifier.caps(program, diagnostics);
        JavaNameCheck.run(program, diagnostics);
        Verifier.examples(program, diagnostics);
        Verifier.monotonicity(program, diagnostics);
        return program;
    }

    private static String folderId(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "policy" : parent.getFileName().toString();
    }

    /** Reads UTF-8 strictly: a file in another encoding gets a message, not mojibake. */
    private static Optional<SourceFile> read(Path path, Diagnostics diagnostics) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(SourceFile.of(path, text));
        } catch (CharacterCodingException e) {
            diagnostics.error("io.encoding", Span.unknown(SourceFile.of(path, "")), "文件不是 UTF-8 编码：请用 UTF-8 保存 " + path);
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error("io", Span.unknown(SourceFile.of(path, "")), "无法读取 " + path + "：" + e.getMessage());
            return Optional.empty();
        }
    }
}
