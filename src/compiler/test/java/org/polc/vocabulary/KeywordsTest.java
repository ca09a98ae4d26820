package org.polc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keywords of the glued-keyword hints, and the hints themselves. */
class KeywordsTest {

    @Test
    void gluedWordsAreLongestFirst() {
        List<String> glued = Keywords.glued();
        for (int i = 1; i < glued.size(); i++) {
            assertTrue(glued.get(i - 1).length() >= glued.get(i).length(), glued.get(i - 1) + " before " + glued.get(i));
        }
    }

    @Test
    void gluedWordsComeFromTheTables() {
        for (String word : Keywords.glued()) {
            assertTrue(Keywords.find(word).map(Keywords.Keyword::hintWhenGlued).orElse(false) || ComparisonWords.find(word).isPresent(), word);
        }
        assertTrue(Keywords.glued().containsAll(List.of("否则若", "若", "以上", "超过", "不满", "大于")), Keywords.glued().toString());
        assertFalse(Keywords.glued().contains("补助"), "names end with 补助 in their own right: 研发投入补助");
        assertFalse(Keywords.glued().contains("≥"), "a symbol is never part of a name");
    }

    @Test
    void theLongerKeywordWins() {
        assertEquals(Optional.of("关键字「否则若」与后面的名称连在了一起，请写成「否则若 新增额」"), GluedKeywords.hint("否则若新增额"));
        assertEquals(Optional.of("关键字「及以上」与前面的名称连在了一起，请写成「三星 及以上」"), GluedKeywords.hint("三星及以上"));
        assertEquals(Optional.of("关键字「若」与后面的名称连在了一起，请写成「若 新增额」"), GluedKeywords.hint("若新增额"));
    }

    @Test
    void everyComparisonWordGetsTheHint() {
        // 大于 was missing from the hand-written list that the table replaced
        assertEquals(Optional.of("关键字「大于」与前面的名称连在了一起，请写成「营业收入 大于」"), GluedKeywords.hint("营业收入大于"));
    }

    @Test
    void aNameThatIsOnlyAKeywordOrHasNoneGetsNoHint() {
        assertEquals(Optional.empty(), GluedKeywords.hint("若"));
        assertEquals(Optional.empty(), GluedKeywords.hint("新增额"));
        assertEquals(Optional.empty(), GluedKeywords.hint("研发投入补助"));
    }
}
