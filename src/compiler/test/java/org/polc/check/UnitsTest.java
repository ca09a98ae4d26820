package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.eval.Interpreter;
import org.polc.model.CheckedExpr;
import org.polc.model.Clause;
import org.polc.model.Rational;
import org.polc.model.Type;
import org.polc.runtime.Money;
import org.polc.testing.Fixtures;

/**
 * Units and dimensions (docs/language.md §9.2, §15) in the checked model: 元, 万元, 亿元 convert
 * exactly; 美元, 亩, 家 and 个 are each their own dimension; money times a rate or a count is money.
 * That only quantities of one dimension add, subtract and compare is shown by the diagnostics in
 * src/compiler/test/pol/units (src/compiler/test/pol/CONVERTED.md).
 */
class UnitsTest {

    /** A clause with one input of each kind, then {@code items}. */
    private static String clause(String items) {
        return Fixtures.clause("""
                  输入
                    金额甲：金额
                    比例甲：比例
                    企业数：数量（家）
                    项目数：数量（个）
                %s
                """).formatted(items);
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
    void dollarsAddUp() {
        CheckedExpr.Constant k = assertInstanceOf(CheckedExpr.Constant.class,
                definition(compile("  定义 x = 80亿美元 + 5000万美元"), "x"));
        assertEquals(Rational.of(8_050_000_000L), k.value());
        assertInstanceOf(Type.Quantity.class, k.type());
        assertFalse(k.type() instanceof Type.Money, "美元 is not 人民币金额");
    }

    // ------------------------------------------------------------ counts and other units

    @Test
    void sameCountsAdd() {
        CheckedExpr.Constant k = assertInstanceOf(CheckedExpr.Constant.class, definition(compile("  定义 x = 2000家 + 30家"), "x"));
        assertEquals(Rational.of(2030), k.value());
        assertEquals("家", assertInstanceOf(Type.Quantity.class, k.type()).unit());
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
    void moneyDividedByMoneyIsARate() {
        CheckedExpr.Constant k = assertInstanceOf(CheckedExpr.Constant.class, definition(compile("  定义 x = 50万元 ÷ 200万元"), "x"));
        assertEquals(Type.RATE, k.type());
        assertEquals(Rational.of(BigInteger.ONE, BigInteger.valueOf(4)), k.value());
    }

    // ------------------------------------------------------------ min and max

    @Test
    void minAndMaxNeedOneDimension() {
        Fixtures.onlyError(compile("  定义 x = 较小值（金额甲，5亩）"), "type.minmax");
        CheckedExpr e = definition(compile("  定义 x = 较小值（金额甲，300万元）"), "x");
        assertEquals(Type.MONEY, e.type());
    }
}
