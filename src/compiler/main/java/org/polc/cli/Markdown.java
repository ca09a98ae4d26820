package org.polc.cli;

/**
 * Text made safe for a Markdown document: what a drafter wrote (a title, a reading, a target) must show
 * as written, never break a table row or turn into emphasis, code or HTML.
 */
final class Markdown {

    private Markdown() {}

    /**
     * For a table cell or a line of text: the backslash and the characters Markdown reads as markup
     * ({@code | * _ `}) are escaped with a backslash, {@code &} and {@code <} become entities, and every line
     * break becomes {@code <br>} — a break inside a cell would end the table row.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '|', '*', '_', '`' -> out.append('\\').append(c);
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '\r' -> {
                    out.append("<br>");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** One table row of already escaped cells. */
    static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }
}
