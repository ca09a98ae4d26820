package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.Eligibility;
import org.polc.runtime.Money;
import org.polc.runtime.Rate;

/**
 * Generated Java for every kind of expression and comparison (docs/language.md §15, §21), compiled
 * in memory and run; expected amounts are worked out from the rules by hand and must also agree
 * with the interpreter.
 */
class ExpressionWriterTest {

    private static final String POLICY = """
            政策 测试政策
              有效期 2024-01-01 至 2024-12-31

            部分 一 测试
            条款 一 表达式
              原文 “测试”
              输入
                金额甲：金额
                金额乙：金额
                比例甲：比例
                企业数：数量（家）
                迁入数：数量（家）
              定义 差额 = 金额甲 - 金额乙
              认定 有差额：差额 超过 10万元
              补助 负负：若 金额甲 ≤ 100万元 则 给予 -（-金额甲） 否则 不予
              补助 小者：给予 较小值（金额甲，金额乙）
              补助 大者：给予 较大值（金额甲，金额乙，10万元）
              补助 比例大者：给予 金额甲 × 较大值（比例甲，5%）
              补助 比例小者：给予 金额甲 × 较小值（比例甲，5%）
              补助 三等分：给予 金额甲 ÷ 3
              补助 计数：若 企业数 + 迁入数 达 3家 则 给予 1万元 否则 不予
              补助 净增：若 企业数 - 迁入数 超过 1家 则 给予 2万元 否则 不予
              补助 较少家数：若 较小值（企业数，迁入数） 达 2家 则 给予 3万元 否则 不予
              补助 较多家数：若 较大值（企业数，迁入数） 不足 2家 则 给予 4万元 否则 不予
              补助 恰好家数：若 企业数 为 3家 则 给予 5万元 否则 不予
              补助 每家：给予 企业数 × 15万元
              补助 每家二：给予 15万元 × 企业数
              补助 比例乘：给予 5% × 金额甲
              补助 比例门槛：若 比例甲 ≥ 5% 则 给予 1万元 否则 不予
              补助 差额奖：若 差额 ≥ 0元 则 给予 差额 否则 不予
            """;

    private static Clause clause;
    private static GeneratedCode loaded;

    @BeforeAll
    static void generate() {
        Compilation c = InjectionTest.polc("exprs", POLICY);
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(InjectionTest.generate(c));
        clause = c.programs().get(0).clause(1).orElseThrow();
        loaded = new GeneratedCode(clause, compiled.load("org.polc.policies.exprs.Clause01"));
    }

    private static Map<String, Object> inputs(String a, String b, Rate rate, long enterprises, long movedIn) {
        Map<String, Object> m = new HashMap<>();
        m.put("金额甲", Money.parse(a));
        m.put("金额乙", Money.parse(b));
        m.put("比例甲", rate);
        m.put("企业数", enterprises);
        m.put("迁入数", movedIn);
        return m;
    }

    private static void assertAmount(String expected, String calculator, Map<String, Object> in) {
        Calculator calc = clause.calculator(calculator).orElseThrow();
        Money want = Money.parse(expected);
        assertEquals(want, loaded.fast(calc, in), calculator + " " + in);
        assertEquals(want, loaded.explained(calc, in).amount(), calculator + " " + in);
        assertEquals(loaded.interpreted(calc, in), loaded.explained(calc, in), calculator + " " + in);
    }

    @Test
    void moneyNegationMinAndMax() {
        Map<String, Object> a = inputs("90万元", "30万元", Rate.of(3, 100), 3, 1);
        assertAmount("90万元", "负负", a);
        assertAmount("30万元", "小者", a);
        assertAmount("90万元", "大者", a);
        Map<String, Object> b = inputs("200元", "500元", Rate.of(8, 100), 2, 2);
        assertAmount("200元", "负负", b);
        assertAmount("200元", "小者", b);
        assertAmount("10万元", "大者", b);
    }

    @Test
    void minAndMaxOfRates() {
        assertAmount("4.5万元", "比例大者", inputs("90万元", "0元", Rate.of(3, 100), 0, 0));
        assertAmount("2.7万元", "比例小者", inputs("90万元", "0元", Rate.of(3, 100), 0, 0));
        assertAmount("16元", "比例大者", inputs("200元", "0元", Rate.of(8, 100), 0, 0));
        assertAmount("10元", "比例小者", inputs("200元", "0元", Rate.of(8, 100), 0, 0));
    }

    @Test
    void moneyDividedByAConstantIsRoundedHalfUp() {
        assertAmount("30万元", "三等分", inputs("90万元", "0元", Rate.of(0, 1), 0, 0));
        assertAmount("33.33元", "三等分", inputs("100元", "0元", Rate.of(0, 1), 0, 0));
        assertAmount("66.67元", "三等分", inputs("200元", "0元", Rate.of(0, 1), 0, 0));
    }

    @Test
    void countArithmeticAndComparisons() {
        Rate r = Rate.of(0, 1);
        assertAmount("1万元", "计数", inputs("0元", "0元", r, 2, 1));
        assertAmount("0元", "计数", inputs("0元", "0元", r, 1, 1));
        assertAmount("2万元", "净增", inputs("0元", "0元", r, 3, 1));
        assertAmount("0元", "净增", inputs("0元", "0元", r, 2, 1));
        assertAmount("3万元", "较少家数", inputs("0元", "0元", r, 2, 2));
        assertAmount("0元", "较少家数", inputs("0元", "0元", r, 3, 1));
        assertAmount("4万元", "较多家数", inputs("0元", "0元", r, 1, 1));
        assertAmount("0元", "较多家数", inputs("0元", "0元", r, 2, 1));
        assertAmount("5万元", "恰好家数", inputs("0元", "0元", r, 3, 0));
        assertAmount("0元", "恰好家数", inputs("0元", "0元", r, 4, 0));
    }

    @Test
    void moneyTimesCountsAndRatesEitherWayRound() {
        Rate r = Rate.of(0, 1);
        assertAmount("45万元", "每家", inputs("0元", "0元", r, 3, 0));
        assertAmount("45万元", "每家二", inputs("0元", "0元", r, 3, 0));
        assertAmount("4.5万元", "比例乘", inputs("90万元", "0元", r, 0, 0));
        assertAmount("1万元", "比例门槛", inputs("0元", "0元", Rate.of(5, 100), 0, 0));
        assertAmount("0元", "比例门槛", inputs("0元", "0元", Rate.of(49, 1000), 0, 0));
    }

    @Test
    void definitionsAreComputedForCalculatorsAndRules() {
        Rate r = Rate.of(0, 1);
        assertAmount("60万元", "差额奖", inputs("90万元", "30万元", r, 0, 0));
        assertAmount("0元", "差额奖", inputs("200元", "500元", r, 0, 0));
        Eligibility rule = clause.eligibility("有差额").orElseThrow();
        assertEquals(true, loaded.eligible(rule, inputs("90万元", "30万元", r, 0, 0)));
        assertEquals(false, loaded.eligible(rule, inputs("20万元", "10万元", r, 0, 0)));
        assertEquals(false, loaded.eligible(rule, inputs("200000元", "100000.01元", r, 0, 0)));
        assertEquals(true, loaded.eligible(rule, inputs("200000.01元", "100000元", r, 0, 0)));
    }
}
