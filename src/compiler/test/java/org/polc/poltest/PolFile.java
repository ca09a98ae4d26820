package org.polc.poltest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One test file of src/compiler/test/pol: the text polc reads (the body), the directives in its comments,
 * and the expectation block at its end. The format is described in src/compiler/test/pol/README.md.
 */
final class PolFile {

    /** The line that opens the expectation block; everything from it to the end of the file is the block. */
    static final String MARKER = "# ==== 期望 ====";

    /** Starts another source file of the same policy folder (for tests about several files). */
    static final String NEXT_FILE = "# ==== 另一个文件 ====";

    /** Compile the file alone, without the test header (for tests about a missing header). */
    static final String NO_HEADER = "# 无文件头";

    /** {@code # 试算 第十四条：{…}} or {@code # 试算 第十条 --json：{…}}: run polc eval on one clause. */
    private static final Pattern EVAL = Pattern.compile("#\\s*试算\\s+第(\\S+?)条(\\s+--json)?\\s*[：:]\\s*(\\S.*)");

    /** {@code # 核对目标：{…}} or {@code # 核对目标 --json：{…}}: run polc targets with these actual figures. */
    private static final Pattern TARGETS = Pattern.compile("#\\s*核对目标(\\s+--json)?\\s*[：:]\\s*(\\S.*)");

    /**
     * A 试算 directive: the clause (as written between 第 and 条), the JSON facts, and the line itself as its
     * label; or a 核对目标 directive, whose clause is empty and whose facts are the actual figures.
     */
    record Eval(String label, String clause, boolean json, String facts) {
        boolean targets() {
            return clause.isEmpty();
        }
    }

    private final String body;
    private final Optional<String> block;
    private final List<Eval> evals = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private boolean noHeader;

    private PolFile(String body, Optional<String> block) {
        this.body = body;
        this.block = block;
    }

    /** Splits {@code text} (with {@code \n} line ends) at the marker and reads the directives of the body. */
    static PolFile parse(String text) {
        int at = markerOffset(text);
        PolFile file = at < 0 ? new PolFile(text, Optional.empty()) : new PolFile(text.substring(0, at), Optional.of(text.substring(at)));
        file.readDirectives();
        return file;
    }

    private static int markerOffset(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            if (line.equals(MARKER)) {
                return start;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return -1;
    }

    private void readDirectives() {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("#")) {
                continue;
            }
            String content = line.substring(1).strip();
            if (content.startsWith("试算")) {
                Matcher m = EVAL.matcher(line);
                if (m.matches()) {
                    evals.add(new Eval(line, m.group(1), m.group(2) != null, m.group(3).strip()));
                } else {
                    problems.add("第 " + (i + 1) + " 行的「试算」写法不对，应为「# 试算 第十四条：{JSON}」：" + line);
                }
            } else if (content.startsWith("核对目标")) {
                Matcher m = TARGETS.matcher(line);
                if (m.matches()) {
                    evals.add(new Eval(line, "", m.group(1) != null, m.group(2).strip()));
                } else {
                    problems.add("第 " + (i + 1) + " 行的「核对目标」写法不对，应为「# 核对目标：{JSON}」：" + line);
                }
            } else if (line.equals(NO_HEADER)) {
                noHeader = true;
            } else if (line.startsWith("# ====") && !line.equals(NEXT_FILE)) {
                // A misspelt marker would otherwise be read as an ordinary comment and its block as part of the policy.
                problems.add("第 " + (i + 1) + " 行不是认得的分隔行（「" + MARKER + "」或「" + NEXT_FILE + "」）：" + line);
            }
        }
    }

    /** The text before the expectation block: what polc compiles. */
    String body() {
        return body;
    }

    Optional<String> block() {
        return block;
    }

    /** The line number (1-based) where the block starts, or where it will start when appended. */
    int blockLine() {
        return (int) body.chars().filter(c -> c == '\n').count() + 1;
    }

    List<Eval> evals() {
        return evals;
    }

    /** Malformed directives; a file with any is not run. */
    List<String> problems() {
        return problems;
    }

    /**
     * Whether the runner supplies the test header as a separate source: not when the file writes its own
     * 政策 header first, nor when it asks for none.
     */
    boolean needsHeader() {
        return !noHeader && !ownsHeader();
    }

    private boolean ownsHeader() {
        for (String line : body.split("\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#") || s.startsWith("＃") || s.startsWith("//")) {
                continue;
            }
            return s.equals("政策") || s.startsWith("政策 ") || s.startsWith("政策\t") || s.startsWith("政策\u3000");
        }
        return false;
    }

    /**
     * The body cut at each {@link #NEXT_FILE} line into the texts of separate source files. Each later
     * text starts with as many empty lines as precede it in the test file, so every line keeps the
     * number it has in the test file and expectations read against the file itself.
     */
    List<String> sections() {
        List<String> sections = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(NEXT_FILE)) {
                sections.add(current.toString());
                current = new StringBuilder("\n".repeat(i));
            }
            current.append(lines[i]);
            if (i < lines.length - 1) {
                current.append('\n');
            }
        }
        sections.add(current.toString());
        return sections;
    }

    /** The file with {@code newBlock} in place of its block (appended after an empty line when it had none). */
    String withBlock(String newBlock) {
        if (block.isPresent()) {
            return body + newBlock;
        }
        String text = body.isEmpty() || body.endsWith("\n") ? body : body + "\n";
        return text + (text.isEmpty() || text.endsWith("\n\n") ? "" : "\n") + newBlock;
    }
}
