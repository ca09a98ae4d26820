package org.polc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polc.Compiler.Compilation;
import org.polc.model.Clause;
import org.polc.runtime.Money;
import org.polc.runtime.Rate;
import org.polc.testing.Fixtures;

/**
 * {@code polc eval}'s JSON facts as runtime values: each kind of input, in the spellings the README
 * promises, and every refusal naming the clause and the input. Negative amounts, counts and rates are
 * refused: the cap proof takes every input to be at least zero.
 */
class InputValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final Clause CLAUSE = clause();

    private static Clause clause() {
        Compilation c = Fixtures.compile("""
                部分 一 测试部分
                条款 一 测试条款
                  原文 “测试”
                  输入
                    金额甲：金额
                    比例甲：比例
                    企业数：数量（家）
                    是否甲：是否
                    类别：选项（甲类，乙类）
                  补助 奖：若 是否甲 且 类别 为 甲类 则 给予 金额甲 × 比例甲 × 企业数 否则 不予
                """);
        assertEquals(List.of(), Fixtures.errors(c), () -> Fixtures.render(c));
        return c.clauses().get(0);
    }

    private static Object convert(String input, String json) throws Exception {
        JsonNode value = JSON.readTree(json);
        return InputValues.convert(CLAUSE, CLAUSE.input(input).orElseThrow(), value);
    }

    private static String refusal(String input, String json) {
        return assertThrows(IllegalArgumentException.class, () -> convert(input, json)).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2              | 2",
            "\"2家\"        | 2",
            "\" 3 家 \"     | 3",
            "\"0\"          | 0",
            "9223372036854775807 | 9223372036854775807"})
    void aCountIsAWholeNumberWithOrWithoutItsUnit(String json, long expected) throws Exception {
        assertEquals(expected, convert("企业数", json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-1      | 第一条：输入「企业数」不能为负数（-1）",
            "\"-2家\" | 第一条：输入「企业数」不能为负数（-2）",
            "1.5     | 第一条：输入「企业数」应是不为负的整数（单位家），而不是 1.5",
            "\"abc\" | 第一条：输入「企业数」应是不为负的整数（单位家），而不是 \"abc\"",
            "\"2个\" | 第一条：输入「企业数」应是不为负的整数（单位家），而不是 \"2个\"",
            "9223372036854775808 | 第一条：输入「企业数」应是不为负的整数（单位家），而不是 9223372036854775808"})
    void aCountThatIsNotAWholeNonNegativeNumberIsRefused(String json, String message) {
        assertEquals(message, refusal("企业数", json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"5%\"     | 1 | 20",
            "\"3.95％\" | 79 | 2000",
            "0.05       | 1 | 20",
            "\"0.05\"   | 1 | 20",
            "2          | 2 | 1",
            "0          | 0 | 1"})
    void aRateIsAPercentageOrADecimal(String json, long numerator, long denominator) throws Exception {
        assertEquals(Rate.of(numerator, denominator), convert("比例甲", json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"-5%\"  | 第一条：输入「比例甲」不能为负数（\"-5%\"）",
            "-0.05    | 第一条：输入「比例甲」不能为负数（-0.05）",
            "\"五%\"  | 第一条：输入「比例甲」应是比例，如 \"5%\" 或 0.05，而不是 \"五%\"",
            "true     | 第一条：输入「比例甲」应是比例，如 \"5%\" 或 0.05，而不是 true"})
    void aRateThatIsNegativeOrNoNumberIsRefused(String json, String message) {
        assertEquals(message, refusal("比例甲", json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5000000        | 500万元",
            "\"1200万元\"   | 1200万元",
            "12.34          | 12.34元"})
    void anAmountIsYuanOrAChineseAmount(String json, String expected) throws Exception {
        assertEquals(Money.parse(expected), convert("金额甲", json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-5          | 第一条：输入「金额甲」不能为负数（-5元）",
            "[1]         | 第一条：输入「金额甲」应是金额（数字，单位元；或如 \"1200万元\" 的文字），而不是 [1]",
            "null        | 第一条：输入「金额甲」不能为空"})
    void anAmountThatIsNegativeOrNoAmountIsRefused(String json, String message) {
        assertEquals(message, refusal("金额甲", json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"true | true", "false | false", "\"是\" | true", "\"否\" | false"})
    void aYesOrNoIsABooleanOrItsChineseWord(String json, boolean expected) throws Exception {
        assertEquals(expected, convert("是否甲", json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"对\"  | 第一条：输入「是否甲」应是 true/false 或 \"是\"/\"否\"，而不是 \"对\"",
            "1       | 第一条：输入「是否甲」应是 true/false 或 \"是\"/\"否\"，而不是 1"})
    void aYesOrNoInOtherWordsIsRefused(String json, String message) {
        assertEquals(message, refusal("是否甲", json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"乙类\" | ",
            "\"丙类\" | 第一条：输入「类别」应是以下之一：甲类、乙类，而不是 \"丙类\"",
            // one character off: the closest value is suggested
            "\"甲累\" | 第一条：输入「类别」应是以下之一：甲类、乙类，而不是 \"甲累\"；您是不是要写「甲类」？"})
    void aChoiceIsOneOfItsValues(String json, String message) throws Exception {
        if (message == null) {
            assertEquals("乙类", convert("类别", json));
        } else {
            assertEquals(message, refusal("类别", json));
        }
    }
}
