package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.polc.testing.Fixtures;

/**
 * The committed generated/ as a reviewer reads it: no line longer than {@link JavadocWrap#LIMIT}
 * characters, no {@code null} passed as an argument (the runtime has an overload or a named method
 * instead), and in every clause the explained method of a calculator tests exactly what its fast
 * method tests, in the same chain — only through {@code steps.condition(…)}.
 */
class GeneratedShapeTest {

    private static final Path GENERATED = Fixtures.projectRoot().resolve("generated");

    @Test
    void noLineIsLongerThanTheLimit() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.codePointCount(0, line.length()) > JavadocWrap.LIMIT) {
                    found.add(GENERATED.relativize(file) + ":" + (i + 1) + " (" + line.codePointCount(0, line.length()) + ")");
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** Embedders call the public methods; none takes or returns a type of org.polc.runtime.internal. */
    @Test
    void noPublicSignatureShowsTheRuntimesInternals() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = code(lines.get(i)).strip();
                if (line.startsWith("public ") && line.matches(".*\\b(?:Steps|Checks|Trace|Explain)\\b.*")) {
                    found.add(GENERATED.relativize(file) + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** {@code (null,} {@code , null)} and the like, outside comments and string literals. */
    private static final Pattern NULL_ARGUMENT = Pattern.compile("[(,]\\s*null\\s*[,)]");

    @Test
    void noNullIsPassedAsAnArgument() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String code = code(lines.get(i));
                // an argument list wrapped after "(" or "," puts null at the start of the next line
                String joined = i > 0 && code.strip().startsWith("null") ? code(lines.get(i - 1)).strip() + code.strip() : code;
                if (NULL_ARGUMENT.matcher(joined).find()) {
                    found.add(GENERATED.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** A test of the checker that it does see a null argument, so that the test above can fail. */
    @Test
    void theNullPatternFindsNullArguments() {
        assertFalse(NULL_ARGUMENT.matcher(code("x == null ? \"(null)\" : y; // f(null)")).find());
        assertEquals(true, NULL_ARGUMENT.matcher(code("Explain.give(null, _amount);")).find());
        assertEquals(true, NULL_ARGUMENT.matcher(code("f(a, null)")).find());
    }

    private static final Pattern EXPLAINED = Pattern.compile("    private static Result (\\S+)\\(");
    private static final Pattern CONDITION = Pattern.compile("steps\\.condition\\(\"(?:\\\\.|[^\"\\\\])*\",\\s*");

    @Test
    void theExplainedMethodHasTheChainOfTheFastOne() throws IOException {
        int compared = 0;
        for (Path file : javaFiles()) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = EXPLAINED.matcher(source);
            while (m.find()) {
                String explained = body(source, m.start());
                int fastAt = source.indexOf("    private static Money " + m.group(1) + "金额(");
                if (fastAt < 0) {
                    continue;
                }
                assertEquals(chain(body(source, fastAt), false), chain(explained, true), file.getFileName() + " " + m.group(1));
                compared++;
            }
        }
        // clause 14 alone has one calculator; the policy has dozens
        assertEquals(true, compared > 20, "compared " + compared);
    }

    /**
     * The control flow of a method, one line per if / else if / else / switch / case, the test of each
     * written as the fast method writes it: the explained method's {@code steps.condition("text", test,
     * values…)} is cut back to {@code test}.
     */
    private static List<String> chain(String body, boolean explained) {
        String joined = body.replaceAll("\n\\s+", " ");
        List<String> flow = new ArrayList<>();
        Matcher m = Pattern.compile("(\\} else if \\(|\\bif \\(|\\} else \\{|switch \\(|case [^>]*->|default ->)").matcher(joined);
        while (m.find()) {
            String head = m.group(1);
            if (!head.endsWith("(")) {
                flow.add(head);
                continue;
            }
            int end = closing(joined, m.end() - 1);
            String test = joined.substring(m.end(), end);
            if (explained && test.equals("steps.gives()")) {
                continue; // 累计最高: the interpreter reads 已获 only when the body gave something
            }
            if (explained) {
                Matcher c = CONDITION.matcher(test);
                if (c.lookingAt()) {
                    test = firstArgument(test.substring(c.end()));
                }
            }
            flow.add(head + moneyAsFen(test.replaceAll("\\s+", " ").strip()));
        }
        return flow;
    }

    /**
     * A test with its money written as the fast method writes it, on long 分: the explained method's
     * {@code 新增额.compareTo(金额_200万元) >= 0} and the fast method's {@code 新增额 >= 分_200万元} (an input
     * read as {@code 年度研发投入额.fen()}) are the same test. Applied to both chains, so a compareTo that
     * stays (a measure, a rate, a date) stays on both sides.
     */
    private static String moneyAsFen(String test) {
        return test.replace(".fen()", "")
                .replaceAll("([\\p{L}\\p{N}_.]+)\\.compareTo\\(([\\p{L}\\p{N}_.]+)\\) (>=|<=|>|<|==|!=) 0", "$1 $3 $2")
                .replace("金额_", "分_")
                .replace("Money.ZERO", "0L");
    }

    /** The first argument of an argument list (up to a comma at depth zero). */
    private static String firstArgument(String args) {
        int depth = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '"') {
                i = args.indexOf('"', i + 1);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return args.substring(0, i);
            }
        }
        return args;
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = text.indexOf('"', i + 1);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unbalanced: " + text.substring(open));
    }

    private static String body(String source, int from) {
        int start = source.indexOf(") {\n", from);
        int end = source.indexOf("\n    }\n", start);
        return source.substring(start + 3, end);
    }

    /** A line without its comment and with its string literals emptied. */
    private static String code(String line) {
        String s = line.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
        int comment = s.indexOf("//");
        s = comment >= 0 ? s.substring(0, comment) : s;
        return s.strip().startsWith("*") || s.strip().startsWith("/*") ? "" : s;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(GENERATED)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
