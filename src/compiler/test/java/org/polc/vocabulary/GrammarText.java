package org.polc.vocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of an ANTLR grammar file, read as text: just enough to list the alternatives of a rule
 * and the quoted literals among them. It knows quotes with escapes, character sets, comments,
 * {@code options { … }}, lexer commands ({@code -> pushMode(…)}) and alternative labels ({@code # x}).
 */
final class GrammarText {

    /**
     * One rule.
     *
     * @param mode the lexer mode it belongs to, {@code DEFAULT_MODE} before the first {@code mode}
     * @param alternatives its top-level alternatives, without commands and labels, trimmed
     */
    record Rule(String name, boolean fragment, String mode, List<String> alternatives) {

        /** The literal of each alternative that is a single quoted literal, unescaped. */
        List<String> literals() {
            return alternatives.stream().map(GrammarText::literal).flatMap(Optional::stream).toList();
        }

        /** Whether every alternative is a single quoted literal ('且' | '并且'). */
        boolean onlyLiterals() {
            return !alternatives.isEmpty() && literals().size() == alternatives.size();
        }
    }

    private final Map<String, Rule> rules;

    private GrammarText(Map<String, Rule> rules) {
        this.rules = rules;
    }

    static GrammarText read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule of that name; fails the test when the grammar has none, so a renamed rule is noticed. */
    Rule rule(String name) {
        Rule r = rules.get(name);
        if (r == null) {
            throw new AssertionError("the grammar has no rule " + name);
        }
        return r;
    }

    List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    static GrammarText parse(String text) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        String mode = "DEFAULT_MODE";
        for (String statement : statements(text)) {
            String s = statement.strip();
            if (s.isEmpty() || s.matches("(?s)(lexer |parser )?grammar\\s.*") || s.startsWith("options") || s.startsWith("import")) {
                continue;
            }
            if (s.matches("mode\\s+\\w+")) {
                mode = s.substring(4).strip();
                continue;
            }
            boolean fragment = s.startsWith("fragment ");
            if (fragment) {
                s = s.substring("fragment ".length()).strip();
            }
            int colon = s.indexOf(':');
            String name = s.substring(0, colon).strip();
            List<String> alternatives = new ArrayList<>();
            for (String alternative : split(s.substring(colon + 1), '|')) {
                alternatives.add(withoutCommandAndLabel(alternative).strip());
            }
            rules.put(name, new Rule(name, fragment, mode, alternatives));
        }
        return new GrammarText(rules);
    }

    /** The text cut at each top-level ';' (and after each top-level block), with comments removed. */
    private static List<String> statements(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int braces = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '[') {
                int end = skip(text, i);
                current.append(text, i, end);
                i = end;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                i = text.indexOf("*/", i) + 2;
            } else {
                if (c == '{') {
                    braces++;
                } else if (c == '}') {
                    braces--;
                }
                // options { … } ends without a ';'
                if ((c == ';' || c == '}') && braces == 0) {
                    statements.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
                i++;
            }
        }
        statements.add(current.toString());
        return statements;
    }

    /** The end of the quoted literal or character set that starts at {@code i}. */
    private static int skip(String text, int i) {
        char close = text.charAt(i) == '\'' ? '\'' : ']';
        int j = i + 1;
        while (text.charAt(j) != close) {
            j += text.charAt(j) == '\\' ? 2 : 1;
        }
        return j + 1;
    }

    /** Splits at a separator outside literals, sets and brackets. */
    private static List<String> split(String body, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\'' || c == '[') {
                int end = skip(body, i);
                current.append(body, i, end);
                i = end;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == separator && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
            i++;
        }
        parts.add(current.toString());
        return parts;
    }

    /** An alternative without its lexer command (-> …) and parser label (# …). */
    private static String withoutCommandAndLabel(String alternative) {
        int i = 0;
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            if (c == '\'' || c == '[') {
                i = skip(alternative, i);
                continue;
            }
            if (alternative.startsWith("->", i) || c == '#') {
                return alternative.substring(0, i);
            }
            i++;
        }
        return alternative;
    }

    /** The unescaped text of an alternative that is exactly one quoted literal. */
    private static Optional<String> literal(String alternative) {
        if (alternative.length() < 2 || alternative.charAt(0) != '\'' || skip(alternative, 0) != alternative.length()) {
            return Optional.empty();
        }
        String inner = alternative.substring(1, alternative.length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = inner.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(inner.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return Optional.of(sb.toString());
    }
}
