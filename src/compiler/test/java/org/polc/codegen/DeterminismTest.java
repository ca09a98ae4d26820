package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.model.Program;
import org.polc.testing.Fixtures;

/**
 * Generation is byte-identical whatever the run: under any default locale (zh_CN, tr_TR with its
 * dotless i, en_US) and time zone (UTC, Asia/Shanghai), whatever the order in which the .pol files
 * were written, named or split, and whatever the order of the clauses inside a file — and equal
 * to the committed generated/.
 */
class DeterminismTest {

    private static final String PACKAGE_DIR = "org/polc/policies/hangzhou2024";

    /** The committed generated/: file name → text. */
    private static Map<String, String> committed() throws IOException {
        return read(Fixtures.projectRoot().resolve("generated").resolve(PACKAGE_DIR));
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".java")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** Runs {@code ./polc compile -d OUT root} in this JVM, as the build does. */
    private static Map<String, String> compileWithCli(Path policiesRoot) throws IOException {
        Path out = Files.createTempDirectory("polc-determinism-out");
        Fixtures.Run run = Fixtures.cli("compile", "--quiet", "-d", out.toString(), policiesRoot.toString());
        assertEquals(0, run.exitCode(), run.err());
        return read(out.resolve(PACKAGE_DIR));
    }

    /** Generation through the API, citing every clause's source as the committed files do. */
    private static Map<String, String> generate(Path policiesRoot) {
        Compilation c = Compiler.compile(policiesRoot);
        assertTrue(c.ok(), Fixtures.render(c));
        Map<String, String> files = new TreeMap<>();
        for (Program program : c.programs()) {
            for (JavaFile file : JavaGenerator.generate(program, clause -> "policies/hangzhou2024/part" + clause.part() + ".pol")) {
                files.put(file.typeSpec().name() + ".java", JavaGenerator.source(file));
            }
        }
        return files;
    }

    @Test
    void sameBytesUnderEveryLocaleAndTimeZone() throws IOException {
        Map<String, String> expected = committed();
        assertEquals(79, expected.size(), expected.keySet().toString()); // 8 + 14 + 10 + 9 + 5 + 7 + 15 + 8 clauses, Targets, Hangzhou2024 and Hangzhou2024Facts
        Locale locale = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        TimeZone zone = TimeZone.getDefault();
        try {
            for (Locale l : List.of(Locale.forLanguageTag("zh-CN"), Locale.forLanguageTag("tr-TR"), Locale.US)) {
                for (String z : List.of("UTC", "Asia/Shanghai")) {
                    Locale.setDefault(l);
                    TimeZone.setDefault(TimeZone.getTimeZone(z));
                    String where = l + " " + z;
                    assertSame(expected, compileWithCli(Fixtures.policies()), where + " (polc compile)");
                    assertSame(expected, generate(Fixtures.policies()), where + " (JavaGenerator)");
                }
            }
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void sameBytesAcrossRuns() throws IOException {
        Map<String, String> first = generate(Fixtures.policies());
        Map<String, String> second = generate(Fixtures.policies());
        assertSame(first, second, "second run");
        assertSame(committed(), first, "committed generated/");
    }

    @Test
    void sameBytesWhenTheFilesAreWrittenInAnotherOrder() throws IOException {
        // Same names, written in reverse order and beside a file that is not a policy: the
        // directory's own order changes, the bytes (header comments included) do not.
        Path root = Files.createTempDirectory("polc-order").resolve("policies");
        Path dir = Files.createDirectories(root.resolve("hangzhou2024"));
        Files.writeString(dir.resolve("README.txt"), "不是条款", StandardCharsets.UTF_8);
        List<Path> sources = policyFiles();
        Collections.reverse(sources);
        for (Path p : sources) {
            Files.copy(p, dir.resolve(p.getFileName().toString()));
        }
        assertSame(committed(), compileWithCli(root), "files written in reverse order");
    }

    @Test
    void sameBytesWhenTheFilesAreRenamedMergedOrReordered() throws IOException {
        String header = Files.readString(Fixtures.policies().resolve("hangzhou2024/policy.pol"), StandardCharsets.UTF_8);
        // every Part's file (part1.pol, part2.pol …), by name
        Map<String, String> parts = new TreeMap<>();
        for (Path p : policyFiles()) {
            if (!p.getFileName().toString().equals("policy.pol")) {
                parts.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        String part = String.join("\n", parts.values());
        Map<String, String> expected = committed();

        // The header sorts last, the Parts first, in one file.
        assertSame(expected, generate(folder(Map.of("zz_header.pol", header, "a.pol", part))), "renamed");
        // One file with the header and the Parts.
        assertSame(expected, generate(folder(Map.of("all.pol", header + "\n" + part))), "merged");
        // The clauses of each Part in reverse order.
        Map<String, String> reversed = new TreeMap<>(Map.of("policy.pol", header));
        parts.forEach((name, text) -> reversed.put(name, reverseClauses(text)));
        assertNotEquals(parts.get("part2.pol"), reversed.get("part2.pol"), "clauses were moved");
        assertSame(expected, generate(folder(reversed)), "clauses reversed");
        // CRLF line ends and a byte order mark.
        Map<String, String> crlf = new TreeMap<>(Map.of("policy.pol", "\uFEFF" + header.replace("\n", "\r\n")));
        parts.forEach((name, text) -> crlf.put(name, text.replace("\n", "\r\n")));
        assertSame(expected, generate(folder(crlf)), "CRLF and BOM");
    }

    private static List<Path> policyFiles() throws IOException {
        try (Stream<Path> list = Files.list(Fixtures.policies().resolve("hangzhou2024"))) {
            return new ArrayList<>(list.filter(p -> p.toString().endsWith(".pol")).sorted().toList());
        }
    }

    /** A fresh policies root with a folder hangzhou2024 holding these files, written in this order. */
    private static Path folder(Map<String, String> files) throws IOException {
        Path root = Files.createTempDirectory("polc-variant").resolve("policies");
        Path dir = Files.createDirectories(root.resolve("hangzhou2024"));
        for (Map.Entry<String, String> f : new TreeMap<>(files).descendingMap().entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        return root;
    }

    /** The same part with its 条款 blocks in reverse order (the part's own lines stay first). */
    private static String reverseClauses(String part) {
        Matcher m = Pattern.compile("(?m)^条款 ").matcher(part);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        String head = part.substring(0, starts.get(0));
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            String block = part.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : part.length());
            clauses.add(block.endsWith("\n") ? block : block + "\n");
        }
        Collections.reverse(clauses);
        return head + String.join("", clauses);
    }

    private static void assertSame(Map<String, String> expected, Map<String, String> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        for (String name : expected.keySet()) {
            assertEquals(expected.get(name), actual.get(name), what + ": " + name + " differs");
        }
    }
}
