package org.polc.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Did-you-mean: the closest name by edit distance, within a third of the shorter name (at least 1). */
class NamesTest {

    @Test
    void distanceIsLevenshteinOverCodePoints() {
        assertEquals(0, Names.distance("新增额", "新增额"));
        assertEquals(1, Names.distance("新增额", "新增"));
        assertEquals(1, Names.distance("新增额", "新赠额"));
        assertEquals(3, Names.distance("", "新增额"));
        assertEquals(3, Names.distance("新增额", ""));
        assertEquals(3, Names.distance("kitten", "sitting"));
        assertEquals(2, Names.distance("ab", "ba"));
        assertEquals(1, Names.distance("😀a", "😀b"));
    }

    @Test
    void aNameWithinAThirdOfItsLengthIsSuggested() {
        // six characters: two edits allowed, three not
        assertEquals(Optional.of("年度研发投入"), Names.closest("年度研发收支", List.of("年度研发投入")));
        assertEquals(Optional.empty(), Names.closest("年度研究收支", List.of("年度研发投入")));
        // the shorter of the two names sets the allowance: 3 characters → 1 edit
        assertEquals(Optional.empty(), Names.closest("研发投入额额", List.of("投入额")));
        assertEquals(Optional.of("投入额"), Names.closest("投入费", List.of("投入额")));
        // at least one edit is always allowed
        assertEquals(Optional.of("乙"), Names.closest("甲", List.of("乙")));
        assertEquals(Optional.empty(), Names.closest("甲乙", List.of("丙丁")));
    }

    @Test
    void theClosestWinsAndATieGoesToTheFirstInCodePointOrder() {
        assertEquals(Optional.of("甲乙丙丁"), Names.closest("甲乙丙戊", List.of("甲丁丁丁", "甲乙丙丁")));
        assertEquals(Optional.of("甲乙丁"), Names.closest("甲乙戊", List.of("甲乙丁", "甲乙丙")));
        assertEquals(Optional.of("甲乙丁"), Names.closest("甲乙戊", List.of("甲乙丙", "甲乙丁")));
        assertEquals(Optional.empty(), Names.closest("甲乙戊", List.of()));
    }
}
