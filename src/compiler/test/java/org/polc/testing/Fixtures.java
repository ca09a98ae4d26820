package org.polc.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.cli.Main;
import org.polc.diagnostics.Diagnostic;

/** Shared helpers for tests: the real policies, small policies written inline, and running the CLI. */
public final class Fixtures {

    /** A minimal document header, so an inline test policy needs only its Part and clauses. */
    public static final String HEADER = "政策 测试政策\n  有效期 2024-01-01 至 2024-12-31\n";

    /**
     * The scaffold of a test about one clause: Part 一 and its clause 一 with a 原文, then {@code body}
     * (the clause's 输入 and the rest, indented as in a policy). Messages about it start 第一条：.
     */
    public static String clause(String body) {
        return "部分 一 测试部分\n  牵头单位 测试局\n条款 一 测试条款\n  原文 “测试”\n" + body;
    }

    private static Compilation real;

    private Fixtures() {}

    /** The repository's top folder, with policies/, grammar/, generated/ (Maven passes it; from the IDE, the working directory). */
    public static Path projectRoot() {
        return Path.of(System.getProperty("polc.basedir", ".")).toAbsolutePath().normalize();
    }

    /** This module's build folder (src/compiler/target): where tests write what they produce. */
    public static Path buildDirectory() {
        return Path.of(System.getProperty("polc.module", projectRoot().resolve("src/compiler").toString()))
                .toAbsolutePath().normalize().resolve("target");
    }

    public static Path policies() {
        return projectRoot().resolve("policies");
    }

    /** The real policies/, compiled once per test run. */
    public static synchronized Compilation realPolicies() {
        if (real == null) {
            real = Compiler.compile(policies());
            if (!real.ok()) {
                throw new AssertionError("policies/ has errors:\n" + render(real));
            }
        }
        return real;
    }

    /** Compiles one inline policy: {@code body} is written after {@link #HEADER} into a fresh folder "test". */
    public static Compilation compile(String body) {
        return compileFile(HEADER + body);
    }

    /** Compiles the exact text as the only file of a policy folder named "test". */
    public static Compilation compileFile(String text) {
        try {
            Path dir = Files.createTempDirectory("polc-test").resolve("test");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("test.pol"), text, StandardCharsets.UTF_8);
            return Compiler.compile(dir.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Diagnostic> errors(Compilation c) {
        return c.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
    }

    /** The codes of the errors, in order: the compact thing to compare. */
    public static List<String> errorCodes(Compilation c) {
        return errors(c).stream().map(Diagnostic::code).toList();
    }

    /** The errors with {@code code}. */
    public static List<Diagnostic> errors(Compilation c, String code) {
        return errors(c).stream().filter(d -> d.code().equals(code)).toList();
    }

    /** The one error of the compilation, which must have {@code code}; fails with every diagnostic shown otherwise. */
    public static Diagnostic onlyError(Compilation c, String code) {
        List<Diagnostic> all = errors(c);
        if (all.size() != 1 || !all.get(0).code().equals(code)) {
            throw new AssertionError("expected exactly one error, " + code + ", but got " + all.size() + ":\n" + render(c));
        }
        return all.get(0);
    }

    public static String render(Compilation c) {
        return c.diagnostics().sorted().stream().map(org.polc.diagnostics.DiagnosticRenderer::render).collect(Collectors.joining());
    }

    /** The result of running polc on the command line, captured. */
    public record Run(int exitCode, String out, String err) {}

    public static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
