package org.polc.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Policy text as a Java string literal that javac reads back exactly and that a reviewer sees as
 * it is. JavaPoet's {@code $S} writes bidi controls (U+202E …) and other invisible characters raw,
 * and those can reorder how the surrounding code looks ("trojan source"); this writes them as
 * escapes instead. Use it with {@code $L}.
 *
 * <ul>
 *   <li>{@code \ " \n \r \t \b \f} get their usual escapes;</li>
 *   <li>other C0 controls and DEL get three-digit octal escapes ({@code \000}): never a
 *       backslash-u escape, because javac decodes those before it reads the literal, and the one for
 *       a line feed, quote or backslash would end or break it;</li>
 *   <li>invisible or ambiguous characters — format characters (category Cf: bidi controls,
 *       zero-width joiners, U+FEFF), U+2028/U+2029, C1 controls, unpaired surrogates, private-use and
 *       unassigned code points — get backslash-u escapes, which are safe for them: none is a line
 *       terminator, a quote or a backslash;</li>
 *   <li>everything else, Chinese text above all, is written as it is, so the generated code
 *       stays readable.</li>
 * </ul>
 *
 * A lone high surrogate (not text, but a Java string can hold one) ends the literal, which goes on
 * after a {@code +}: javac mistakes a backslash after its escape. For ordinary text the result is
 * the same as JavaPoet's {@code $S}.
 */
public final class JavaLiteral {

    private JavaLiteral() {}

    /** Code points of text per literal in {@link #wrapped}: after "TEXT = " and with the quotes, a piece fits in 120 columns. */
    static final int PIECE = 70;

    /**
     * A long text (a clause's 原文) as literals joined by {@code +}, each on its own line when the line
     * would be too long, so that the source stays readable; still a constant expression, of the same
     * value. Pieces end after punctuation where they can, always between code points, never inside an escape.
     */
    static CodeBlock wrapped(String text) {
        if (text.codePointCount(0, text.length()) <= PIECE) {
            return CodeBlock.of("$L", of(text));
        }
        List<CodeBlock> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            // a piece ends after punctuation in its second half where it can, so that no word is cut
            int end = start;
            int punctuation = 0;
            for (int n = 0; n < PIECE && end < text.length(); n++) {
                int c = text.codePointAt(end);
                end += Character.charCount(c);
                if (n >= PIECE / 2 && JavadocWrap.BREAK_AFTER.indexOf(c) >= 0) {
                    punctuation = end;
                }
            }
            if (end < text.length() && punctuation > 0) {
                end = punctuation;
            }
            pieces.add(CodeBlock.of("$L", of(text.substring(start, end))));
            start = end;
        }
        return CodeBlock.join(pieces, " +$W");
    }

    /** The literal, with its double quotes; {@code null} for null. */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        boolean split = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append('\\').append(Character.forDigit(c >> 6, 8)).append(Character.forDigit((c >> 3) & 7, 8))
                                .append(Character.forDigit(c & 7, 8));
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                            int cp = Character.toCodePoint(c, text.charAt(i + 1));
                            if (hidden(cp)) {
                                unicode(sb, c);
                                unicode(sb, text.charAt(i + 1));
                            } else {
                                sb.append(c).append(text.charAt(i + 1));
                            }
                            i++;
                        } else {
                            unicode(sb, c);
                            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                                // After a lone high surrogate, javac looks for its low half in the
                                // next backslash-u escape and loses count of backslashes: an escaped
                                // backslash, u, 000d right after it would be read as a carriage
                                // return. End the literal here.
                                sb.append("\" + \"");
                                split = true;
                            }
                        }
                    } else if (hidden(c)) {
                        unicode(sb, c);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
        return split ? "(" + sb + ")" : sb.toString();
    }

    /**
     * Characters that must not reach generated source raw: they are invisible, change how text
     * around them is displayed, or (unassigned) may become either in a later Unicode version.
     */
    static boolean hidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }

    private static void unicode(StringBuilder sb, char c) {
        sb.append("\\u");
        String hex = Integer.toHexString(c);
        sb.append("0".repeat(4 - hex.length())).append(hex);
    }
}
