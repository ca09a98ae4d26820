package org.polc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.polc.testing.Fixtures;

/**
 * The package graph of docs/architecture.md, read from the imports of the main code: each stage
 * depends only on the stages before it and on the shared values, so the syntax tree, the checked
 * model and the runtime can each be understood, and changed, alone.
 */
class ArchitectureTest {

    /** Each package of org.polc and the packages of org.polc it may import ("" is org.polc itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("vocabulary", Set.of()),
            Map.entry("diagnostics", Set.of()),
            Map.entry("runtime", Set.of()),
            Map.entry("ast", Set.of("diagnostics", "vocabulary")),
            Map.entry("syntax", Set.of("ast", "diagnostics", "vocabulary")),
            Map.entry("model", Set.of("diagnostics", "vocabulary", "runtime")),
            Map.entry("check", Set.of("ast", "model", "diagnostics", "vocabulary")),
            Map.entry("eval", Set.of("model", "runtime", "diagnostics")),
            Map.entry("verify", Set.of("model", "eval", "diagnostics", "vocabulary", "runtime")),
            Map.entry("codegen", Set.of("model", "diagnostics", "vocabulary", "runtime")),
            Map.entry("cli", Set.of("", "model", "eval", "codegen", "diagnostics", "vocabulary", "runtime")),
            Map.entry("", Set.of("ast", "syntax", "check", "verify", "codegen", "model", "diagnostics")));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.polc\\.((?:[a-z]+\\.)*)[A-Z]", Pattern.MULTILINE);

    /** The main code of the compiler module, and of the runtime module (src/runtime), one package graph. */
    private static final Path MAIN = Fixtures.projectRoot().resolve("src/compiler/main/java/org/polc");
    private static final Path RUNTIME = Fixtures.projectRoot().resolve("src/runtime/main/java/org/polc");

    @Test
    void everyPackageImportsOnlyTheStagesBeforeIt() throws IOException {
        Map<String, Set<String>> actual = graph();
        List<String> wrong = new ArrayList<>();
        actual.forEach((from, targets) -> {
            Set<String> allowed = ALLOWED.get(from);
            if (allowed == null) {
                wrong.add("org.polc." + from + " is not in the architecture (add it to docs/architecture.md and ALLOWED)");
                return;
            }
            for (String to : targets) {
                if (!allowed.contains(to)) {
                    wrong.add(name(from) + " → " + name(to));
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theArrowsTheRedesignRemovedStayRemoved() throws IOException {
        Map<String, Set<String>> actual = graph();
        assertEquals(false, actual.get("codegen").contains("eval"), "codegen → eval");
        assertEquals(false, actual.get("check").contains("runtime"), "check → runtime");
        assertEquals(false, actual.get("model").contains("syntax"), "model → syntax");
        assertEquals(false, actual.get("model").contains("ast"), "model → ast");
        assertEquals(false, actual.get("check").contains("syntax"), "check → syntax: the checker reads the tree, not the parser");
    }

    @Test
    void theRuntimeAndTheModelDoNotDependOnLibraries() throws IOException {
        for (String pkg : List.of("runtime", "model", "ast", "vocabulary", "diagnostics")) {
            for (Path file : files((pkg.equals("runtime") ? RUNTIME : MAIN).resolve(pkg))) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("import ") && !line.matches("import (static )?(java\\.|org\\.polc\\.).*")) {
                        throw new AssertionError(file + " imports a library: " + line);
                    }
                }
            }
        }
    }

    /**
     * org.polc.runtime.internal (the explanation recorder, its wording, the input checks) is for
     * generated code and for polc itself, not for embedders: of the main code only the runtime, which
     * delegates to it (a result words its sentence with Explain), the interpreter, the verifier, the CLI
     * and the code generator (which names its classes in generated code) may import it; and a public
     * runtime type never takes or returns one of its types, so an embedder never needs to name it.
     */
    @Test
    void theRuntimesInternalsAreForGeneratedCodeAndPolcOnly() {
        Set<String> users = Set.of("runtime", "eval", "verify", "cli", "codegen");
        List<String> found = new ArrayList<>();
        for (Path file : mainFiles()) {
            String pkg = relative(file.getParent()).toString().replace('/', '.');
            List<String> lines = lines(file);
            boolean imports = lines.stream().anyMatch(l -> l.startsWith("import org.polc.runtime.internal."));
            if (imports && !users.contains(pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg)) {
                found.add(relative(file) + " imports org.polc.runtime.internal");
            }
            if (pkg.equals("runtime")) {
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("public ") && INTERNAL_TYPE.matcher(line).find()) {
                        found.add(relative(file) + ":" + (i + 1) + " shows an internal type: " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static final Pattern INTERNAL_TYPE = Pattern.compile("\\b(?:Steps|Trace|Explain|Checks)\\b");

    /** The kinds of node of both trees: a pass asks a node through its visitor, never with instanceof. */
    private static final Pattern NODE_KIND_TEST = Pattern.compile(
            "instanceof (?:[A-Z]\\w*Context|(?:Expr|Condition|Award|TypeRef|ExampleValue|CheckedExpr|CheckedCondition|CheckedAward)\\.\\w+)\\b");

    @Test
    void noPassTestsTheKindOfANodeWithInstanceofOrReflection() {
        List<String> found = new ArrayList<>();
        for (Path file : mainFiles()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (NODE_KIND_TEST.matcher(line).find() || line.contains("java.lang.reflect") || line.contains("getRecordComponents")) {
                    found.add(relative(file) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** A qualified name in code, where an import would do (not in comments, strings or imports). */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.\"])(?:java|javax|org\\.polc|com\\.palantir|picocli)(?:\\.[a-z]\\w*)+\\.[A-Z]");

    @Test
    void mainCodeImportsWhatItNames() {
        List<String> found = new ArrayList<>();
        for (Path file : mainFiles()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String code = lines.get(i).replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").strip();
                if (code.startsWith("import ") || code.startsWith("package ") || code.startsWith("*") || code.startsWith("/")) {
                    continue;
                }
                if (QUALIFIED.matcher(code).find() && !file.endsWith("model/Rounding.java")) {
                    found.add(relative(file) + ":" + (i + 1) + ": " + code);
                }
            }
        }
        // model.Rounding names the runtime's enum of the same name: there an import cannot do
        assertEquals(List.of(), found);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "org.polc" : "org.polc." + pkg;
    }

    /** package → the packages of org.polc it imports. */
    private static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path file : mainFiles()) {
            String pkg = relative(file.getParent()).toString().replace('/', '.');
            if (pkg.contains(".")) {
                pkg = pkg.substring(0, pkg.indexOf('.'));
            }
            Set<String> targets = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String to = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).indexOf('.'));
                if (!to.equals(pkg)) {
                    targets.add(to);
                }
            }
        }
        return graph;
    }

    private static List<Path> mainFiles() {
        return Stream.concat(files(MAIN).stream(), files(RUNTIME).stream()).toList();
    }

    /** A main file's path below org/polc, whichever module holds it. */
    private static Path relative(Path file) {
        return (file.startsWith(RUNTIME) ? RUNTIME : MAIN).relativize(file);
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
