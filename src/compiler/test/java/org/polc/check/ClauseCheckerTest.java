package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.model.CheckedExpr;
import org.polc.model.Rational;
import org.polc.model.Type;
import org.polc.testing.Fixtures;

/**
 * The clause checker's rules that need the checked model to be seen (docs/language.md §10–§21): what
 * a too deep calculator leaves behind, input types, constant folding and range, the types of
 * arithmetic. The rules seen in diagnostics alone are the .pol files of src/compiler/test/pol
 * (src/compiler/test/pol/CONVERTED.md lists where each former test of this class went).
 */
class ClauseCheckerTest {

    private static final String INPUTS = """
                金额甲：金额
                金额乙：金额
                比例甲：比例
                是否甲：是否
                日期甲：日期
                企业数：数量（家）
                迁入数：数量（家）
                项目数：数量（个）
                类别：选项（甲类，乙类）
                星级：等级（五星级，四星级，三星级）
            """;

    /** Part 一, clause 一 with the inputs above (or {@code inputs}), then {@code items}. */
    private static String clause(String inputs, String items) {
        return Fixtures.clause("  输入\n" + inputs + items);
    }

    private static Compilation compile(String items) {
        return Fixtures.compile(clause(INPUTS, items));
    }

    private static void assertOk(Compilation c) {
        assertEquals(List.of(), Fixtures.errors(c), () -> Fixtures.render(c));
    }

    private static CheckedExpr definition(Compilation c, String name) {
        return c.clauses().get(0).definition(name).orElseThrow().expr();
    }

    private static CheckedExpr.Constant constant(Compilation c, String name) {
        assertOk(c);
        return assertInstanceOf(CheckedExpr.Constant.class, definition(c, name));
    }

    private static Rational yuan(String decimal) {
        return Rational.of(new java.math.BigDecimal(decimal).unscaledValue(), BigInteger.TEN.pow(new java.math.BigDecimal(decimal).scale()));
    }

    // ------------------------------------------------------------ nesting (§13.1: more than 64 levels is an error)

    /** 给予 −…−金额甲 with n minus signs: Fixed (1) + n negations + the name (1) = n + 2 levels. */
    private static String deepCalculator(int negations) {
        return "  补助 深奖励：给予 " + "-（".repeat(negations) + "金额甲" + "）".repeat(negations) + "，最高 1元\n";
    }

    @Test
    void aTooDeepCalculatorStillClaimsItsName() {
        Compilation c = compile("  定义 深奖励 = 金额甲\n" + deepCalculator(63));
        assertEquals(1, Fixtures.errors(c, "nesting.depth").size(), Fixtures.render(c));
        assertEquals(1, Fixtures.errors(c, "name.duplicate").size(), Fixtures.render(c));
        assertEquals(1, c.clauses().get(0).calculators().size());
        assertEquals("深奖励", c.clauses().get(0).calculators().get(0).name());
    }

    @Test
    void aDateInputIsADate() {
        Compilation c = compile("  补助 奖：给予 金额甲\n");
        assertEquals(Type.DATE, c.clauses().get(0).input("日期甲").orElseThrow().type());
    }

    // ------------------------------------------------------------ expressions (§15)

    @Test
    void onlyMoneyCanBeNegated() {
        Diagnostic d = Fixtures.onlyError(compile("  定义 负比例 = -比例甲\n"), "type.negate");
        assertEquals("第一条：比例不能取负（-比例甲）", d.message());
        assertEquals(Optional.of("只有金额可以取负；比例、数量请写成正数"), d.hint());
        assertEquals(Rational.of(-1).dividedBy(Rational.of(20)), constant(compile("  定义 负 = -5%\n"), "负").value());
        assertOk(compile("  定义 负额 = -金额甲\n"));
    }

    @Test
    void minAndMaxOfConstantsAreFolded() {
        Compilation c = compile("  定义 小 = 较小值（100万元，50万元，80万元）\n  定义 大 = 较大值（100万元，150万元，80万元）\n");
        assertEquals(Rational.of(500_000), constant(c, "小").value());
        assertEquals(Type.MONEY, constant(c, "小").type());
        assertEquals(Rational.of(1_500_000), constant(c, "大").value());
        assertInstanceOf(CheckedExpr.MinMax.class, definition(compile("  定义 小 = 较小值（金额甲，50万元）\n"), "小"));
    }

    // ------------------------------------------------------------ constants fit the runtime (§21)

    @Test
    void moneyUpToLongMaxFenIsRepresentableAndOneFenMoreIsNot() {
        assertEquals(yuan("92233720368547758.07"), constant(compile("  定义 大 = 92233720368547758.07元\n"), "大").value());
        Diagnostic d = Fixtures.onlyError(compile("  定义 大 = 92233720368547758.08元\n"), "number.range");
        assertEquals("第一条：「92233720368547758.08元」超出可计算的范围（金额最多 92233720368547758.07元，约 9.2亿亿元）", d.message());
        // Long.MIN_VALUE 分 is −92233720368547758.08元: it fits; one 分 below does not.
        assertEquals(yuan("-92233720368547758.08"),
                constant(compile("  定义 小 = 0元 - 92233720368547758.07元 - 1分\n"), "小").value());
        Fixtures.onlyError(compile("  定义 小 = 0元 - 92233720368547758.07元 - 2分\n"), "number.range");
    }

    @Test
    void ratesAndCountsMustFitALong() {
        String max = Long.toString(Long.MAX_VALUE);
        String over = new BigInteger(max).add(BigInteger.ONE).toString();
        assertEquals(Rational.of(Long.MAX_VALUE), constant(compile("  定义 大 = " + max + "\n"), "大").value());
        assertEquals("第一条：「" + over + "」超出可计算的范围", Fixtures.onlyError(compile("  定义 大 = " + over + "\n"), "number.range").message());
        assertEquals(Rational.of(Long.MAX_VALUE), constant(compile("  定义 大 = " + max + "家\n"), "大").value());
        Fixtures.onlyError(compile("  定义 大 = " + over + "家\n"), "number.range");
        // numerator at Long.MIN_VALUE fits, one below does not
        assertEquals(Rational.of(Long.MIN_VALUE), constant(compile("  定义 小 = 0 - " + max + " - 1\n"), "小").value());
        Fixtures.onlyError(compile("  定义 小 = 0 - " + max + " - 2\n"), "number.range");
        // the denominator must fit as well
        assertEquals(Rational.ONE.dividedBy(Rational.of(Long.MAX_VALUE)), constant(compile("  定义 小 = 1 ÷ " + max + "\n"), "小").value());
        Fixtures.onlyError(compile("  定义 小 = 0.5 ÷ " + max + "\n"), "number.range");
    }

    // ------------------------------------------------------------ folding and arithmetic typing (§15, §21)

    @Test
    void constantArithmeticIsExactAndMoneyIsRoundedToTheFen() {
        assertEquals(yuan("0.33"), constant(compile("  定义 三分 = 1元 ÷ 3\n"), "三分").value());
        assertEquals(yuan("0.67"), constant(compile("  定义 三分 = 2元 ÷ 3\n"), "三分").value());
        assertEquals(Rational.of(1_000_000), constant(compile("  定义 三分 = 300万元 × 三分之一\n"), "三分").value());
        assertEquals(Rational.of(6_420_000_000L), constant(compile("  定义 合 = 54.2亿元 + 10亿元\n"), "合").value());
        assertEquals(Rational.of(4_420_000_000L), constant(compile("  定义 差 = 54.2亿元 - 10亿元\n"), "差").value());
        assertEquals(Rational.of(1).dividedBy(Rational.of(10)), constant(compile("  定义 积 = 5% × 2\n"), "积").value());
        assertEquals(Type.RATE, constant(compile("  定义 比 = 100万元 ÷ 50万元\n"), "比").type());
        assertEquals(Rational.of(2), constant(compile("  定义 比 = 100万元 ÷ 50万元\n"), "比").value());
        CheckedExpr.Constant half = constant(compile("  定义 半 = 10家 ÷ 2\n"), "半");
        assertEquals(Rational.of(5), half.value());
        assertInstanceOf(Type.Quantity.class, half.type());
        CheckedExpr.Constant area = constant(compile("  定义 倍 = 2 × 5亩\n"), "倍");
        assertEquals(Rational.of(10), area.value());
        assertInstanceOf(Type.Quantity.class, area.type());
    }

    @Test
    void moneyConstantsRoundByTheDeclaredRule() {
        Compilation c = Fixtures.compileFile("政策 测试政策\n  有效期 2024-01-01 至 2024-12-31\n  舍入 舍去\n"
                + clause(INPUTS, "  定义 三分 = 2元 ÷ 3\n"));
        assertEquals(yuan("0.66"), constant(c, "三分").value());
    }

    @Test
    void multiplyingTypes() {
        assertEquals(Type.MONEY, definition(compile("  定义 乘 = 5% × 金额甲\n"), "乘").type());
        assertEquals(Type.MONEY, definition(compile("  定义 乘 = 金额甲 × 比例甲\n"), "乘").type());
        assertEquals(Type.MONEY, definition(compile("  定义 乘 = 企业数 × 15万元\n"), "乘").type());
        assertEquals(Type.MONEY, definition(compile("  定义 乘 = 15万元 × 企业数\n"), "乘").type());
        assertOk(compile("  定义 乘 = 企业数 × 15万元\n  定义 乘二 = 金额甲 × 企业数\n  定义 乘三 = 比例甲 × 金额甲\n"));
        // money times a quantity that is not a count, money times money: errors
        assertEquals("第一条：金额不能与面积（亩）相乘（金额甲 × 5亩）",
                Fixtures.onlyError(compile("  定义 乘 = 金额甲 × 5亩\n"), "type.arithmetic").message());
        assertEquals("第一条：面积（亩）不能与金额相乘（5亩 × 金额甲）",
                Fixtures.onlyError(compile("  定义 乘 = 5亩 × 金额甲\n"), "type.arithmetic").message());
        Fixtures.onlyError(compile("  定义 乘 = 金额甲 × 金额乙\n"), "type.arithmetic");
        // a count times a ratio is typed as the count, but the runtime cannot compute it on an input
        assertEquals("第一条：暂不支持这种运算（企业数 × 2）：只有金额乘以比例或计数、面积等量乘以比例、金额或面积等量除以常数可以在输入上计算",
                Fixtures.onlyError(compile("  定义 乘 = 企业数 × 2\n"), "type.unsupported").message());
        Fixtures.onlyError(compile("  定义 乘 = 2 × 企业数\n"), "type.unsupported");
        Fixtures.onlyError(compile("  定义 乘 = 比例甲 × 比例甲\n"), "type.unsupported");
    }

    @Test
    void dividingTypes() {
        assertEquals(Type.MONEY, definition(compile("  定义 商 = 金额甲 ÷ 3\n"), "商").type());
        assertOk(compile("  定义 商 = 金额甲 ÷ 3\n"));
        Fixtures.onlyError(compile("  定义 商 = 金额甲 ÷ 比例甲\n"), "type.unsupported");
        Fixtures.onlyError(compile("  定义 商 = 金额甲 ÷ 金额乙\n"), "type.unsupported");
        Fixtures.onlyError(compile("  定义 商 = 企业数 ÷ 迁入数\n"), "type.unsupported");
        assertEquals("第一条：金额不能与数量（家）相除（金额甲 ÷ 企业数）",
                Fixtures.onlyError(compile("  定义 商 = 金额甲 ÷ 企业数\n"), "type.arithmetic").message());
        Fixtures.onlyError(compile("  定义 商 = 企业数 ÷ 项目数\n"), "type.arithmetic");
        assertEquals("第一条：是否不能与比例相除（是否甲 ÷ 2）",
                Fixtures.onlyError(compile("  定义 商 = 是否甲 ÷ 2\n"), "type.arithmetic").message());
    }
}
