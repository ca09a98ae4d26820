package org.polc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Chinese numerals as the policy numbers its Parts and clauses: 一 … 十 … 十四 … 七十六 … 一百二十. */
class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "1, 一", "2, 二", "3, 三", "4, 四", "5, 五", "6, 六", "7, 七", "8, 八", "9, 九",
        "10, 十", "11, 十一", "14, 十四", "19, 十九",
        "20, 二十", "21, 二十一", "22, 二十二", "30, 三十", "48, 四十八", "49, 四十九",
        "50, 五十", "68, 六十八", "76, 七十六", "90, 九十", "99, 九十九",
        "100, 一百", "101, 一百零一", "105, 一百零五", "110, 一百一十", "111, 一百一十一",
        "119, 一百一十九", "120, 一百二十",
    })
    void formatAndParseByHand(int n, String chinese) {
        assertEquals(chinese, ChineseNumerals.format(n));
        assertEquals(OptionalInt.of(n), ChineseNumerals.parse(chinese));
    }

    static IntStream oneToOneHundredTwenty() {
        return IntStream.rangeClosed(1, 120);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneToOneHundredTwenty")
    void roundTrip(int n) {
        String chinese = ChineseNumerals.format(n);
        assertEquals(OptionalInt.of(n), ChineseNumerals.parse(chinese), chinese);
        // the Arabic form is accepted too
        assertEquals(OptionalInt.of(n), ChineseNumerals.parse(String.valueOf(n)));
    }

    @Test
    void formatUsesNoArabicDigitsFromOneToNineHundredNinetyNine() {
        for (int n = 1; n < 1000; n++) {
            String chinese = ChineseNumerals.format(n);
            assertEquals(true, chinese.chars().allMatch(c -> "零一二三四五六七八九十百".indexOf(c) >= 0), n + " → " + chinese);
            assertEquals(OptionalInt.of(n), ChineseNumerals.parse(chinese), chinese);
        }
    }

    @Test
    void formatOutsideTheRangeFallsBackToDigits() {
        assertEquals("1000", ChineseNumerals.format(1000));
        assertEquals("0", ChineseNumerals.format(0));
    }

    @Test
    void otherAcceptedSpellings() {
        assertEquals(OptionalInt.of(10), ChineseNumerals.parse("一十"));
        assertEquals(OptionalInt.of(2), ChineseNumerals.parse("两"));
        assertEquals(OptionalInt.of(200), ChineseNumerals.parse("两百"));
        assertEquals(OptionalInt.of(999), ChineseNumerals.parse("九百九十九"));
        assertEquals(OptionalInt.of(14), ChineseNumerals.parse("14"));
        assertEquals(OptionalInt.of(999_999), ChineseNumerals.parse("999999"));
    }

    @ParameterizedTest(name = "「{0}」")
    @ValueSource(strings = {
        "", "零", "一二", "九九", "十十", "二十十", "百百", "一百百", "十百", "十一百", "一零", "二零",
        "一千", "万", "abc", "十a", "第十四", "（十四）", "十四条", "1000000", "-1", "1.5", " 十四",
    })
    void invalidStringsAreRejected(String text) {
        assertEquals(OptionalInt.empty(), ChineseNumerals.parse(text));
    }
}
