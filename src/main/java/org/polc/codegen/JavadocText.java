package org.polc.codegen;

/**
 * Policy text made safe for Javadoc. Javadoc is not escaped by JavaPoet: "*&#47;" in the text
 * would end the comment, and javac decodes backslash-u escapes before it strips comments, so a
 * backslash must never reach the source. HTML specials are escaped so the text shows as written.
 */
final class JavadocText {

    private JavadocText() {}

    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("&#92;");
                case '*' -> sb.append("&#42;");
                case '/' -> sb.append("&#47;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '@' -> sb.append("&#64;");
                case '$' -> sb.append("&#36;");
                case '\r' -> { }
                case '\u2028', '\u2029' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
