package org.polc.codegen;

import java.util.Locale;

/**
 * Policy text made safe for Javadoc. Javadoc is not escaped by JavaPoet: "*&#47;" in the text
 * would end the comment, and javac decodes backslash-u escapes before it strips comments, so a
 * backslash must never reach the source. HTML specials are escaped so the text shows as written,
 * and "@" so that no line of the text becomes a block tag. Invisible characters that could change
 * how the source looks to a reviewer — bidi controls and other format characters, U+2028/U+2029,
 * control characters other than line feed and tab — become numeric character references
 * ({@code &#x202E;}), which the Javadoc page shows as the character itself. A carriage return is
 * a line break: with a line feed after it, it is dropped (JavaPoet breaks the line); alone, it
 * becomes a line feed, so that javac and JavaPoet see the same lines.
 */
final class JavadocText {

    private JavadocText() {}

    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\\' -> sb.append("&#92;");
                case '*' -> sb.append("&#42;");
                case '/' -> sb.append("&#47;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '@' -> sb.append("&#64;");
                case '$' -> sb.append("&#36;");
                case '\n', '\t' -> sb.appendCodePoint(c);
                case '\r' -> {
                    if (i >= text.length() || text.charAt(i) != '\n') {
                        sb.append('\n');
                    }
                }
                default -> {
                    if (JavaLiteral.hidden(c)) {
                        sb.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
