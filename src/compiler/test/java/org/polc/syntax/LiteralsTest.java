package org.polc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polc.Compiler.Compilation;
import org.polc.eval.Interpreter;
import org.polc.model.CheckedExpr;
import org.polc.model.Clause;
import org.polc.model.Rational;
import org.polc.model.Type;
import org.polc.runtime.Money;
import org.polc.runtime.Result;
import org.polc.testing.Fixtures;

/**
 * Numbers and units as the policy writes them (docs/language.md §9.1), read exactly: each literal is
 * put into a 定义 and its checked constant compared with the value worked out by hand.
 */
class LiteralsTest {

    private static Rational r(long n) {
        return Rational.of(n);
    }

    private static Rational r(long n, long d) {
        return Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    private static String clauseWith(String definitions) {
        return Fixtures.clause("""
                %s
                """).formatted(definitions);
    }

    /** The checked constant of {@code 定义 x = literal}. */
    private static CheckedExpr.Constant constant(String literal) {
        Compilation c = Fixtures.compile(clauseWith("  定义 x = " + literal));
        assertTrue(c.ok(), () -> "「" + literal + "」 compiles:\n" + Fixtures.render(c));
        CheckedExpr e = c.clauses().get(0).definition("x").orElseThrow().expr();
        return assertInstanceOf(CheckedExpr.Constant.class, e, literal + " is a constant");
    }

    private static void assertMoney(String literal, Rational yuan) {
        CheckedExpr.Constant k = constant(literal);
        assertEquals(Type.MONEY, k.type(), literal);
        assertEquals(yuan, k.value(), literal);
    }

    private static void assertRate(String literal, Rational value) {
        CheckedExpr.Constant k = constant(literal);
        assertEquals(Type.RATE, k.type(), literal);
        assertEquals(value, k.value(), literal);
    }

    private static void assertQuantity(String literal, Rational value, String unit) {
        CheckedExpr.Constant k = constant(literal);
        Type.Quantity q = assertInstanceOf(Type.Quantity.class, k.type(), literal);
        assertEquals(unit, q.unit(), literal);
        assertEquals(value, k.value(), literal);
    }

    // ------------------------------------------------------------ money

    @Test
    void wanYuan() {
        assertMoney("300万元", r(3_000_000));
    }

    @Test
    void yiYuanWithADecimalIsExact() {
        assertMoney("1.5亿元", r(150_000_000));
        // 0.1 has no exact binary fraction: 112.1亿元 must still be exactly 11,210,000,000元
        assertMoney("112.1亿元", r(11_210_000_000L));
    }

    @Test
    void spaceBetweenNumberAndMagnitude() {
        assertMoney("177.1 亿元", r(17_710_000_000L));
        assertMoney("200 万元", r(2_000_000));
        // 177.1亿元 = 1771000万元 (177.1 × 10^8 = 1,771,000 × 10^4)
        assertEquals(constant("177.1 亿元").value(), constant("1771000万元").value());
    }

    @Test
    void yuanAndFen() {
        assertMoney("0.01元", r(1, 100));
        assertMoney("1分", r(1, 100));
        assertMoney("12.34元", r(1234, 100));
    }

    @Test
    void fullWidthDigits() {
        assertMoney("２００万元", r(2_000_000));
        assertMoney("１．５亿元", r(150_000_000));
        assertRate("５％", r(1, 20));
    }

    @Test
    void moneyBelowTheFenIsRejected() {
        Compilation c = Fixtures.compile(clauseWith("  定义 x = 0.001元"));
        assertFalse(c.ok());
        assertTrue(Fixtures.errors(c).stream().anyMatch(d -> d.code().equals("money.precision")), Fixtures.render(c));
        // 0.0000001万元 = 0.001元
        Compilation wan = Fixtures.compile(clauseWith("  定义 x = 0.0000001万元"));
        assertTrue(Fixtures.errors(wan).stream().anyMatch(d -> d.code().equals("money.precision")), Fixtures.render(wan));
    }

    // ------------------------------------------------------------ rates

    @Test
    void percentIsAnExactFraction() {
        assertRate("5%", r(1, 20));
        assertRate("3.95%", r(79, 2000));
        assertRate("20%", r(1, 5));
        assertRate("5％", r(1, 20));
    }

    @Test
    void times() {
        assertRate("2倍", r(2));
        assertRate("1.5倍", r(3, 2));
    }

    @Test
    void matchingRatioIsTheLaterTermOverTheFormer() {
        assertRate("1:1", r(1));
        assertRate("1：2", r(2));
        assertRate("2:1", r(1, 2));
    }

    @Test
    void discounts() {
        // 六五折 = pay 65% of the price; 八折 = 80%
        assertRate("六五折", r(65, 100));
        assertRate("八折", r(80, 100));
    }

    @Test
    void chineseFractions() {
        assertRate("三分之二", r(2, 3));
        assertRate("百分之五", r(5, 100));
        assertRate("一百分之五", r(5, 100));
        assertRate("十分之三", r(3, 10));
    }

    @Test
    void plainNumbers() {
        assertRate("2", r(2));
        assertRate("0.5", r(1, 2));
    }

    // ------------------------------------------------------------ other units

    @Test
    void area() {
        assertQuantity("8000亩", r(8000), "亩");
        assertQuantity("2万亩", r(20_000), "亩");
        assertQuantity("3000平方米", r(3000), "平方米");
    }

    @Test
    void energy() {
        assertQuantity("100万吨标准煤", r(1_000_000), "吨标准煤");
        assertQuantity("450亿千瓦时", r(45_000_000_000L), "千瓦时");
        assertQuantity("100万千瓦", r(1_000_000), "千瓦");
    }

    @Test
    void counts() {
        assertQuantity("2000家", r(2000), "家");
        assertQuantity("120个", r(120), "个");
        assertQuantity("3000家次", r(3000), "家次");
    }

    @Test
    void unknownUnitIsRejected() {
        // 斤 is no unit of Pol: the number and the name that follows do not make a value
        Compilation jin = Fixtures.compile(clauseWith("  定义 x = 5斤"));
        assertFalse(jin.ok(), "5斤 is rejected");
        // a magnitude on a unit that takes none
        for (String literal : List.of("5万%", "2万倍")) {
            Compilation c = Fixtures.compile(clauseWith("  定义 x = " + literal));
            assertFalse(c.ok(), literal + " is rejected");
            assertTrue(Fixtures.errors(c).stream().anyMatch(d -> d.code().equals("unit.unknown")), Fixtures.render(c));
        }
    }

    @Test
    void magnitudeWithoutUnitIsRejected() {
        // docs/language.md §9.1: “单写 1200万 是错误”
        Compilation c = Fixtures.compile(clauseWith("  定义 x = 1200万"));
        assertFalse(c.ok(), Fixtures.render(c));
    }

    // ------------------------------------------------------------ full-width and half-width punctuation

    private static final String FULL_WIDTH = """
            部分 一 测试部分
              牵头单位 测试局
            条款 一 测试条款
              原文：“测试”
              输入：
                甲：金额；
                乙：选项（子，丑，寅）；
                丙：数量（家）；
              定义 差额 ＝ 甲 － 1万元
              补助 试算 最高 100万元，单调 甲：
                若 乙 属于（子，寅） 且 甲 ≥ 200万元 则 按不超过 甲 × 5％ 给予，最高 10万元
                否则若 乙 为 丑 且 差额 ＞＝ 0元 则 给予 较小值（甲 ＊ 2％，5万元）
                否则若 丙 ＞ 0家 则 给予 丙 × 1万元，最高 20万元
                否则 不予 “不符合”
              例 “恰为200万元”：甲 200万元，乙 为 子，丙 0家 ⇒ 试算 最高可得 10万元；
            """;

    private static final String HALF_WIDTH = """
            部分 一 测试部分
              牵头单位 测试局
            条款 一 测试条款
              原文: "测试"
              输入:
                甲: 金额;
                乙: 选项(子, 丑, 寅);
                丙: 数量(家);
              定义 差额 = 甲 - 1万元
              补助 试算 最高 100万元, 单调 甲:
                若 乙 属于(子, 寅) 且 甲 >= 200万元 则 按不超过 甲 × 5% 给予, 最高 10万元
                否则若 乙 为 丑 且 差额 >= 0元 则 给予 较小值(甲 * 2%, 5万元)
                否则若 丙 > 0家 则 给予 丙 × 1万元, 最高 20万元
                否则 不予 "不符合"
              例 "恰为200万元": 甲 200万元, 乙 为 子, 丙 0家 => 试算 最高可得 10万元;
            """;

    @Test
    void fullWidthAndHalfWidthPunctuationCompileToTheSameCalculator() {
        Compilation full = Fixtures.compile(FULL_WIDTH);
        Compilation half = Fixtures.compile(HALF_WIDTH);
        assertTrue(full.ok(), Fixtures.render(full));
        assertTrue(half.ok(), Fixtures.render(half));
        Clause f = full.clauses().get(0);
        Clause h = half.clauses().get(0);
        assertEquals(f.inputs().stream().map(i -> i.name() + ":" + i.type()).toList(),
                h.inputs().stream().map(i -> i.name() + ":" + i.type()).toList());
        assertEquals("测试", f.text());
        assertEquals(f.text(), h.text());
        assertEquals(f.part(), h.part());
        assertEquals(List.of("测试局"), full.programs().get(0).parts().get(0).leads());
        assertEquals(full.programs().get(0).parts().get(0).leads(), half.programs().get(0).parts().get(0).leads());
        assertEquals(f.calculators().get(0).cap(), h.calculators().get(0).cap());
        assertEquals(f.calculators().get(0).monotoneIn(), h.calculators().get(0).monotoneIn());
        assertEquals(1, f.examples().size());
        assertEquals(1, h.examples().size());
        assertEquals(f.examples().get(0).name(), h.examples().get(0).name());

        // Worked out by hand for each branch:
        //  子, 300万元 → 按不超过 15万元, 最高 10万元 → 最高可得 10万元
        //  寅, 100万元 → no branch 1 (< 200万元); not 丑; 丙 0家 → 不予
        //  丑, 100万元 → 较小值(2万元, 5万元) → 给予 2万元
        //  丑, 0.5万元 → 差额 < 0 → 丙 3家 → 给予 3万元
        //  子, 0元, 丙 30家 → 30万元, 最高 20万元 → 给予 20万元
        record Case(String choice, Money amount, long count, String kind, Money expected) {}
        List<Case> cases = List.of(
                new Case("子", Money.ofWan(300), 0, "CEILING", Money.ofWan(10)),
                new Case("寅", Money.ofWan(100), 0, "NONE", Money.ZERO),
                new Case("丑", Money.ofWan(100), 0, "FIXED", Money.ofWan(2)),
                new Case("丑", Money.ofYuan(5000), 3, "FIXED", Money.ofWan(3)),
                new Case("子", Money.ZERO, 30, "FIXED", Money.ofWan(20)));
        for (Case c : cases) {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("甲", c.amount());
            in.put("乙", c.choice());
            in.put("丙", c.count());
            Result rf = new Interpreter(f, in).calculate(f.calculators().get(0));
            Result rh = new Interpreter(h, in).calculate(h.calculators().get(0));
            assertEquals(c.expected(), rf.amount(), c.toString());
            assertEquals(c.kind(), rf.kind().name(), c.toString());
            assertEquals(rf.amount(), rh.amount(), c.toString());
            assertEquals(rf.kind(), rh.kind(), c.toString());
        }
    }

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', value = {
        "甲 ≥ 200万元 | 甲 >= 200万元",
        "甲 ≤ 200万元 | 甲 <= 200万元",
        "甲 ＞＝ 200万元 | 甲 >= 200万元",
        "甲 ＜＝ 200万元 | 甲 <= 200万元",
        "甲 ＞ 200万元 | 甲 > 200万元",
        "甲 ＜ 200万元 | 甲 < 200万元",
        "甲 ＝ 200万元 | 甲 = 200万元",
        "（甲 ＋ 1万元） ＞ 200万元 | (甲 + 1万元) > 200万元",
        "甲 － 1万元 ＞ 200万元 | 甲 - 1万元 > 200万元",
        "甲 − 1万元 ＞ 200万元 | 甲 - 1万元 > 200万元",
        "甲 ÷ 2 ＞ 100万元 | 甲 / 2 > 100万元",
        "甲 ／ 2 ＞ 100万元 | 甲 / 2 > 100万元",
        "甲 ＊ 50％ ＞ 100万元 | 甲 * 50% > 100万元",
        "甲 的 50％ ＞ 100万元 | 甲 × 50% > 100万元",
    })
    void equivalentOperatorsGiveTheSameAnswers(String full, String half) {
        String template = Fixtures.clause("""
                  输入
                    甲：金额
                  补助 试算：若 %s 则 给予 1万元 否则 不予
                """);
        Compilation a = Fixtures.compile(template.formatted(full));
        Compilation b = Fixtures.compile(template.formatted(half));
        assertTrue(a.ok(), Fixtures.render(a));
        assertTrue(b.ok(), Fixtures.render(b));
        Clause ca = a.clauses().get(0);
        Clause cb = b.clauses().get(0);
        for (long fen : new long[] {0, 199_999_999, 200_000_000, 200_000_001, 198_999_999, 199_000_000, 199_000_001}) {
            Map<String, Object> in = Map.of("甲", Money.ofFen(fen));
            assertEquals(new Interpreter(cb, in).calculate(cb.calculators().get(0)).kind(),
                    new Interpreter(ca, in).calculate(ca.calculators().get(0)).kind(), full + " at " + Money.ofFen(fen));
        }
    }
}
