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
