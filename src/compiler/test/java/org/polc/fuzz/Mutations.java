package org.polc.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.polc.fuzz.PolGenerator.R;
import org.polc.vocabulary.ComparisonWords;
import org.polc.vocabulary.Keywords;
import org.polc.vocabulary.Units;

/**
 * Mutations of real policy text: delete, duplicate and swap tokens and lines, cut anywhere, insert
 * random bytes and odd code points, swap full-width and half-width punctuation, huge and tiny
 * numbers, stray keywords, quotes and brackets. Each draws its choices from {@link R}.
 */
final class Mutations {

    private Mutations() {}

    /** A mutated text and the names of the mutations applied, for the failure report. */
    record Mutant(String text, List<String> applied) {}

    /** Every keyword, comparison word and unit of the tables, the punctuation, and pieces of literals. */
    static final List<String> KEYWORDS = Stream.of(Keywords.words().stream(),
            ComparisonWords.all().stream().map(ComparisonWords.Word::text),
            Stream.of("：", "，", "；", "（", "）", "⇒", "->", "+", "-", "×", "÷", "“", "”", "「", "」", "\"", "#", "//", "\n"),
            Units.all().stream().flatMap(u -> u.spellings().stream()),
            Units.magnitudes().stream().map(m -> m.text() + "元"),
            Stream.of("分之", "折")).flatMap(s -> s).toList();

    /** Numbers that stretch the exact arithmetic: 1e30亿元 written out, 0.0001分, 99999999999999999999元 … */
    static final List<String> EXTREME_NUMBERS = List.of("1000000000000000000000000000000", "0.0001", "99999999999999999999", "0",
            "0.001", "9223372036854775807", "9223372036854775808", "92233720368547758.07", "00000000000000000001", "1．5", "１２３",
            "0.00000000000000000000001", "18446744073709551616", "1e30", "1E+5", "3.", ".5", "1..2", "１０００００００００００００００００００",
            "123456789012345678901234567890.123456789");

    static final List<String> EXTREME_QUANTITIES = List.of("1000000000000000000000000000000亿元", "0.0001分", "99999999999999999999元",
            "1e30亿元", "0.001元", "9223372036854775807分", "92233720368547758.08元", "100000000万亿元", "0元", "0分", "0.5分",
            "99999999999999999999%", "0.0000000001%", "1000000000000000000000倍", "99999999999999999999家", "1:0", "0:1",
            "99999999999999999999:1", "零分之一", "九十九分之零", "九九折", "零折", "2147483648家", "9223372036854775808家",
            "10000000000000000000000亿美元", "２０２４年", "9999-99-99", "0000-00-00", "2024年2月30日");

    /** Code points that stress the lexer and the diagnostics: controls, line separators, BOMs, surrogates, astral Han. */
    static final List<String> ODD = List.of("\u0000", "\u0085", "\u2028", "\u2029", "\r", "\r\n", "\uFEFF", "\u200B", "\u202E", "\u00A0",
            "\u3000", "\t", "😀", "𠀀", "𪚥", "\uD800", "\uDC00", "\uFFFD", "\uFFFF", "\u0301", "Ａ", "ｚ", "\u001B[31m", "\\", "\\u0000",
            "\u000B", "\u000C", "ﬀ", "⼀", "㐀");

    private static final Map<String, String> HALF_TO_FULL = Map.ofEntries(Map.entry(":", "："), Map.entry(",", "，"), Map.entry(";", "；"),
            Map.entry("(", "（"), Map.entry(")", "）"), Map.entry("=", "＝"), Map.entry("+", "＋"), Map.entry("-", "－"), Map.entry("*", "＊"),
            Map.entry("/", "／"), Map.entry("%", "％"), Map.entry(">", "＞"), Map.entry("<", "＜"), Map.entry(".", "．"), Map.entry("\"", "“"),
            Map.entry("#", "＃"), Map.entry(" ", "\u3000"), Map.entry("0", "０"), Map.entry("1", "１"), Map.entry("2", "２"), Map.entry("3", "３"),
            Map.entry("4", "４"), Map.entry("5", "５"), Map.entry("6", "６"), Map.entry("7", "７"), Map.entry("8", "８"), Map.entry("9", "９"),
            Map.entry("!", "！"), Map.entry("?", "？"), Map.entry("[", "【"), Map.entry("]", "】"));

    // ------------------------------------------------------------------ tokens

    /** Splits on whitespace and punctuation: runs of letters and digits, single punctuation marks, runs of whitespace. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int kind = kind(cp);
            int j = i + Character.charCount(cp);
            if (kind != 2) {
                while (j < text.length() && kind(text.codePointAt(j)) == kind) {
                    j += Character.charCount(text.codePointAt(j));
                }
            }
            tokens.add(text.substring(i, j));
            i = j;
        }
        return tokens;
    }

    /** 0: whitespace, 1: letter or digit, 2: punctuation and the rest. */
    private static int kind(int cp) {
        if (Character.isWhitespace(cp) || cp == '\u3000' || cp == '\u00A0' || cp == '\uFEFF') {
            return 0;
        }
        return Character.isLetterOrDigit(cp) ? 1 : 2;
    }

    private static List<Integer> solid(List<String> tokens) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (kind(tokens.get(i).codePointAt(0)) != 0) {
                indices.add(i);
            }
        }
        return indices;
    }

    // ------------------------------------------------------------------ mutations

    static Mutant mutate(R r, String text, int count) {
        List<String> applied = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int op = r.below(22);
            String before = text;
            text = switch (op) {
                case 0, 1 -> deleteToken(r, text);
                case 2 -> duplicateToken(r, text);
                case 3, 4 -> swapTokens(r, text);
                case 5 -> cut(r, text);
                case 6 -> slice(r, text);
                case 7 -> insertBytes(r, text);
                case 8 -> insertOdd(r, text);
                case 9, 10 -> swapWidth(r, text);
                case 11, 12 -> extremeNumber(r, text);
                case 13, 14 -> insertKeyword(r, text);
                case 15 -> lines(r, text);
                case 16 -> insertQuote(r, text);
                case 17 -> brackets(r, text);
                case 18 -> randomBytes(r);
                case 19 -> deleteSpan(r, text);
                default -> cutBeforeHeading(r, text);
            };
            applied.add(NAMES[op] + (before.equals(text) ? " (no change)" : ""));
        }
        return new Mutant(text, applied);
    }

    private static final String[] NAMES = {"delete token", "delete token", "duplicate token", "swap tokens", "swap tokens", "cut",
        "slice", "insert random bytes", "insert odd code point", "swap full/half width", "swap full/half width", "extreme number",
        "extreme number", "insert keyword", "insert keyword", "line edit", "insert quote", "brackets", "random bytes", "delete span",
        "cut before a heading", "cut before a heading"};

    static String deleteToken(R r, String text) {
        List<String> tokens = tokens(text);
        List<Integer> solid = solid(tokens);
        if (solid.isEmpty()) {
            return text;
        }
        tokens.remove((int) r.pick(solid));
        return String.join("", tokens);
    }

    static String duplicateToken(R r, String text) {
        List<String> tokens = tokens(text);
        List<Integer> solid = solid(tokens);
        if (solid.isEmpty()) {
            return text;
        }
        int i = r.pick(solid);
        tokens.add(i + 1, r.pick("", " ") + tokens.get(i));
        return String.join("", tokens);
    }

    static String swapTokens(R r, String text) {
        List<String> tokens = tokens(text);
        List<Integer> solid = solid(tokens);
        if (solid.size() < 2) {
            return text;
        }
        int a = r.below(solid.size());
        int b = r.chance(60) ? Math.min(solid.size() - 1, a + 1) : r.below(solid.size());
        int i = solid.get(a);
        int j = solid.get(b);
        String t = tokens.get(i);
        tokens.set(i, tokens.get(j));
        tokens.set(j, t);
        return String.join("", tokens);
    }

    static String cut(R r, String text) {
        return text.substring(0, r.between(0, text.length()));
    }

    /** Cuts the text at a token boundary and goes on with a new heading: the unfinished item must not confuse the next unit. */
    static String cutBeforeHeading(R r, String text) {
        List<String> tokens = tokens(text);
        int at = r.between(0, tokens.size());
        String heading = r.pick("\n部分 三 测试\n", "\n条款 九十九 测试\n  原文 “测试”\n", "\n部分 三 测试\n条款 九十九 测试\n", "\n政策 又一个政策\n", "");
        return String.join("", tokens.subList(0, at)) + heading;
    }

    static String slice(R r, String text) {
        int a = r.between(0, text.length());
        int b = r.between(a, text.length());
        return text.substring(a, b);
    }

    static String deleteSpan(R r, String text) {
        int a = r.between(0, text.length());
        int b = Math.min(text.length(), a + r.between(1, 40));
        return text.substring(0, a) + text.substring(b);
    }

    static byte[] bytes(R r, int max) {
        byte[] bytes = new byte[r.between(1, max)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) r.between(0, 255);
        }
        return bytes;
    }

    /** Random bytes decoded as UTF-8 with replacement characters, inserted anywhere. */
    static String insertBytes(R r, String text) {
        String noise = new String(bytes(r, 24), StandardCharsets.UTF_8);
        int at = r.between(0, text.length());
        return text.substring(0, at) + noise + text.substring(at);
    }

    /** A whole text of random bytes decoded with replacement. */
    static String randomBytes(R r) {
        return new String(bytes(r, 2000), StandardCharsets.UTF_8);
    }

    static String insertOdd(R r, String text) {
        int at = r.between(0, text.length());
        return text.substring(0, at) + r.pick(ODD) + text.substring(at);
    }

    /** Full-width to half-width or back, over the whole text (strings and titles included). */
    static String swapWidth(R r, String text) {
        boolean toFull = r.chance(50);
        int percent = r.pick(10, 50, 100);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            String swapped = null;
            if (toFull) {
                swapped = HALF_TO_FULL.get(c);
            } else {
                for (Map.Entry<String, String> e : HALF_TO_FULL.entrySet()) {
                    if (e.getValue().equals(c)) {
                        swapped = e.getKey();
                    }
                }
                if (c.equals("”") || c.equals("」") || c.equals("「")) {
                    swapped = "\"";
                }
                if (c.equals("、") || c.equals("。")) {
                    swapped = c.equals("、") ? "," : ".";
                }
            }
            sb.append(swapped != null && r.chance(percent) ? swapped : c);
        }
        return sb.toString();
    }

    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+([.．][0-9０-９]+)?");
    private static final Pattern QUANTITY = Pattern.compile("[0-9０-９]+([.．][0-9０-９]+)?\\s*(" + longestFirst(Units.magnitudes().stream()
            .map(Units.Magnitude::text)) + ")?(" + longestFirst(Units.all().stream().flatMap(u -> u.spellings().stream())) + ")");

    /** An alternation that tries 千瓦时 before 千瓦 and 万亿 before 万. */
    private static String longestFirst(Stream<String> words) {
        return words.sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"));
    }

    static String extremeNumber(R r, String text) {
        boolean whole = r.chance(50);
        Matcher m = (whole ? QUANTITY : NUMBER).matcher(text);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        String replacement = whole ? r.pick(EXTREME_QUANTITIES) : r.pick(EXTREME_NUMBERS);
        if (found.isEmpty()) {
            int at = r.between(0, text.length());
            return text.substring(0, at) + " " + replacement + " " + text.substring(at);
        }
        int[] span = r.pick(found);
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    static String insertKeyword(R r, String text) {
        List<String> tokens = tokens(text);
        int at = r.between(0, tokens.size());
        String keyword = r.pick(KEYWORDS);
        tokens.add(at, r.chance(70) ? " " + keyword + " " : keyword);
        return String.join("", tokens);
    }

    static String lines(R r, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = r.below(lines.size());
        switch (r.below(3)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(i));
            default -> {
                int j = r.below(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
        }
        return String.join("\n", lines);
    }

    static String insertQuote(R r, String text) {
        int at = r.between(0, text.length());
        return text.substring(0, at) + r.pick("“", "”", "「", "」", "\"", "“”", "\\\"", "““““") + text.substring(at);
    }

    static String brackets(R r, String text) {
        int at = r.between(0, text.length());
        String bracket = r.pick("（", "）", "(", ")", "（（", "））");
        return text.substring(0, at) + bracket.repeat(r.between(1, 50)) + text.substring(at);
    }

    // ------------------------------------------------------------------ bytes that are not UTF-8

    /** Byte sequences that no UTF-8 decoder may accept. */
    static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE4, (byte) 0xB8}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, new byte[] {(byte) 0xC1, (byte) 0xBF},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});

    /** Whether the bytes are valid UTF-8: the oracle polc must agree with. */
    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The text's bytes, broken: invalid sequences spliced in, the text cut inside a character, or another encoding. */
    static byte[] brokenBytes(R r, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        switch (r.below(6)) {
            case 0:
            case 1: {
                byte[] bad = r.pick(INVALID_UTF8);
                int at = r.between(0, utf8.length);
                return splice(utf8, at, bad);
            }
            case 2: {
                // cut inside a multi-byte character
                for (int attempt = 0; attempt < 20; attempt++) {
                    int at = r.between(1, Math.max(1, utf8.length - 1));
                    if (at < utf8.length && (utf8[at] & 0xC0) == 0x80) {
                        byte[] out = new byte[at];
                        System.arraycopy(utf8, 0, out, 0, at);
                        return out;
                    }
                }
                return splice(utf8, 0, new byte[] {(byte) 0xE4});
            }
            case 3:
                return text.getBytes(java.nio.charset.Charset.forName(r.pick("GB18030", "GBK", "Big5", "UTF-16", "UTF-16LE", "ISO-8859-1")));
            case 4: {
                byte[] out = utf8.clone();
                int flips = r.between(1, 8);
                for (int i = 0; i < flips && out.length > 0; i++) {
                    int at = r.below(out.length);
                    out[at] = (byte) (out[at] ^ (1 << r.below(8)));
                }
                return out;
            }
            default:
                return bytes(r, 512);
        }
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert) {
        byte[] out = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
        return out;
    }

    // ------------------------------------------------------------------ equivalent punctuation

    /** Interchangeable spellings (docs/language.md §4): within a class any member may replace any other. */
    static final List<List<String>> EQUIVALENT = Stream.of(
            Stream.of(List.of("：", ":"), List.of("，", ",", "、"), List.of("；", ";", "。"), List.of("（", "("), List.of("）", ")"),
                    List.of("⇒", "=>", "→", "->")),
            symbolsByToken(),
            Stream.of(List.of("+", "＋"), List.of("-", "−", "－"), List.of("×", "*", "＊"), List.of("÷", "/", "／")),
            Units.all().stream().map(Units.Base::spellings).filter(s -> s.size() > 1),
            Stream.of(List.of("0", "０"), List.of("1", "１"), List.of("2", "２"), List.of("3", "３"), List.of("4", "４"), List.of("5", "５"),
                    List.of("6", "６"), List.of("7", "７"), List.of("8", "８"), List.of("9", "９"))).flatMap(s -> s).toList();

    /** The comparison symbols of one lexer token are interchangeable: ≥, >=, ＞＝. */
    private static Stream<List<String>> symbolsByToken() {
        Map<String, List<String>> byToken = new LinkedHashMap<>();
        ComparisonWords.all().stream().filter(w -> w.position() == ComparisonWords.Position.SYMBOL)
                .forEach(w -> byToken.computeIfAbsent(w.token(), t -> new ArrayList<>()).add(w.text()));
        return byToken.values().stream().map(List::copyOf);
    }

    /** Whitespace is interchangeable too (§4: 空格、制表符、换行、全角空格、不间断空格). */
    static final List<String> WHITESPACE = List.of(" ", "\t", "\u3000", "\u00A0");

    /**
     * Replaces punctuation, digits and (when {@code spaces}) whitespace by an equivalent spelling,
     * outside quoted text, comments and heading lines (whose text is kept as written). The hyphens of
     * dates stay half-width, as §4 requires, and so does the decimal point.
     */
    static String swapEquivalents(R r, String text, int percent, boolean spaces) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean lineStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (lineStart) {
                int j = i;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u3000')) {
                    j++;
                }
                if (text.startsWith("政策", j) || text.startsWith("部分", j) || text.startsWith("条款", j)) {
                    int end = text.indexOf('\n', j);
                    end = end < 0 ? text.length() : end;
                    out.append(text, i, end);
                    i = end;
                    continue;
                }
                lineStart = false;
            }
            if (c == '\n') {
                out.append(c);
                i++;
                lineStart = true;
                continue;
            }
            if (c == '“' || c == '「') {
                char open = c;
                char close = c == '“' ? '”' : '」';
                int depth = 0;
                int j = i;
                do {
                    char d = text.charAt(j);
                    if (d == open) {
                        depth++;
                    } else if (d == close) {
                        depth--;
                    }
                    j++;
                } while (depth > 0 && j < text.length());
                out.append(text, i, j);
                i = j;
                continue;
            }
            if (c == '"') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '"' && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(text.length(), j + 1);
                out.append(text, i, j);
                i = j;
                continue;
            }
            if (c == '#' || c == '＃' || text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                out.append(text, i, end);
                i = end;
                continue;
            }
            if ((c == '-' || c == '.' || c == '．') && i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) {
                out.append(c);
                i++;
                continue;
            }
            String unit = null;
            List<String> equivalents = null;
            for (List<String> cls : EQUIVALENT) {
                for (String member : cls) {
                    if (text.startsWith(member, i) && (unit == null || member.length() > unit.length())) {
                        unit = member;
                        equivalents = cls;
                    }
                }
            }
            if (spaces && WHITESPACE.contains(String.valueOf(c))) {
                unit = String.valueOf(c);
                equivalents = WHITESPACE;
            }
            if (unit == null) {
                out.append(c);
                i++;
                continue;
            }
            out.append(r.chance(percent) ? r.pick(equivalents) : unit);
            i += unit.length();
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
