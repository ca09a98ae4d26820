package org.polc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a drafter wrote shows as written in docs/clauses.md: nothing of it is read as Markdown. */
class MarkdownTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '\'', value = {
            // plain Chinese text and the policy's own punctuation stay as they are
            "按不超过新增额 5% 给予，最高 200万元（最高可得）# 按不超过新增额 5% 给予，最高 200万元（最高可得）",
            // a pipe would end the cell
            "甲|乙 # 甲\\|乙",
            // emphasis and code
            "新增额 * 5% # 新增额 \\* 5%",
            "_强调_ # \\_强调\\_",
            "`代码` # \\`代码\\`",
            // a backslash is escaped first, so that \\| stays a backslash and a pipe, not an escaped pipe and a raw |
            "a\\|b # a\\\\\\|b",
            // HTML: < and & as entities (a < before a letter would open a tag)
            "x<y & z # x&lt;y &amp; z",
            "<br> # &lt;br>",
    })
    void escapesMarkup(String text, String escaped) {
        assertEquals(escaped.strip(), Markdown.escape(text.strip()));
    }

    @Test
    void everyLineBreakBecomesABreakInsideTheCell() {
        assertEquals("第一行<br>第二行<br>第三行<br>第四行", Markdown.escape("第一行\n第二行\r\n第三行\r第四行"));
    }

    @Test
    void aRowJoinsItsCellsWithPipes() {
        assertEquals("| 第一条 | 举措 |  |", Markdown.row("第一条", "举措", ""));
        assertEquals("| a\\|b | c |", Markdown.row(Markdown.escape("a|b"), "c"));
    }
}
