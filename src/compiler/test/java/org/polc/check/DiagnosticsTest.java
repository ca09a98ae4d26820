package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.testing.Fixtures;

/**
 * The diagnostic that needs a file on disk: a .pol file that is not UTF-8. Every other kind of
 * diagnostic, with its exact message and line:column, is a .pol file of src/compiler/test/pol
 * (src/compiler/test/pol/CONVERTED.md lists where each former test of this class went).
 */
class DiagnosticsTest {

    private static final Pattern ANTLR_ENGLISH =
            Pattern.compile("mismatched|expecting|extraneous|missing|no viable|token recognition|input '");

    @Test
    void fileThatIsNotUtf8(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("gbk"));
        Path file = folder.resolve("policy.pol");
        byte[] gbk = (Fixtures.HEADER + "部分 二 科技创新政策\n").getBytes(Charset.forName("GBK"));
        Files.write(file, gbk);
        assertFalse(new String(gbk, StandardCharsets.UTF_8).contains("政策"), "the bytes really are not UTF-8");

        Compilation c = Compiler.compile(temp);
        Diagnostic d = Fixtures.onlyError(c, "io.encoding");
        assertChinese(d);
        assertContains(d.message(), "UTF-8", "policy.pol");
        assertEquals(1, d.span().line());
        assertEquals(1, d.span().column());
        assertTrue(c.clauses().isEmpty());
    }

    // ------------------------------------------------------------ helpers

    private static void assertChinese(Diagnostic d) {
        assertTrue(d.message().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                "message should be Chinese: " + d.message());
        assertFalse(ANTLR_ENGLISH.matcher(d.message()).find(), "message leaks English: " + d.message());
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "«" + part + "» missing from: " + message);
        }
    }
}
