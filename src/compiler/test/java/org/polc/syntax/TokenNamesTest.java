package org.polc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.junit.jupiter.api.Test;
import org.polc.syntax.antlr.PolLexer;

/**
 * A syntax error lists what was expected in the drafter's words: every token the parser can expect
 * has a Chinese description, never ANTLR's rule name (GE, WITHIN, EQ_WORD …).
 */
class TokenNamesTest {

    @Test
    void everyTokenIsDescribedInChinese() {
        List<String> english = new ArrayList<>();
        for (int type = 1; type <= PolLexer.VOCABULARY.getMaxTokenType(); type++) {
            String described = TokenNames.describe(IntervalSet.of(type), PolLexer.VOCABULARY);
            boolean chinese = described.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    || described.matches("「[^A-Za-z]+」");
            if (!chinese) {
                english.add(PolLexer.VOCABULARY.getSymbolicName(type) + " → " + described);
            }
        }
        assertEquals(List.of(), english);
    }

    @Test
    void aTokenOfSeveralSpellingsIsNamedByItsCommonestOne() {
        assertEquals("「≥」", TokenNames.describe(IntervalSet.of(PolLexer.GE), PolLexer.VOCABULARY));
        assertEquals("「以内」", TokenNames.describe(IntervalSet.of(PolLexer.WITHIN), PolLexer.VOCABULARY));
        assertEquals("「等于」", TokenNames.describe(IntervalSet.of(PolLexer.EQ_WORD), PolLexer.VOCABULARY));
    }
}
