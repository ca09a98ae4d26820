package org.polc.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.polc.diagnostics.SourceFile;
import org.polc.syntax.antlr.PolLexer;

/**
 * The readings a drafter wrote down where the text was ambiguous: comments that start with 解读
 * ({@code # 解读：“以上”含本数……}), each with the comment lines that directly follow it, by the 部分 or
 * 条款 whose heading they stand under, or under the 政策 header (the closing section); those at the top of
 * a file, before its first heading, go with the heading that follows (they say what the file holds).
 *
 * <p>Comments mean nothing to the compiler, so they stay out of the tree and the model (the checker,
 * the verifier and the generated code cannot depend on them); this pass reads them beside the parse,
 * with the same lexer — so a {@code #} inside a 原文 is never taken for a comment — and the same cut
 * before each heading as {@link PolParsing}, so a comment belongs to the clause the parser put it in.
 */
public final class Readings {

    /** The word that marks a comment as a reading. */
    public static final String MARK = "解读";

    /** A file's readings: by clause number, by Part number, and under the 政策 header; each list in source order. */
    public record InFile(Map<Integer, List<String>> clauses, Map<Integer, List<String>> parts, List<String> header) {
        public InFile {
            clauses = Map.copyOf(clauses);
            parts = Map.copyOf(parts);
            header = List.copyOf(header);
        }

        public List<String> clause(int number) {
            return clauses.getOrDefault(number, List.of());
        }

        public List<String> part(int number) {
            return parts.getOrDefault(number, List.of());
        }
    }

    private Readings() {}

    public static InFile of(SourceFile source) {
        PolLexer lexer = WideLexerSimulator.install(new PolLexer(CharStreams.fromString(source.text(), source.displayName())));
        // the compiler has already reported what the lexer cannot read
        lexer.removeErrorListeners();
        CommonTokenStream all = new CommonTokenStream(lexer);
        all.fill();
        Map<Integer, List<String>> clauses = new LinkedHashMap<>();
        Map<Integer, List<String>> parts = new LinkedHashMap<>();
        List<String> header = new ArrayList<>();
        // readings at the top of a file that holds no header, before its first 部分: about the Part that follows
        List<String> leading = List.of();
        for (List<Token> unit : PolParsing.units(all.getTokens())) {
            int kind = PolParsing.firstVisible(unit);
            List<String> readings = readings(unit);
            int number = PolParsing.clauseNumber(unit);
            if (kind == Token.EOF) {
                leading = readings;
            } else if (kind == PolLexer.CLAUSE && number > 0 && !readings.isEmpty()) {
                clauses.computeIfAbsent(number, n -> new ArrayList<>()).addAll(readings);
            } else if (kind == PolLexer.POLICY) {
                header.addAll(leading);
                header.addAll(readings);
            } else if (kind == PolLexer.PART && number > 0 && !(leading.isEmpty() && readings.isEmpty())) {
                List<String> list = parts.computeIfAbsent(number, n -> new ArrayList<>());
                list.addAll(leading);
                list.addAll(readings);
            }
            if (kind != Token.EOF) {
                leading = List.of();
            }
        }
        clauses.replaceAll((n, list) -> List.copyOf(list));
        parts.replaceAll((n, list) -> List.copyOf(list));
        return new InFile(clauses, parts, header);
    }

    /**
     * A reading is a 解读 comment and the comment lines right below it, up to a line with anything but a
     * comment, or the next 解读; its lines are joined as one text (with a space only between two Latin
     * letters or digits, since Chinese sentences run on across a line break), except that a list item
     * ({@code # - …}) starts a new line.
     */
    static List<String> readings(List<Token> unit) {
        List<String> out = new ArrayList<>();
        StringBuilder open = null;
        int lastLine = -1;
        for (Token t : unit) {
            boolean comment = t.getType() == PolLexer.COMMENT || t.getType() == PolLexer.N_COMMENT;
            if (!comment) {
                if (t.getChannel() == Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) {
                    open = close(open, out);
                }
                continue;
            }
            String body = body(t.getText());
            if (body.startsWith(MARK)) {
                close(open, out);
                open = new StringBuilder(withoutMark(body));
            } else if (open != null && t.getLine() == lastLine + 1) {
                join(open, body);
            } else {
                open = close(open, out);
            }
            lastLine = t.getLine();
        }
        close(open, out);
        return out;
    }

    private static StringBuilder close(StringBuilder open, List<String> out) {
        if (open != null && !open.isEmpty()) {
            out.add(open.toString());
        }
        return null;
    }

    /** The comment without its # ＃ or // and the spaces around. */
    private static String body(String comment) {
        String s = comment.startsWith("//") ? comment.substring(2) : comment.substring(1);
        return s.strip();
    }

    /** 解读：… → …; the colon may be full- or half-width, or absent. */
    private static String withoutMark(String body) {
        String s = body.substring(MARK.length()).strip();
        if (s.startsWith("：") || s.startsWith(":")) {
            s = s.substring(1).strip();
        }
        return s;
    }

    private static void join(StringBuilder open, String line) {
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("- ")) {
            // a list item of the reading starts a line of its own
            if (!open.isEmpty()) {
                open.append('\n');
            }
        } else if (!open.isEmpty() && latin(open.charAt(open.length() - 1)) && latin(line.charAt(0))) {
            open.append(' ');
        }
        open.append(line);
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
