package org.polc.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static SourceText slice(String file, String part) {
        int start = file.codePointCount(0, file.indexOf(part));
        return SourceText.slice(new SourceFile("test.pol", file), start, start + part.codePointCount(0, part.length()) - 1);
    }

    @Test
    void foldsSpacesAndLineBreaksToOneSpace() {
        String file = "补助 奖：给予  新增额\n    × 5%\u3000\t的 一半";
        assertEquals("新增额 × 5% 的 一半", slice(file, "新增额\n    × 5%\u3000\t的 一半").text());
        assertEquals("新增额 × 5%", slice(file, "  新增额\n    × 5%\u3000").text(), "no space at either end");
    }

    @Test
    void countsCodePointsNotChars() {
        String file = "甲 𠀀乙 + 丙";
        assertEquals("𠀀乙 + 丙", slice(file, "𠀀乙 + 丙").text());
    }

    @Test
    void anExcerptShowsAtMostTheGivenCodePointsAndMarksTheCut() {
        String file = "甲 + 乙 + 丙 + 丁";
        SourceText all = slice(file, file);
        assertEquals("甲 + 乙…", all.excerpt(5));
        assertEquals("甲 + 乙 + 丙 + 丁", all.excerpt(13), "exactly as long as the limit: no mark");
        assertEquals("甲 + 乙 + 丙 +…", all.excerpt(12));
        all.text();
        assertEquals("甲 + 乙…", all.excerpt(5), "the same once the whole text is known");
        assertEquals("甲 +…", SourceText.of("甲 + 乙").excerpt(4));
        assertEquals("甲 +…", slice("甲 + 乙", "甲 + 乙").excerpt(4), "read or cached, the same excerpt");
    }

    @Test
    void anExcerptOfALongTextReadsAcrossWindows() {
        String file = "甲 ".repeat(1000);
        SourceText all = slice(file, file);
        assertEquals("甲 ".repeat(150) + "甲…", all.excerpt(301));
        assertEquals(("甲 ".repeat(999) + "甲"), all.text());
    }

    @Test
    void equalityIsByText() {
        assertEquals(SourceText.of("甲 + 乙"), slice("x 甲 +\n乙", "甲 +\n乙"));
        assertEquals(SourceText.of("甲 + 乙").hashCode(), slice("x 甲 +\n乙", "甲 +\n乙").hashCode());
        assertNotEquals(SourceText.of("甲 + 乙"), SourceText.of("甲 - 乙"));
        assertEquals("甲", SourceText.of("甲").toString());
    }
}
