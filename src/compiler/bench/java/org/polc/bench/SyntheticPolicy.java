package org.polc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.polc.Compiler;
import org.polc.model.Fact;
import org.polc.syntax.antlr.PolLexer;
import org.polc.vocabulary.ChineseNumerals;
import org.polc.vocabulary.Units;

/**
 * A policy of 76 × k clauses made from the real one, to measure how the compiler scales: the eight
 * Part files are copied k times into one policy document, copy j's Parts numbered 8j + 1 … 8j + 8 and
 * its clauses 76j + 1 … 76j + 76 (Arabic numerals in the headings), and every name a copy declares
 * (inputs, definitions, calculators, rules, choice values, targets; not the units of a 数量) given a suffix of its own
 * (甲子, 甲丑, …), so that no two clauses declare the same name. The header's facts keep their names:
 * every copy reads the same facts, as the clauses of one policy do. The header is the real one, its
 * count of Parts («上述8个领域», «共 8个») multiplied by k. Same input, same files: the output is
 * deterministic.
 *
 * <p>Names are found with polc's own lexer, so a name inside quoted text or a comment is left alone.
 */
public final class SyntheticPolicy {

    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final int PARTS = 8;

    private SyntheticPolicy() {}

    /** Run: SyntheticPolicy SOURCE-FOLDER COPIES OUT-FOLDER (writes OUT-FOLDER/&lt;source folder name&gt;/*.pol). */
    public static void main(String[] args) throws IOException {
        Path written = write(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        System.out.println(written);
    }

    /**
     * Writes {@code copies} copies of the policy in {@code source} (a folder such as
     * policies/hangzhou2024) into {@code out}/&lt;its name&gt;; returns that folder.
     */
    public static Path write(Path source, int copies, Path out) throws IOException {
        if (copies < 1 || copies > STEMS.length() * BRANCHES.length()) {
            throw new IllegalArgumentException("copies: 1 … " + STEMS.length() * BRANCHES.length());
        }
        Set<String> facts = Compiler.compile(source).programs().stream().flatMap(p -> p.facts().stream())
                .map(Fact::name).collect(Collectors.toSet());
        Path folder = out.resolve(source.getFileName());
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".pol")).toList()) {
                Files.delete(p);
            }
        }
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(source)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".pol")).sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        for (var file : files.entrySet()) {
            String text = file.getValue();
            if (text.contains("\n政策 ") || text.startsWith("政策 ")) {
                String header = text.replace("上述8个领域", "上述" + PARTS * copies + "个领域")
                        .replace("共 8个", "共 " + PARTS * copies + "个");
                Files.writeString(folder.resolve(file.getKey()), header);
                continue;
            }
            for (int j = 0; j < copies; j++) {
                String suffix = j == 0 ? "" : "" + STEMS.charAt((j - 1) / BRANCHES.length()) + BRANCHES.charAt((j - 1) % BRANCHES.length());
                Files.writeString(folder.resolve(String.format("c%03d-%s", j, file.getKey())), copy(text, j, suffix, facts));
            }
        }
        return folder;
    }

    /** One Part file as copy {@code j}: headings renumbered, the names it declares suffixed. */
    static String copy(String text, int j, String suffix, Set<String> facts) {
        int[] cps = text.codePoints().toArray();
        PolLexer lexer = new PolLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        StringBuilder sb = new StringBuilder(text.length() + 1024);
        int at = 0;
        int heading = 0;
        for (Token t : tokens.getTokens()) {
            if (t.getType() == Token.EOF) {
                break;
            }
            if (t.getType() == PolLexer.PART || t.getType() == PolLexer.CLAUSE) {
                heading = t.getType();
            } else if (t.getType() == PolLexer.H_NUMBER) {
                int n = ChineseNumerals.parse(t.getText()).orElseThrow();
                int offset = heading == PolLexer.PART ? PARTS * j : 76 * j;
                append(sb, cps, at, t.getStartIndex());
                sb.append(n + offset);
                at = t.getStopIndex() + 1;
            } else if (t.getType() == PolLexer.NAME && !suffix.isEmpty() && !facts.contains(t.getText())
                    && !Units.spellings().contains(t.getText())) {
                append(sb, cps, at, t.getStopIndex() + 1);
                sb.append(suffix);
                at = t.getStopIndex() + 1;
            }
        }
        append(sb, cps, at, cps.length);
        return sb.toString();
    }

    private static void append(StringBuilder sb, int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            sb.appendCodePoint(cps[i]);
        }
    }
}
