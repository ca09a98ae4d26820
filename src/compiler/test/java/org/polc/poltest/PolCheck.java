package org.polc.poltest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.polc.Compiler;
import org.polc.diagnostics.Diagnostic;
import org.polc.diagnostics.SourceFile;
import org.polc.testing.Fixtures;

/**
 * Runs one test file: compiles its body (with the test header as a separate source when it needs
 * one), runs its 试算 directives, renders the expectation block, and either compares it with the
 * block in the file or writes it into the file.
 */
final class PolCheck {

    /** The name the test header has in expectations. */
    static final String HEADER_NAME = "<header>";

    static final String RESET_COMMAND = "mvn -B test -Dtest=PolTests -Dpolc.pol.reset=true";

    private PolCheck() {}

    /** The block polc's actual behaviour gives for {@code file}, named {@code name} in diagnostics. */
    static String actualBlock(PolFile file, String name) {
        List<SourceFile> sources = new ArrayList<>();
        if (file.needsHeader()) {
            sources.add(new SourceFile(HEADER_NAME, Fixtures.HEADER));
        }
        for (String section : file.sections()) {
            sources.add(new SourceFile(name, section));
        }
        List<Diagnostic> diagnostics = Compiler.compileSources("test", sources).diagnostics().sorted();
        Invariants.check(diagnostics, name);
        List<Expectation.EvalOutcome> evals = file.evals().stream().map(e -> EvalRun.run(e, sources)).toList();
        return Expectation.render(diagnostics, name, evals);
    }

    /** Fails with a diff when the file's block is not what polc does. */
    static void verify(Path path, String name) throws IOException {
        String raw = read(path, name);
        String text = normalised(raw);
        if (!text.equals(raw)) {
            throw new AssertionError(name + "：文件应以 \\n 换行、不带 BOM（file must use \\n line ends and no BOM）；"
                    + "重写 / rewrite with:\n  " + RESET_COMMAND);
        }
        PolFile file = parsed(text, name);
        String actual = actualBlock(file, name);
        String expected = file.block().orElse("");
        if (!actual.equals(expected)) {
            String why = file.block().isPresent() ? "期望与实际不符（expectations differ from what polc does）"
                    : "没有期望块「" + PolFile.MARKER + "」（no expectation block）";
            throw new AssertionError(name + "：" + why + "\n"
                    + UnifiedDiff.of(expected, actual, "期望（文件中）/ expected (in the file)", "实际 / actual", file.blockLine())
                    + "若这一变化是有意的，重写期望，再用 git diff 审阅 / if the change is intended, rewrite and review it with git diff:\n  "
                    + RESET_COMMAND + "\n");
        }
    }

    /** Rewrites the file's block from what polc does; returns whether the file's bytes changed. */
    static boolean reset(Path path, String name) throws IOException {
        String raw = read(path, name);
        PolFile file = parsed(normalised(raw), name);
        String rewritten = file.withBlock(actualBlock(file, name));
        if (rewritten.equals(raw)) {
            return false;
        }
        Files.write(path, rewritten.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static PolFile parsed(String text, String name) {
        PolFile file = PolFile.parse(text);
        if (!file.problems().isEmpty()) {
            throw new AssertionError(name + "：\n  " + String.join("\n  ", file.problems()));
        }
        return file;
    }

    /** {@code \n} line ends and no byte-order mark: what the files are written with. */
    private static String normalised(String raw) {
        String text = raw.replace("\r\n", "\n");
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Strict UTF-8, as polc reads .pol files. */
    private static String read(Path path, String name) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(name + "：文件不是 UTF-8 编码（not UTF-8）", e);
        }
    }
}
