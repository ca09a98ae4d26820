package org.polc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polc.ast.Document;
import org.polc.check.Checker;
import org.polc.diagnostics.Diagnostic;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.SourceFile;
import org.polc.model.Program;
import org.polc.syntax.antlr.PolLexer;
import org.polc.testing.Fixtures;
import org.polc.vocabulary.ComparisonWords;

/**
 * A word added to the lexer's comparison rules but not to {@link ComparisonWords} is reported, with
 * its position, and its clause is marked as having an error; polc neither crashes (it used to throw
 * NoSuchElementException in AstBuilder) nor guesses (with 以上 after it, it used to read 以上 alone).
 *
 * <p>The lexer is a variant of the real one that makes 高过 a GT_WORD and 之上 an ABOVE, as if a
 * maintainer had added them to grammar/PolLexer.g4 and forgotten the table.
 */
class UnknownComparisonWordTest {

    private static final Map<String, Integer> NEW_WORDS = Map.of("高过", PolLexer.GT_WORD, "之上", PolLexer.ABOVE);

    private static final String HINT = "请改用「超过」「以上」「不足」等已知用语；这是 polc 的缺陷（词法规则与 org.polc.vocabulary.ComparisonWords 不一致），请报告";

    @BeforeAll
    static void theWordsAreNewToTheTable() {
        for (String word : NEW_WORDS.keySet()) {
            assertTrue(ComparisonWords.find(word).isEmpty(), word + " is in the table now: pick another word for this test");
        }
    }

    private static PolLexer lexerKnowingTheNewWords(String text) {
        return new PolLexer(CharStreams.fromString(text)) {
            @Override
            public void emit(Token token) {
                Integer type = NEW_WORDS.get(token.getText());
                if (token.getType() == PolLexer.NAME && type != null) {
                    CommonToken word = new CommonToken(token);
                    word.setType(type);
                    token = word;
                }
                super.emit(token);
            }
        };
    }

    private record Parsed(SourceFile source, Document document, Diagnostics diagnostics) {
        List<Diagnostic> errors() {
            return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
        }
    }

    private static Parsed parse(String body) {
        SourceFile source = new SourceFile("test.pol", Fixtures.HEADER + body);
        Diagnostics diagnostics = new Diagnostics();
        Document document = PolParsing.parse(source, diagnostics, lexerKnowingTheNewWords(source.text()));
        return new Parsed(source, document, diagnostics);
    }

    private static String clause(String condition) {
        return """
                部分 一 测试部分
                  牵头单位 测试局
                条款 一 测试条款
                  原文 “投入额较大的，给予10万元补助。”
                  输入
                    投入额：金额
                  补助 补助金：若 %s 则 给予 10万元 否则 不予
                """.formatted(condition);
    }

    /** The one error, which must be vocabulary.unknown at {@code word} on the calculator's line. */
    private static void assertUnknownWordAt(Parsed p, String word, String where) {
        List<Diagnostic> errors = p.errors();
        assertEquals(1, errors.size(), () -> errors.toString());
        Diagnostic d = errors.get(0);
        assertEquals("vocabulary.unknown", d.code());
        assertEquals(where + "不认识的比较用语「" + word + "」：polc 的比较用语表中没有它，不知道它是否包括本数", d.message());
        assertEquals(Optional.of(HINT), d.hint());
        String[] lines = p.source().text().split("\n", -1);
        int line = 0;
        while (!lines[line].contains(" " + word)) {
            line++;
        }
        assertEquals(line + 1, d.span().line());
        assertEquals(lines[line].indexOf(" " + word) + 2, d.span().column());
        assertEquals(word.length(), d.span().length());
    }

    @Test
    void anUnknownWordBeforeTheNumberIsADiagnostic() {
        Parsed p = parse(clause("投入额 高过 200万元"));
        assertUnknownWordAt(p, "高过", "第一条：");
        assertEquals(Set.of(1), p.document().syntaxErrors());
    }

    @Test
    void anUnknownWordIsNotDroppedInFavourOfAKnownOne() {
        // the old code read 「高过 200万元 以上」 as 「200万元 以上」 without a word
        Parsed p = parse(clause("投入额 高过 200万元 以上"));
        assertUnknownWordAt(p, "高过", "第一条：");
        assertEquals(Set.of(1), p.document().syntaxErrors());
    }

    @Test
    void anUnknownWordAfterTheNumberIsADiagnostic() {
        Parsed p = parse(clause("投入额 200万元 之上"));
        assertUnknownWordAt(p, "之上", "第一条：");
        assertEquals(Set.of(1), p.document().syntaxErrors());
    }

    @Test
    void anUnknownWordInAPartsTargetIsADiagnostic() {
        Parsed p = parse("""
                部分 一 测试部分
                  牵头单位 测试局
                  目标 2024年 新增高新技术企业 高过 2000家
                """);
        assertUnknownWordAt(p, "高过", "第一部分：");
        assertEquals(Set.of(0), p.document().syntaxErrors(), "outside any clause, as PolParsing numbers syntax errors");
    }

    /** The marked clause is checked like one repaired after a syntax error: no further errors, not clean, so never proven or run. */
    @Test
    void theClauseIsCheckedButNotClean() {
        Parsed p = parse(clause("投入额 高过 200万元"));
        Program program = Checker.check("test", List.of(Map.entry(p.source(), p.document())), p.diagnostics());
        assertEquals(1, p.errors().size(), () -> p.errors().toString());
        assertFalse(program.clause(1).orElseThrow().clean());
    }

    /** The same clause with a word of the table: no diagnostic, and clean. */
    @Test
    void aKnownWordThroughTheSameLexerIsFine() {
        Parsed p = parse(clause("投入额 超过 200万元"));
        Program program = Checker.check("test", List.of(Map.entry(p.source(), p.document())), p.diagnostics());
        assertEquals(List.of(), p.errors());
        assertEquals(Set.of(), p.document().syntaxErrors());
        assertTrue(program.clause(1).orElseThrow().clean());
    }
}
