package org.polc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.polc.syntax.antlr.PolLexer;
import org.polc.testing.Fixtures;
import org.polc.vocabulary.ComparisonWords.Position;
import org.polc.vocabulary.GrammarText.Rule;

/**
 * The lexer must list the words of the tables as literals (ANTLR needs them), so the two can drift
 * apart. This test reads grammar/PolLexer.g4 and grammar/PolParser.g4 as text and checks both
 * directions: every word of {@link ComparisonWords}, {@link Units} and {@link Keywords} lexes, with
 * the generated {@link PolLexer}, to the token the table names; and every literal of the grammar's
 * comparison-word rules, of its {@code UNIT} and {@code MAGNITUDE} fragments and of its keyword rules
 * is in a table.
 */
class VocabularyAgreementTest {

    private static final GrammarText LEXER = GrammarText.read(Fixtures.projectRoot().resolve("grammar/PolLexer.g4"));
    private static final GrammarText PARSER = GrammarText.read(Fixtures.projectRoot().resolve("grammar/PolParser.g4"));

    /** The tokens the lexer makes of a text, hidden ones (spaces, comments) left out. */
    private static List<Token> lex(String text) {
        PolLexer lexer = new PolLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        return lexer.getAllTokens().stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).map(Token.class::cast).toList();
    }

    private static String tokenName(Token t) {
        return PolLexer.VOCABULARY.getSymbolicName(t.getType());
    }

    /** "" when the word is one token of that name, else what the lexer made of it. */
    private static String mismatch(String word, String token) {
        List<Token> tokens = lex(word);
        if (tokens.size() == 1 && tokenName(tokens.get(0)).equals(token) && tokens.get(0).getText().equals(word)) {
            return "";
        }
        return "「" + word + "」 should lex as " + token + " but lexes as "
                + tokens.stream().map(t -> tokenName(t) + "「" + t.getText() + "」").collect(Collectors.joining(" ")) + "\n";
    }

    /** Both directions of a set comparison, named for the reader of a failure. */
    private static void assertSameWords(Set<String> grammar, Set<String> table, String where) {
        Set<String> onlyInGrammar = new LinkedHashSet<>(grammar);
        onlyInGrammar.removeAll(table);
        Set<String> onlyInTable = new LinkedHashSet<>(table);
        onlyInTable.removeAll(grammar);
        assertTrue(onlyInGrammar.isEmpty() && onlyInTable.isEmpty(), where + ": only in the grammar " + onlyInGrammar
                + ", only in the table " + onlyInTable);
    }

    private static Set<String> literalsOf(String rule) {
        Rule r = LEXER.rule(rule);
        assertTrue(r.onlyLiterals(), rule + " should list only quoted literals, but has " + r.alternatives());
        return new LinkedHashSet<>(r.literals());
    }

    // ------------------------------------------------------------ comparison words

    @Test
    void everyComparisonWordLexesToItsToken() {
        String failures = ComparisonWords.all().stream().map(w -> mismatch(w.text(), w.token())).collect(Collectors.joining());
        assertEquals("", failures);
    }

    /** The comparison-word rules are the tokens the parser accepts as a comparison: comparePrefix and compareSuffix. */
    @Test
    void theParsersComparisonTokensAreTheTablesTokens() {
        Set<String> prefix = new LinkedHashSet<>(PARSER.rule("comparePrefix").alternatives());
        Set<String> suffix = new LinkedHashSet<>(PARSER.rule("compareSuffix").alternatives());
        Set<String> tableBefore = tokens(w -> w.position() != Position.AFTER);
        Set<String> tableAfter = tokens(w -> w.position() == Position.AFTER);
        assertSameWords(prefix, tableBefore, "comparePrefix (PolParser.g4) and the words before the number");
        assertSameWords(suffix, tableAfter, "compareSuffix (PolParser.g4) and the words after the number");
    }

    @Test
    void everyLiteralOfAComparisonRuleIsInTheTable() {
        List<String> rules = Stream.concat(PARSER.rule("comparePrefix").alternatives().stream(),
                PARSER.rule("compareSuffix").alternatives().stream()).toList();
        assertFalse(rules.isEmpty());
        for (String rule : rules) {
            Set<String> table = ComparisonWords.all().stream().filter(w -> w.token().equals(rule)).map(ComparisonWords.Word::text)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            assertSameWords(literalsOf(rule), table, "lexer rule " + rule + " and ComparisonWords");
        }
    }

    /** TokenNames calls GE_WORD 「达到」等比较用语: a token stands for one relation and one position. */
    @Test
    void theWordsOfOneTokenMeanOneThing() {
        for (String token : tokens(w -> true)) {
            Set<String> meanings = ComparisonWords.all().stream().filter(w -> w.token().equals(token))
                    .map(w -> w.relation() + " " + w.position()).collect(Collectors.toSet());
            assertEquals(1, meanings.size(), token + " has words of different meanings: " + meanings);
        }
    }

    private static Set<String> tokens(java.util.function.Predicate<ComparisonWords.Word> which) {
        return ComparisonWords.all().stream().filter(which).map(ComparisonWords.Word::token).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // ------------------------------------------------------------ units

    @Test
    void theUnitFragmentListsExactlyTheTablesSpellings() {
        Set<String> table = Units.all().stream().flatMap(u -> u.spellings().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
        assertSameWords(literalsOf("UNIT"), table, "fragment UNIT and Units");
    }

    @Test
    void theMagnitudeFragmentListsExactlyTheTablesMagnitudes() {
        Set<String> table = Units.magnitudes().stream().map(Units.Magnitude::text).collect(Collectors.toCollection(LinkedHashSet::new));
        assertSameWords(literalsOf("MAGNITUDE"), table, "fragment MAGNITUDE and Units");
    }

    /** The lexer lets any magnitude stand before any unit (万% is one token); the checker then refuses 万%. */
    @Test
    void everyUnitLexesAsOneQuantityWithAndWithoutAMagnitude() {
        StringBuilder failures = new StringBuilder();
        for (Units.Base unit : Units.all()) {
            for (String spelling : unit.spellings()) {
                failures.append(mismatch("12" + spelling, "QUANTITY"));
                for (Units.Magnitude m : Units.magnitudes()) {
                    failures.append(mismatch("1.5" + m.text() + spelling, "QUANTITY"));
                }
            }
        }
        assertEquals("", failures.toString());
    }

    // ------------------------------------------------------------ keywords

    @Test
    void everyKeywordLexesToItsToken() {
        String failures = Keywords.all().stream().flatMap(k -> k.words().stream().map(w -> mismatch(w, k.token())))
                .collect(Collectors.joining());
        assertEquals("", failures);
    }

    /**
     * A keyword rule is a rule of the default mode whose alternatives are all literals of Chinese
     * characters, other than the comparison words: each must be a row of {@link Keywords}, with the
     * same words, and each row a rule.
     */
    @Test
    void theKeywordRulesAreTheTablesRows() {
        Set<String> comparisonTokens = tokens(w -> true);
        List<String> grammarRules = new ArrayList<>();
        for (Rule r : LEXER.rules()) {
            if (!r.fragment() && r.mode().equals("DEFAULT_MODE") && r.onlyLiterals() && !comparisonTokens.contains(r.name())
                    && r.literals().stream().allMatch(VocabularyAgreementTest::chinese)) {
                grammarRules.add(r.name());
            }
        }
        assertSameWords(new LinkedHashSet<>(grammarRules), Keywords.all().stream().map(Keywords.Keyword::token)
                .collect(Collectors.toCollection(LinkedHashSet::new)), "keyword rules of PolLexer.g4 and Keywords");
        for (Keywords.Keyword k : Keywords.all()) {
            assertSameWords(literalsOf(k.token()), new LinkedHashSet<>(k.words()), "lexer rule " + k.token() + " and Keywords");
        }
    }

    private static boolean chinese(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The reader of the grammar, on the constructs the grammars use, so that the tests above cannot pass by reading nothing. */
    @Test
    void theGrammarReaderSeesRulesLiteralsAndModes() {
        GrammarText g = GrammarText.parse("""
                // a comment with 'quotes' and ; and |
                lexer grammar L;
                WS : [ \\t;|]+ -> channel(HIDDEN) ;
                COMMENT : ('#' | '//') ~[\\r\\n]* -> channel(HIDDEN) ;
                POLICY : '政策' -> pushMode(TITLE) ;
                AND : '且' | '并且' ;
                SEMI : ';' | '；' ;
                QUOTE : '\\\\' | '\\'' | '\\u4E07' ;
                fragment UNIT : '元'
                              | '%' ;
                mode TITLE;
                TITLE : ~[\\r\\n]+ -> popMode ;
                """);
        assertEquals(List.of("WS", "COMMENT", "POLICY", "AND", "SEMI", "QUOTE", "UNIT", "TITLE"), g.rules().stream().map(Rule::name).toList());
        assertEquals(List.of("('#' | '//') ~[\\r\\n]*"), g.rule("COMMENT").alternatives(), "one alternative: the | is inside brackets");
        assertFalse(g.rule("COMMENT").onlyLiterals());
        assertEquals(List.of("政策"), g.rule("POLICY").literals(), "the command is not part of the literal");
        assertEquals(List.of("且", "并且"), g.rule("AND").literals());
        assertEquals(List.of(";", "；"), g.rule("SEMI").literals());
        assertEquals(List.of("\\", "'", "万"), g.rule("QUOTE").literals());
        assertTrue(g.rule("UNIT").fragment());
        assertEquals(List.of("元", "%"), g.rule("UNIT").literals());
        assertEquals("TITLE", g.rule("TITLE").mode());
        assertEquals("DEFAULT_MODE", g.rule("AND").mode());

        GrammarText p = GrammarText.parse("""
                parser grammar P;
                options { tokenVocab = L; }
                expr : MINUS expr   # negate
                     | NAME         # reference
                     ;
                """);
        assertEquals(List.of("MINUS expr", "NAME"), p.rule("expr").alternatives());
        assertEquals(List.of("expr"), p.rules().stream().map(Rule::name).toList(), "options { … } is no rule, and hides none");
    }

    @Test
    void theRealGrammarsAreRead() {
        assertTrue(LEXER.rules().size() > 80, "rules read: " + LEXER.rules().size());
        assertTrue(LEXER.rule("GE_WORD").literals().contains("达"));
        assertTrue(PARSER.rule("comparePrefix").alternatives().contains("GE_WORD"));
        assertEquals("headerUnit", PARSER.rules().get(0).name(), "the first rule after options { … }");
    }
}
