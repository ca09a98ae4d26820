package org.polc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polc.Compiler.Compilation;
import org.polc.testing.Fixtures;

/**
 * Regression: ChineseNumerals.parse used to accept malformed numerals with a
 * misplaced 零 (一百零十 = 100, 十零 = 10, 零一 = 1) and the number 0, so a typo in a heading
 * (条款 一百零十 for 一百一十) silently becomes another clause number, and 条款 0 becomes 第0条.
 */
class ChineseNumeralsStrictTest {

    @ParameterizedTest(name = "「{0}」")
    @ValueSource(strings = {"一百零十", "十零", "零一", "零零一", "一百零", "一百零零一", "0", "00"})
    void malformedNumeralsAreRejected(String text) {
        assertEquals(OptionalInt.empty(), ChineseNumerals.parse(text));
    }

    @Test
    void clauseNumberZeroIsRejected() {
        Compilation c = Fixtures.compile("""
                部分 一 测试部分
                  牵头单位 测试局
                条款 0 测试条款
                  原文 “测试”
                """);
        assertFalse(c.ok(), "条款 0 is not a clause number");
        assertTrue(Fixtures.errors(c).stream().anyMatch(d -> d.code().equals("syntax.number")), Fixtures.render(c));
    }

    @Test
    void misplacedZeroInAClauseHeadingIsRejected() {
        Compilation c = Fixtures.compile("""
                部分 一 测试部分
                  牵头单位 测试局
                条款 一百零十 测试条款
                  原文 “测试”
                """);
        assertFalse(c.ok(), "一百零十 is not a numeral (一百一十 is 110)");
    }
}
