package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;
import org.polc.model.Clause;
import org.polc.testing.Fixtures;

/**
 * {@link JavaLiteral} and {@link JavadocText} against javac itself: every awkward character, alone
 * and in random mixtures, goes through a literal and a Javadoc comment and comes back the same, and
 * nothing invisible is written raw.
 */
class JavaLiteralTest {

    /** Code points that have broken code generators: controls, separators, bidi, surrogates, BOM … */
    private static final int[] AWKWARD = {
        0x00, 0x01, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B, 0x1F, 0x20, 0x22, 0x24, 0x27, 0x2A, 0x2F,
        0x30, 0x37, 0x38, 0x3C, 0x3E, 0x40, 0x5C, 0x75, 0x7B, 0x7D, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xAD, 0x061C, 0x180E,
        0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2066,
        0x2067, 0x2068, 0x2069, 0x206F, 0x3000, 0x3007, 0x4E00, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xF8FF, 0xF900,
        0xFEFF, 0xFF21, 0xFFF9, 0xFFFB, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600, 0x20000, 0xE0001, 0xE0041, 0xE007F, 0xF0000,
        0x10FFFF
    };

    private static final List<String> SEQUENCES = List.of("\\u000a", "\\u000d", "\\u0022", "\\u005c", "\\\\u000a",
            "\\uuuu002a/", "*/", "/*", "\"", "\\", "\\\"", "$S", "@param", "{@link x}", "</pre>", "&#42;", "\r\n", "\n\n");

    private static List<String> samples() {
        List<String> samples = new ArrayList<>();
        for (int cp : AWKWARD) {
            samples.add(new String(Character.toChars(cp)));
            samples.add("前" + new String(Character.toChars(cp)) + "7后");
        }
        samples.addAll(SEQUENCES);
        Random random = new Random(20240101);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                switch (random.nextInt(3)) {
                    case 0 -> sb.appendCodePoint(AWKWARD[random.nextInt(AWKWARD.length)]);
                    case 1 -> sb.append(SEQUENCES.get(random.nextInt(SEQUENCES.size())));
                    default -> sb.append("补助0a");
                }
            }
            samples.add(sb.toString());
        }
        samples.add("");
        return samples;
    }

    @Test
    void escapes() {
        assertEquals("\"研发投入补助\"", JavaLiteral.of("研发投入补助"));
        assertEquals("\"a\\\"b\\\\c\"", JavaLiteral.of("a\"b\\c"));
        assertEquals("\"\\n\\r\\t\\b\\f\"", JavaLiteral.of("\n\r\t\b\f"));
        assertEquals("\"\\0007\\033\\177\"", JavaLiteral.of("\u00007\u001b\u007f"));
        assertEquals("\"\\u202e\\u2028\\u2029\\ufeff\\u0085\"", JavaLiteral.of("\u202E\u2028\u2029\uFEFF\u0085"));
        assertEquals("\"\\udb40\\udc01\\ud800\"", JavaLiteral.of("\uDB40\uDC01\uD800"));
        assertEquals("(\"\\ud800\" + \"\\\\u000d\")", JavaLiteral.of("\uD800" + "\\u000d"));
        assertEquals("\"\\\\u000a\"", JavaLiteral.of("\\u000a"));
        assertEquals("\"😀Ａ'\"", JavaLiteral.of("😀Ａ'"));
        assertEquals("null", JavaLiteral.of(null));
        assertEquals("&#x202E;&#x2028;&#92;u000a&#42;&#47;&#64;&#36;&lt;&amp;\t&#x1B;&#xE0001;\n",
                JavadocText.of("\u202E\u2028\\u000a*/@$<&\t\u001b\uDB40\uDC01\r\n"));
        assertEquals("a\nb", JavadocText.of("a\rb"));
    }

    @Test
    void sameAsJavaPoetForOrdinaryText() {
        for (Clause clause : Fixtures.realPolicies().clauses()) {
            for (String s : List.of(clause.title(), clause.text(), clause.citation())) {
                assertEquals(CodeBlock.of("$S", s).toString(), JavaLiteral.of(s));
            }
        }
    }

    @Test
    void javacReadsBackEveryLiteralAndEveryJavadoc() throws Exception {
        List<String> samples = samples();
        TypeSpec.Builder type = TypeSpec.classBuilder("Literals").addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        for (int i = 0; i < samples.size(); i++) {
            type.addField(FieldSpec.builder(String.class, "S" + i, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L\n", JavadocText.of(samples.get(i)))
                    .initializer("$L", JavaLiteral.of(samples.get(i)))
                    .build());
        }
        JavaFile file = JavaFile.builder("org.polc.literals", type.build()).build();
        String source = file.toString();
        InjectionTest.assertSourceShowsWhatItDoes(source);

        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(List.of(file));
        assertEquals(samples.size(), compiled.topLevelMembers().size(), "one member per literal");
        assertFalse(compiled.topLevelMembers().stream().anyMatch(m -> !m.endsWith(":VARIABLE")), compiled.topLevelMembers().toString());
        Class<?> literals = compiled.load("org.polc.literals.Literals");
        for (int i = 0; i < samples.size(); i++) {
            String expected = samples.get(i);
            assertEquals(expected, literals.getField("S" + i).get(null), "literal " + i + ": " + codePoints(expected));
            String doc = compiled.javadoc().get("org.polc.literals.Literals#S" + i);
            String shown = InjectionTest.unescapeHtml(doc).replaceAll("\n$", "");
            String written = expected.replace("\r\n", "\n").replace('\r', '\n');
            assertEquals(stripLineEnds(written), stripLineEnds(shown), "Javadoc " + i + ": " + codePoints(expected));
        }
    }

    /**
     * Javadoc layout that is not text: spaces at the end of a line and empty lines at the start
     * and end of the comment do not survive JavaPoet and javac.
     */
    private static String stripLineEnds(String s) {
        return s.replaceAll("[ ]+(\n|$)", "$1").replaceAll("^\n+|\n+$", "");
    }

    private static String codePoints(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(String.format("U+%04X ", cp)));
        return sb.toString();
    }

    @Test
    void hiddenCoversTheTrojanSourceCharacters() {
        for (int cp : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
                0x061C, 0x2028, 0x2029, 0x200B, 0xFEFF, 0x00AD, 0xE0001, 0x0085, 0x0000, 0x001B}) {
            assertTrue(JavaLiteral.hidden(cp), String.format("U+%04X", cp));
        }
        for (int cp : new int[] {'a', ' ', '研', 0x3000, 0xFF21, 0x1F600, 0x20000}) {
            assertFalse(JavaLiteral.hidden(cp), String.format("U+%04X", cp));
        }
    }
}
