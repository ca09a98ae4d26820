package org.polc.diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one {@code .pol} file, kept so that diagnostics can quote the offending line. Line
 * starts are indexed once: a 50 MB file with thousands of diagnostics must not be split per message.
 */
public final class SourceFile {

    private final String displayName;
    private final String text;
    private int[] lineStarts;
    /** The char index of every {@link #STRIDE}th code point; null while every character is in the BMP. */
    private int[] checkpoints;
    private boolean indexed;

    public SourceFile(String displayName, String text) {
        this.displayName = displayName;
        this.text = text;
    }

    public static SourceFile of(Path path, String text) {
        return new SourceFile(path.toString().replace('\\', '/'), text);
    }

    public String displayName() {
        return displayName;
    }

    public String text() {
        return text;
    }

    /** Line {@code n} (1-based) without its line break, or "" past the end. */
    public String line(int n) {
        int[] starts = lineStarts();
        if (n < 1 || n > starts.length) {
            return "";
        }
        int start = starts[n - 1];
        int end = n < starts.length ? starts[n] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }

    public int lineCount() {
        return lineStarts().length;
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= lineCount(); n++) {
            lines.add(line(n));
        }
        return lines;
    }

    /**
     * Code points {@code from} to {@code to} (inclusive), counted as ANTLR counts them; clipped to
     * the text. Most files have no character outside the BMP, and then a code point index is a char
     * index; otherwise a checkpoint every {@link #STRIDE} code points keeps each lookup short.
     */
    public String codePoints(int from, int to) {
        int start = charIndex(from);
        int end = to < from ? start : charIndex(to + 1);
        return text.substring(start, Math.max(start, end));
    }

    private static final int STRIDE = 1024;

    private int charIndex(int codePoint) {
        int[] marks = checkpoints();
        if (marks == null) {
            return Math.min(Math.max(codePoint, 0), text.length());
        }
        int mark = Math.min(Math.max(codePoint, 0) / STRIDE, marks.length - 1);
        int i = marks[mark];
        for (int n = mark * STRIDE; n < codePoint && i < text.length(); n++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private synchronized int[] checkpoints() {
        if (!indexed) {
            indexed = true;
            if (text.codePoints().count() != text.length()) {
                int count = (int) (text.codePoints().count() / STRIDE) + 1;
                int[] marks = new int[count];
                int n = 0;
                for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), n++) {
                    if (n % STRIDE == 0) {
                        marks[n / STRIDE] = i;
                    }
                }
                checkpoints = marks;
            }
        }
        return checkpoints;
    }

    private synchronized int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            int[] starts = new int[count];
            int k = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[k++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
