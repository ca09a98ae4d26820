package org.polc.codegen;

/**
 * Breaks the long lines of the Javadoc in generated source, so that a reviewer reads the clause's
 * text and the meaning of each input without scrolling. JavaPoet writes Javadoc lines as given
 * and policy text has no line breaks (原文 runs to hundreds of characters), so the finished source
 * is wrapped here: only lines inside a doc comment, each continued with the same {@code " * "}
 * prefix (four more spaces under a block tag). A line breaks after Chinese punctuation or at a
 * space where it can, else between two Chinese characters, never inside an inline tag
 * ({@code {@link …}}), an HTML tag or a character reference. Code lines are JavaPoet's to wrap.
 */
final class JavadocWrap {

    private JavadocWrap() {}

    /** The longest line, in characters (code points), that generated source should have. */
    static final int LIMIT = 120;

    /** Characters a line may end with: Chinese punctuation (and the ASCII comma and semicolon some texts use). */
    static final String BREAK_AFTER = "，。；、：）」』”》！？,;";

    static String wrap(String source) {
        StringBuilder out = new StringBuilder(source.length() + 256);
        boolean inDoc = false;
        for (String line : source.split("\n", -1)) {
            String stripped = line.strip();
            if (!inDoc && stripped.startsWith("/**")) {
                inDoc = true;
            }
            if (inDoc && length(line) > LIMIT && stripped.startsWith("* ")) {
                wrapLine(out, line);
            } else {
                out.append(line).append('\n');
            }
            if (inDoc && stripped.endsWith("*/")) {
                inDoc = false;
            }
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static void wrapLine(StringBuilder out, String line) {
        int star = line.indexOf('*');
        String prefix = line.substring(0, star + 2);
        String rest = line.substring(star + 2);
        String continuation = rest.startsWith("@") ? prefix + "    " : prefix;
        String current = prefix;
        while (length(current) + length(rest) > LIMIT) {
            int room = LIMIT - length(current);
            int cut = breakPoint(rest, room);
            if (cut <= 0) {
                break;
            }
            out.append(current).append(rest.substring(0, cut).stripTrailing()).append('\n');
            rest = rest.substring(cut).stripLeading();
            current = continuation;
        }
        out.append(current).append(rest).append('\n');
    }

    /** Where to break {@code text} so that its first part has at most {@code room} code points; 0 for nowhere. */
    private static int breakPoint(String text, int room) {
        int punctuation = 0;
        int space = 0;
        int between = 0;
        int depthBrace = 0;
        boolean inTag = false;
        boolean inEntity = false;
        int count = 0;
        for (int i = 0; i < text.length() && count < room; ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            count++;
            if (c == '{') {
                depthBrace++;
            } else if (c == '}' && depthBrace > 0) {
                depthBrace--;
            } else if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (c == '&') {
                inEntity = true;
            } else if (c == ';' && inEntity) {
                inEntity = false;
                i = next;
                continue;
            }
            boolean free = depthBrace == 0 && !inTag && !inEntity;
            if (free && next < text.length()) {
                int after = text.codePointAt(next);
                if (BREAK_AFTER.indexOf(c) >= 0) {
                    punctuation = next;
                } else if (after == ' ') {
                    space = next;
                } else if (han(c) && han(after)) {
                    between = next;
                }
            }
            i = next;
        }
        // after punctuation if that leaves the line at least half full, else at a space, else between two characters
        int half = room / 2;
        if (punctuation > half) {
            return punctuation;
        }
        if (space > half) {
            return space;
        }
        return between > 0 ? between : Math.max(punctuation, space);
    }

    private static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
