package org.polc.diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The text of one {@code .pol} file, kept so that diagnostics can quote the offending line. */
public record SourceFile(String displayName, String text) {

    public static SourceFile of(Path path, String text) {
        return new SourceFile(path.toString().replace('\\', '/'), text);
    }

    /** Line {@code n} (1-based) without its line break, or "" past the end. */
    public String line(int n) {
        List<String> lines = lines();
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(stripCr(text.substring(start, i)));
                start = i + 1;
            }
        }
        lines.add(stripCr(text.substring(start)));
        return lines;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
