package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.eval.Interpreter;
import org.polc.model.CheckedExpr;
import org.polc.model.Clause;
import org.polc.model.Rational;
import org.polc.model.Type;
import org.polc.runtime.Money;
import org.polc.testing.Fixtures;

/**
 * Units and dimensions (docs/language.md §9.2, §15): only quantities of one dimension add, subtract
 * and compare; 元, 万元, 亿元 convert exactly; 美元, 亩, 家 and 个 are each their own dimension; money
 * times a rate or a count is money.
 */
class UnitsTest {

    /** A clause with one input of each kind, then {@code items}. */
    private static String clause(String items) {
        return """
                部分 一 测试部分
                  牵头单位 测试局
                条款 一 测试条款
                  原文 “测试”
                  输入
                    金额甲：金额
                    比例甲：比例
                    企业数：数量（家）
                    项目数：数量（个）
                %s
                """.formatted(items);
    }

    private static Compilation compile(String items) {
        return Fixtures.compile(clause(items));
    }

    private static CheckedExpr definition(Compilation c, String name) {
        assertTrue(c.ok(), () -> Fixtures.render(c));
        return c.clauses().get(0).definition(name).orElseThrow().expr();
    }

    // ------------------------------------------------------------ money

    @Test
    void wanYuanPlusYiYuanIsExactMoney() {
        CheckedExpr e = definition(compile("  定义 x = 300万元 + 1.5亿元"), "x");
        CheckedExpr.Constant k = assertInstanceOf(CheckedExpr.Constant.class, e);
        assertEquals(Type.MONEY, k.type());
        // 3,000,000 + 150,000,000 = 153,000,000 元
        assertEquals(Rational.of(153_000_000), k.value());
    }

    @Test
    void yuanFenAndYiConvertExactly() {
        CheckedExpr.Constant k = assertInstanceOf(CheckedExpr.Constant.class,
                definition(compile("  定义 x = 1亿元 - 9999万元 + 1分 - 0.01元"), "x"));
        // 100,000,000 − 99,990,000 + 0.01 − 0.01 = 10,000 元
        assertEquals(Rational.of(10_000), k.value());
    }

    @Test
    void moneyPlusAreaIsAnError() {
        Diagnostic d = Fixtures.onlyError(compile("  定义 x = 300万元 + 5亩"), "type.arithmetic");
        assertTrue(d.message().contains("金额"), d.message());
        assertTrue(d.message().contains("面积"), d.message());
        assertTrue(d.message().contains("300万元 + 5亩"), d.message());
        assertTrue(d.message().startsWith("第一条"), d.message());
    }

    @Test
    void yuanAndDollarsDoNotMix() {
        Diagnostic d = Fixtures.onlyError(compile("  定义 x = 300万元 + 50万美元"), "type.arithmetic");
        assertTrue(d.message().contains("金额"), d.message());
        assertTrue(d.message().contains("美元"), d.message());
        Fixtures.onlyError(compile("  定义 x = 金额甲 - 1美元"), "type.arithmetic");
    }

    @Test
    void dollarsAddUp() {
        CheckedExpr.Constant k = assertInstanceOf(CheckedExpr.Constant.class,
                definition(compile("  定义 x = 80亿美元 + 5000万美元"), "x"));
        assertEquals(Rational.of(8_050_000_000L), k.value());
        assertInstanceOf(Type.Quantity.class, k.type());
        assertFalse(k.type() instanceof Type.Money, "美元 is not 人民币金额");
    }

    // ------------------------------------------------------------ counts and other units

    @Test
    void enterprisesAndProjectsDoNotAdd() {
        Diagnostic d = Fixtures.onlyError(compile("  定义 x = 2000家 + 120个"), "type.arithmetic");
        assertTrue(d.message().contains("家"), d.message());
        assertTrue(d.message().contains("个"), d.message());
        Fixtures.onlyError(compile("  定义 x = 企业数 + 项目数"), "type.arithmetic");
    }

    @Test
    void sameCountsAdd() {
        CheckedExpr.Constant k = assertInstanceOf(CheckedExpr.Constant.class, definition(compile("  定义 x = 2000家 + 30家"), "x"));
        assertEquals(Rational.of(2030), k.value());
        assertEquals("家", assertInstanceOf(Type.Quantity.class, k.type()).unit());
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
        "5亩, 3000平方米",
        "100米, 2公里",
        "100万千瓦, 450亿千瓦时",
        "5吨, 100万吨标准煤",
        "2年, 6个月",
        "6个月, 30天",
        "5%, 300万元",
        "2000家, 5亩",
        "3000家次, 20家",
    })
    void differentUnitsAreNotConverted(String a, String b) {
        Diagnostic d = Fixtures.onlyError(compile("  定义 x = " + a + " + " + b), "type.arithmetic");
        assertTrue(d.message().contains(a + " + " + b), d.message());
    }

    @Test
    void magnitudesOfOneUnitAdd() {
        CheckedExpr.Constant k = assertInstanceOf(CheckedExpr.Constant.class,
                definition(compile("  定义 x = 100万吨标准煤 + 5吨标准煤"), "x"));
        assertEquals(Rational.of(1_000_005), k.value());
    }

    // ------------------------------------------------------------ multiplication

    @Test
    void moneyTimesRateIsMoney() {
        Compilation c = compile("""
                  定义 x = 金额甲 × 5%
                  定义 y = 比例甲 × 金额甲
                  定义 z = 金额甲 的 20%
                  定义 w = 金额甲 × 2倍
                """);
        for (String name : List.of("x", "y", "z", "w")) {
            assertEquals(Type.MONEY, definition(c, name).type(), name);
        }
        // and it computes: 300万元 × 5% = 15万元 (constant folding too)
        CheckedExpr.Constant k = assertInstanceOf(CheckedExpr.Constant.class, definition(compile("  定义 x = 300万元 × 5%"), "x"));
        assertEquals(Type.MONEY, k.type());
        assertEquals(Rational.of(150_000), k.value());
    }

    @Test
    void moneyTimesACountIsMoney() {
        Compilation c = compile("""
                  定义 x = 企业数 × 15万元
                  定义 y = 15万元 × 企业数
                  补助 绩效奖励：按不超过 企业数 × 15万元 给予
                """);
        assertEquals(Type.MONEY, definition(c, "x").type());
        assertEquals(Type.MONEY, definition(c, "y").type());
        Clause clause = c.clauses().get(0);
        // 3家 × 15万元 = 45万元
        Money amount = new Interpreter(clause, Map.of("企业数", 3L)).calculate(clause.calculator("绩效奖励").orElseThrow()).amount();
        assertEquals(Money.ofWan(45), amount);
    }

    @Test
    void moneyTimesMoneyIsAnError() {
        Diagnostic d = Fixtures.onlyError(compile("  定义 x = 金额甲 × 300万元"), "type.arithmetic");
        assertTrue(d.message().contains("金额不能与金额相乘"), d.message());
        Fixtures.onlyError(compile("  定义 x = 300万元 × 2万元"), "type.arithmetic");
    }

    @Test
    void moneyTimesANonCountQuantityIsAnError() {
        Fixtures.onlyError(compile("  定义 x = 300万元 × 5亩"), "type.arithmetic");
    }

    @Test
    void moneyDividedByMoneyIsARate() {
        CheckedExpr.Constant k = assertInstanceOf(CheckedExpr.Constant.class, definition(compile("  定义 x = 50万元 ÷ 200万元"), "x"));
        assertEquals(Type.RATE, k.type());
        assertEquals(Rational.of(BigInteger.ONE, BigInteger.valueOf(4)), k.value());
    }

    // ------------------------------------------------------------ comparisons

    private static String compareClause(String condition) {
        return "  补助 试算：若 " + condition + " 则 给予 1万元 否则 不予";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "金额甲 达 5亩",
        "金额甲 超过 5%",
        "金额甲 不低于 50万美元",
        "金额甲 ≥ 2000家",
        "金额甲 5亩 以上",
        "企业数 达到 120个",
        "企业数 超过 5亩",
        "比例甲 高于 300万元",
    })
    void comparisonsAcrossDimensionsAreErrors(String condition) {
        Compilation c = compile(compareClause(condition));
        assertFalse(c.ok(), condition + " is rejected");
        List<Diagnostic> compare = Fixtures.errors(c, "type.compare");
        assertEquals(1, compare.size(), () -> Fixtures.render(c));
        assertTrue(compare.get(0).message().contains("不能与"), compare.get(0).message());
    }

    @Test
    void compareMessageNamesBothDimensions() {
        Diagnostic d = Fixtures.errors(compile(compareClause("金额甲 达 5亩")), "type.compare").get(0);
        assertTrue(d.message().contains("金额"), d.message());
        assertTrue(d.message().contains("面积"), d.message());
    }

    @Test
    void comparingWithinADimensionIsFine() {
        for (String condition : List.of("金额甲 200万元 以上", "金额甲 达 1.5亿元", "企业数 达到 20家", "比例甲 不超过 1%", "金额甲 超过 9999万元 且 企业数 > 0家")) {
            Compilation c = compile(compareClause(condition));
            assertTrue(c.ok(), () -> condition + "\n" + Fixtures.render(c));
        }
    }

    @Test
    void minAndMaxNeedOneDimension() {
        Fixtures.onlyError(compile("  定义 x = 较小值（金额甲，5亩）"), "type.minmax");
        CheckedExpr e = definition(compile("  定义 x = 较小值（金额甲，300万元）"), "x");
        assertEquals(Type.MONEY, e.type());
    }

    @Test
    void capMustBeMoney() {
        Compilation c = compile("  补助 试算 最高 5亩：给予 1万元");
        assertEquals(1, Fixtures.errors(c, "cap.type").size(), Fixtures.render(c));
    }

    @Test
    void awardMustBeMoney() {
        Compilation c = compile("  补助 试算：给予 5亩");
        assertEquals(1, Fixtures.errors(c, "type.money").size(), Fixtures.render(c));
    }
}
