package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.CodeBlock;
import org.junit.jupiter.api.Test;

class JavadocWrapTest {

    /** 40 characters: 对符合条件的企业，按不超过新增额的百分之五给予补助，最高二百万元；达一亿元以上的直接给予。 (worked by hand below) */
    private static final String SENTENCE = "对符合条件的企业，按不超过新增额的百分之五给予补助，最高二百万元；达一亿元以上的直接给予。";

    @Test
    void aLongDocLineBreaksAfterPunctuationWithTheSamePrefix() {
        String line = "     * " + SENTENCE.repeat(4); // 7 + 4 × 45 = 187 characters
        String wrapped = JavadocWrap.wrap("    /**\n" + line + "\n     */\n");
        String[] lines = wrapped.split("\n");
        assertEquals("    /**", lines[0]);
        for (int i = 1; i < lines.length - 1; i++) {
            assertTrue(lines[i].startsWith("     * "), lines[i]);
            assertTrue(lines[i].length() <= JavadocWrap.LIMIT, lines[i].length() + ": " + lines[i]);
            assertTrue(i == lines.length - 2 || "，。；".indexOf(lines[i].charAt(lines[i].length() - 1)) >= 0, lines[i]);
        }
        assertEquals("     */", lines[lines.length - 1]);
        // nothing lost: the pieces are the text again
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < lines.length - 1; i++) {
            text.append(lines[i].substring("     * ".length()));
        }
        assertEquals(SENTENCE.repeat(4), text.toString());
    }

    @Test
    void aBlockTagContinuesIndentedAndALinkIsNeverCut() {
        String link = "{@link org.polc.runtime.PolicyInputException 输入不合要求的异常}";
        String line = " * @throws X " + "很".repeat(90) + link + "。";
        String wrapped = JavadocWrap.wrap("/**\n" + line + "\n */");
        assertTrue(wrapped.contains(link), wrapped);
        assertTrue(wrapped.contains("\n *     "), wrapped);
    }

    @Test
    void codeLinesAreLeftAlone() {
        String code = "    String s = \"" + "很".repeat(200) + "\";\n";
        assertEquals(code, JavadocWrap.wrap(code));
    }

    @Test
    void aLongTextBecomesLiteralsOfTheSameValue() {
        String text = SENTENCE.repeat(5);
        CodeBlock wrapped = JavaLiteral.wrapped(text);
        String source = wrapped.toString();
        assertTrue(source.contains("\" +"), source);
        // each literal is a whole number of sentences here: pieces end after punctuation
        StringBuilder value = new StringBuilder();
        for (String piece : source.split("\" \\+\\s*\"")) {
            String bare = piece.replace("\"", "");
            assertTrue(bare.codePointCount(0, bare.length()) <= JavaLiteral.PIECE, bare);
            value.append(bare);
        }
        assertEquals(text, value.toString());
        assertEquals(JavaLiteral.of("短"), JavaLiteral.wrapped("短").toString());
    }
}
