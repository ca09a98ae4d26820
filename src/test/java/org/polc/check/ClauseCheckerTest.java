package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.model.CheckedExpr;
import org.polc.model.Rational;
import org.polc.model.Type;
import org.polc.testing.Fixtures;

/**
 * The clause checker's rules (docs/language.md §10–§17): nesting limit, input types, duplicate
 * names, type rules of conditions and arithmetic, constant folding and range, examples, unused inputs.
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
        return "部分 一 测试部分\n  牵头单位 测试局\n条款 一 测试条款\n  原文 “测试”\n  输入\n" + inputs + items;
    }

    private static Compilation compile(String items) {
        return Fixtures.compile(clause(INPUTS, items));
    }

    private static void assertOk(Compilation c) {
        assertEquals(List.of(), Fixtures.errors(c), () -> Fixtures.render(c));
    }

    private static void assertContains(String text, String... parts) {
        for (String p : parts) {
            assertTrue(text.contains(p), () -> "«" + text + "» lacks «" + p + "»");
        }
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
    void aCalculatorOfExactly64LevelsIsAcceptedAnd65IsRejected() {
        assertEquals(List.of(), Fixtures.errors(compile(deepCalculator(62)), "nesting.depth"));
        Diagnostic d = Fixtures.onlyError(compile(deepCalculator(63)), "nesting.depth");
        assertContains(d.message(), "第一条", "「深奖励」", "64");
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
    void aDefinitionOfExactly64LevelsIsAcceptedAnd65IsRejected() {
        // Negate^n over a name: n + 1 levels.
        String ok = "  定义 深 = " + "-（".repeat(63) + "金额甲" + "）".repeat(63) + "\n";
        String deep = "  定义 深 = " + "-（".repeat(64) + "金额甲" + "）".repeat(64) + "\n";
        assertEquals(List.of(), Fixtures.errors(compile(ok), "nesting.depth"));
        Diagnostic d = Fixtures.onlyError(compile(deep), "nesting.depth");
        assertContains(d.message(), "「深」", "64");
    }

    @Test
    void anEligibilityOfExactly64LevelsIsAcceptedAnd65IsRejected() {
        // 非^n over a truth (truth 1 + name 1): n + 2 levels.
        String ok = "  认定 深认定：" + "非 （".repeat(62) + "是否甲" + "）".repeat(62) + "\n";
        String deep = "  认定 深认定：" + "非 （".repeat(63) + "是否甲" + "）".repeat(63) + "\n";
        assertEquals(List.of(), Fixtures.errors(compile(ok), "nesting.depth"));
        Diagnostic d = Fixtures.onlyError(compile(deep), "nesting.depth");
        assertContains(d.message(), "「深认定」", "64");
    }

    // ------------------------------------------------------------ names (§10: names within a clause are unique)

    @Test
    void twoInputsWithOneNameAreAnError() {
        Compilation c = Fixtures.compile(clause("    金额甲：金额\n    金额甲：金额\n", "  补助 奖：给予 金额甲\n"));
        Diagnostic d = Fixtures.onlyError(c, "name.duplicate");
        assertContains(d.message(), "「金额甲」");
    }

    @Test
    void anEligibilityNamedLikeAnInputIsAnError() {
        Diagnostic d = Fixtures.onlyError(compile("  认定 是否甲：金额甲 达 1元\n"), "name.duplicate");
        assertContains(d.message(), "「是否甲」");
    }

    @Test
    void aCalculatorNamedLikeADefinitionIsAnError() {
        Diagnostic d = Fixtures.onlyError(compile("  定义 奖 = 金额甲\n  补助 奖：给予 金额甲\n"), "name.duplicate");
        assertContains(d.message(), "「奖」");
    }

    // ------------------------------------------------------------ input types (§10)

    @Test
    void aQuantityOfMoneyIsNotAQuantityAndTheInputStillTypesAsARate() {
        // 数量（元） is reported once; the input then behaves as a plain ratio, so 金额甲 × it raises nothing more.
        Compilation c = Fixtures.compile(clause("    金额甲：金额\n    份数：数量（元）\n", "  补助 奖：给予 金额甲 × 份数\n"));
        Diagnostic d = Fixtures.onlyError(c, "type.unit");
        assertContains(d.message(), "数量（元）");
    }

    @Test
    void quantitiesOfAreaOrTenThousandEnterprisesAreUnsupported() {
        Compilation area = Fixtures.compile(clause("    面积：数量（亩）\n", "  补助 奖：若 面积 达 5亩 则 给予 1万元 否则 不予\n"));
        assertContains(Fixtures.onlyError(area, "type.unsupported").message(), "「亩」");
        Compilation wan = Fixtures.compile(clause("    企业：数量（万家）\n", ""));
        assertContains(Fixtures.onlyError(wan, "type.unsupported").message(), "「万家」");
    }

    @Test
    void aRepeatedChoiceValueIsAnError() {
        Compilation c = Fixtures.compile(clause("    档次：选项（甲档，乙档，甲档）\n", "  补助 奖：若 档次 为 甲档 则 给予 1万元 否则 不予\n"));
        assertContains(Fixtures.onlyError(c, "type.choice").message(), "「甲档」");
    }

    @Test
    void aDateInputIsADate() {
        Compilation c = compile("  补助 奖：给予 金额甲\n");
        assertEquals(Type.DATE, c.clauses().get(0).input("日期甲").orElseThrow().type());
    }

    // ------------------------------------------------------------ calculators (§12)

    @Test
    void aCapThatIsARateOrAnInputIsAnError() {
        assertContains(Fixtures.onlyError(compile("  补助 奖 最高 5%：给予 金额甲，最高 1元\n"), "cap.type").message(), "「奖」", "比例");
        assertContains(Fixtures.onlyError(compile("  补助 奖 最高 金额乙：给予 金额甲，最高 1元\n"), "cap.constant").message(), "「奖」");
    }

    @Test
    void monotoneInAnUnknownOrABooleanInputIsAnError() {
        Diagnostic unknown = Fixtures.onlyError(compile("  补助 奖，单调 金额丙：给予 金额甲\n"), "name.unknown");
        assertContains(unknown.message(), "「金额丙」");
        Diagnostic bool = Fixtures.onlyError(compile("  补助 奖，单调 是否甲：若 是否甲 则 给予 1元 否则 不予\n"), "monotone.type");
        assertContains(bool.message(), "「是否甲」", "是否");
    }

    // ------------------------------------------------------------ tables (§13.2)

    @Test
    void aTableByMoneyIsAnError() {
        Diagnostic d = Fixtures.onlyError(compile("  补助 奖：按 金额甲 查表（其他 ⇒ 不予）\n"), "table.key");
        assertContains(d.message(), "「金额甲」", "金额");
    }

    @Test
    void aTableRowThatIsNotAValueOrIsRepeatedIsAnError() {
        Diagnostic wrong = Fixtures.onlyError(compile("  补助 奖：按 类别 查表（甲类 ⇒ 给予 1元，丙类 ⇒ 给予 2元，其他 ⇒ 不予）\n"), "table.value");
        assertContains(wrong.message(), "「丙类」", "「类别」");
        Diagnostic twice = Fixtures.onlyError(compile("  补助 奖：按 类别 查表（甲类 ⇒ 给予 1元，甲类 ⇒ 给予 2元，乙类 ⇒ 不予）\n"), "table.duplicate");
        assertContains(twice.message(), "「甲类」");
    }

    // ------------------------------------------------------------ conditions (§14)

    private static Compilation condition(String condition) {
        return compile("  补助 奖：若 " + condition + " 则 给予 1元 否则 不予\n");
    }

    @Test
    void belongsToIsForChoicesOnly() {
        Diagnostic d = Fixtures.onlyError(condition("金额甲 属于（甲类，乙类）"), "type.choice");
        assertContains(d.message(), "「属于」", "「金额甲」");
        // An unknown name is reported once, as unknown, not again as "not a choice".
        Fixtures.onlyError(condition("金额丙 属于（甲类，乙类）"), "name.unknown");
    }

    @Test
    void belongsToAMisspeltValueIsAnError() {
        Diagnostic d = Fixtures.onlyError(condition("类别 属于（甲类，丙类）"), "choice.value");
        assertContains(d.message(), "「丙类」", "「类别」");
        assertOk(condition("类别 属于（甲类，乙类）"));
    }

    @Test
    void aMisspeltChoiceValueIsAnErrorWithADidYouMean() {
        Diagnostic d = Fixtures.onlyError(condition("类别 为 甲累"), "choice.value");
        assertContains(d.message(), "「甲累」", "甲类、乙类");
        assertEquals("您是不是要写「甲类」？", d.hint().orElseThrow());
    }

    @Test
    void aChoiceHasNoOrderButAGradeHas() {
        Diagnostic d = Fixtures.onlyError(condition("类别 达到 甲类"), "choice.order");
        assertContains(d.message(), "「类别」");
        assertOk(condition("星级 达到 四星级 以上"));
    }

    @Test
    void moneyIsNotACondition() {
        assertContains(Fixtures.onlyError(condition("金额甲"), "type.bool").message(), "「金额甲」", "金额");
        assertContains(Fixtures.onlyError(condition("金额甲 为 是"), "type.bool").message(), "「金额甲」");
    }

    @Test
    void booleansAndDatesCannotBeCompared() {
        assertContains(Fixtures.onlyError(condition("是否甲 ≥ 是否甲"), "type.compare").message(), "是否不能用比较用语");
        assertContains(Fixtures.onlyError(condition("日期甲 ≥ 日期甲"), "type.compare").message(), "日期不能用比较用语");
    }

    @Test
    void equalityWithAnAmountIsAComparisonNotAChoice() {
        Compilation c = compile("  补助 奖：若 金额甲 为 100万元 则 给予 1元 否则 不予\n"
                + "  例：金额甲 100万元 ⇒ 奖 给予 1元\n"
                + "  例：金额甲 99万元 ⇒ 奖 不予\n");
        assertOk(c);
        Compilation choice = compile("  补助 奖：若 类别 为 乙类 则 给予 1元 否则 不予\n"
                + "  例：类别 为 乙类 ⇒ 奖 给予 1元\n"
                + "  例：类别 为 甲类 ⇒ 奖 不予\n");
        assertOk(choice);
    }

    // ------------------------------------------------------------ expressions (§15)

    @Test
    void onlyMoneyCanBeNegated() {
        Diagnostic d = Fixtures.onlyError(compile("  定义 负比例 = -比例甲\n"), "type.negate");
        assertContains(d.message(), "比例不能取负");
        assertEquals(Rational.of(-1).dividedBy(Rational.of(20)), constant(compile("  定义 负 = -5%\n"), "负").value());
        assertOk(compile("  定义 负额 = -金额甲\n"));
    }

    @Test
    void minAndMaxOfBooleansHaveNoOrder() {
        assertContains(Fixtures.onlyError(compile("  定义 大 = 较大值（是否甲，是否甲）\n"), "type.minmax").message(), "是否没有较大较小");
        assertContains(Fixtures.onlyError(compile("  定义 小 = 较小值（金额甲，企业数）\n"), "type.minmax").message(), "较小值");
    }

    @Test
    void minAndMaxOfConstantsAreFolded() {
        Compilation c = compile("  定义 小 = 较小值（100万元，50万元，80万元）\n  定义 大 = 较大值（100万元，150万元，80万元）\n");
        assertEquals(Rational.of(500_000), constant(c, "小").value());
        assertEquals(Type.MONEY, constant(c, "小").type());
        assertEquals(Rational.of(1_500_000), constant(c, "大").value());
        assertInstanceOf(CheckedExpr.MinMax.class, definition(compile("  定义 小 = 较小值（金额甲，50万元）\n"), "小"));
    }

    @Test
    void anUnknownUnitIsAnError() {
        // % and 倍 take no magnitude (§9.2)
        assertContains(Fixtures.onlyError(compile("  定义 重 = 5万%\n"), "unit.unknown").message(), "「万%」");
        assertContains(Fixtures.onlyError(compile("  定义 重 = 5万倍\n"), "unit.unknown").message(), "「万倍」");
    }

    // ------------------------------------------------------------ constants fit the runtime (§21)

    @Test
    void moneyUpToLongMaxFenIsRepresentableAndOneFenMoreIsNot() {
        assertEquals(yuan("92233720368547758.07"), constant(compile("  定义 大 = 92233720368547758.07元\n"), "大").value());
        Diagnostic d = Fixtures.onlyError(compile("  定义 大 = 92233720368547758.08元\n"), "number.range");
        assertContains(d.message(), "超出可计算的范围", "92233720368547758.07元");
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
        assertTrue(Fixtures.onlyError(compile("  定义 大 = " + over + "\n"), "number.range").message().contains(over));
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
    void dividingAConstantByZeroIsAnError() {
        Diagnostic d = Fixtures.onlyError(compile("  定义 零 = 100万元 ÷ 0\n"), "arith.zero");
        assertContains(d.message(), "除数为零");
    }

    @Test
    void multiplyingTypes() {
        assertEquals(Type.MONEY, definition(compile("  定义 乘 = 5% × 金额甲\n"), "乘").type());
        assertEquals(Type.MONEY, definition(compile("  定义 乘 = 金额甲 × 比例甲\n"), "乘").type());
        assertEquals(Type.MONEY, definition(compile("  定义 乘 = 企业数 × 15万元\n"), "乘").type());
        assertEquals(Type.MONEY, definition(compile("  定义 乘 = 15万元 × 企业数\n"), "乘").type());
        assertOk(compile("  定义 乘 = 企业数 × 15万元\n  定义 乘二 = 金额甲 × 企业数\n  定义 乘三 = 比例甲 × 金额甲\n"));
        // money times a quantity that is not a count, money times money: errors
        assertContains(Fixtures.onlyError(compile("  定义 乘 = 金额甲 × 5亩\n"), "type.arithmetic").message(), "相乘");
        assertContains(Fixtures.onlyError(compile("  定义 乘 = 5亩 × 金额甲\n"), "type.arithmetic").message(), "相乘");
        Fixtures.onlyError(compile("  定义 乘 = 金额甲 × 金额乙\n"), "type.arithmetic");
        // a count times a ratio is typed as the count, but the runtime cannot compute it on an input
        assertContains(Fixtures.onlyError(compile("  定义 乘 = 企业数 × 2\n"), "type.unsupported").message(), "暂不支持");
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
        assertContains(Fixtures.onlyError(compile("  定义 商 = 金额甲 ÷ 企业数\n"), "type.arithmetic").message(), "相除");
        Fixtures.onlyError(compile("  定义 商 = 企业数 ÷ 项目数\n"), "type.arithmetic");
        assertContains(Fixtures.onlyError(compile("  定义 商 = 是否甲 ÷ 2\n"), "type.arithmetic").message(), "相除");
    }

    @Test
    void addingTypes() {
        assertOk(compile("  定义 和 = 企业数 + 迁入数\n  定义 和二 = 金额甲 - 金额乙\n"));
        assertContains(Fixtures.onlyError(compile("  定义 和 = 比例甲 + 1%\n"), "type.unsupported").message(), "暂不支持");
        assertContains(Fixtures.onlyError(compile("  定义 和 = 是否甲 + 是否甲\n"), "type.arithmetic").message(), "相加");
        assertContains(Fixtures.onlyError(compile("  定义 和 = 企业数 - 项目数\n"), "type.arithmetic").message(), "相减");
        // an operand already in error raises nothing more
        Fixtures.onlyError(compile("  定义 和 = 金额丙 + 金额甲\n"), "name.unknown");
        Fixtures.onlyError(compile("  定义 和 = 金额甲 + 金额丙\n"), "name.unknown");
    }

    // ------------------------------------------------------------ examples (§17)

    private static final String AWARD = "  补助 奖：若 金额甲 达 100万元 且 企业数 达 2家 则 给予 10万元 否则 不予\n";

    @Test
    void aWellFormedExampleRunsAndAWrongOneFails() {
        assertOk(compile(AWARD + "  例：金额甲 100万元，企业数 2家 ⇒ 奖 给予 10万元\n"
                + "  例：金额甲 100万元，企业数 2 ⇒ 奖 给予 10万元\n"
                + "  例：金额甲 99万元，企业数 2家 ⇒ 奖 不予\n"));
        Compilation wrong = compile(AWARD + "  例：金额甲 100万元，企业数 2家 ⇒ 奖 给予 20万元\n");
        assertEquals(1, Fixtures.errors(wrong).size(), Fixtures.render(wrong));
    }

    @Test
    void exampleValuesOfTheWrongKindAreErrors() {
        assertContains(Fixtures.onlyError(compile(AWARD + "  例：金额甲 是，企业数 2家 ⇒ 奖 不予\n"), "example.value").message(), "「金额甲」应是金额");
        assertContains(Fixtures.onlyError(compile(AWARD + "  例：金额甲 5%，企业数 2家 ⇒ 奖 不予\n"), "example.value").message(), "「金额甲」应是金额");
        assertContains(Fixtures.onlyError(compile(AWARD + "  例：金额甲 金额乙，企业数 2家 ⇒ 奖 不予\n"), "example.value").message(), "「金额甲」应是金额");
        assertContains(Fixtures.onlyError(compile(AWARD + "  例：金额甲 1元，企业数 2.5家 ⇒ 奖 不予\n"), "example.value").message(), "「企业数」应是整数");
        assertContains(Fixtures.onlyError(compile(AWARD + "  例：金额甲 1元，企业数 2.5 ⇒ 奖 不予\n"), "example.value").message(), "「企业数」应是数量");
        assertContains(Fixtures.onlyError(compile(AWARD + "  例：金额甲 1元，企业数 2个 ⇒ 奖 不予\n"), "example.value").message(), "「企业数」应是");
        assertContains(Fixtures.onlyError(compile(AWARD + "  例：金额甲 -5元，企业数 2家 ⇒ 奖 不予\n"), "example.value").message(), "「金额甲」不能为负");
        // an expression already in error is reported once
        Fixtures.onlyError(compile(AWARD + "  例：金额甲 5万%，企业数 2家 ⇒ 奖 不予\n"), "unit.unknown");
    }

    @Test
    void examplesNamingUnknownInputsOrGivingOneTwiceAreErrors() {
        assertContains(Fixtures.onlyError(compile(AWARD + "  例：金额丙 1元，金额甲 1元，企业数 2家 ⇒ 奖 不予\n"), "name.unknown").message(), "「金额丙」");
        assertContains(Fixtures.onlyError(compile(AWARD + "  例：金额甲 1元，金额甲 2元，企业数 2家 ⇒ 奖 不予\n"), "example.duplicate").message(), "「金额甲」");
    }

    @Test
    void anInvalidValueIsNotAlsoReportedAsMissing() {
        Compilation c = compile(AWARD + "  例：金额甲 是，企业数 2家 ⇒ 奖 不予\n");
        assertEquals(List.of(), Fixtures.errors(c, "example.missing"), Fixtures.render(c));
        Diagnostic missing = Fixtures.onlyError(compile(AWARD + "  例：金额甲 1元 ⇒ 奖 不予\n"), "example.missing");
        assertContains(missing.message(), "「企业数」");
    }

    @Test
    void expectationsMustNameACalculatorOrRuleOfTheClauseAndHaveTheRightKind() {
        String rule = "  认定 合格：是否甲\n";
        Diagnostic unknown = Fixtures.onlyError(compile(AWARD + "  例：金额甲 1元，企业数 2家 ⇒ 将 不予\n"), "name.unknown");
        assertContains(unknown.message(), "「将」");
        assertEquals("您是不是要写「奖」？", unknown.hint().orElseThrow());
        assertContains(Fixtures.onlyError(compile(AWARD + "  例：金额甲 1元，企业数 2家 ⇒ 奖 = 5%\n"), "example.expect").message(), "「奖」");
        assertContains(Fixtures.onlyError(compile(AWARD + rule + "  例：是否甲 是 ⇒ 合格 = 5万元\n"), "example.expect").message(), "「合格」");
        assertOk(compile(AWARD + rule + "  例：是否甲 是 ⇒ 合格 为 是\n  例：是否甲 否 ⇒ 合格 为 否\n"));
    }

    // ------------------------------------------------------------ unused inputs (§10)

    @Test
    void onlyInputsNoCalculatorOrRuleReadsAreWarnedAbout() {
        Compilation c = Fixtures.compile(clause("""
                    甲额：金额
                    乙额：金额
                    丙额：金额
                    闲置：金额
                    开关：是否
                """, """
                  定义 差 = 甲额 - 乙额
                  认定 合格：开关
                  补助 奖：若 差 达 1元 则 给予 1元 否则 不予
                  补助 奖二：若 合格 则 给予 丙额，最高 1元 否则 不予
                """));
        assertOk(c);
        List<Diagnostic> warnings = c.diagnostics().sorted().stream().filter(d -> !d.isError()).toList();
        assertEquals(List.of("input.unused"), warnings.stream().map(Diagnostic::code).toList(), Fixtures.render(c));
        assertContains(warnings.get(0).message(), "「闲置」");
        // only a rule reads 开关 directly
        Compilation rule = Fixtures.compile(clause("    开关：是否\n    闲置：金额\n", "  认定 合格：开关\n"));
        assertEquals(1, rule.diagnostics().sorted().stream().filter(d -> !d.isError()).count(), Fixtures.render(rule));
    }

    @Test
    void aClauseWithErrorsGetsNoUnusedWarnings() {
        Compilation c = Fixtures.compile(clause("    甲额：金额\n    闲置：金额\n", "  补助 奖：给予 甲额 + 金额丙\n"));
        assertEquals(1, Fixtures.errors(c).size());
        assertEquals(0, c.diagnostics().sorted().stream().filter(d -> !d.isError()).count(), Fixtures.render(c));
    }

    // ------------------------------------------------------------ unknown names and their hints (§11, §20)

    private static Diagnostic unknownName(String items) {
        return Fixtures.onlyError(Fixtures.compile(clause("    是否甲：是否\n    年度研发投入额：金额\n    金额乙：金额\n", items)), "name.unknown");
    }

    @Test
    void aNameDefinedLaterIsReportedAsDefinedLater() {
        Diagnostic d = unknownName("  定义 前 = 后 + 金额乙\n  定义 后 = 金额乙\n");
        assertContains(d.message(), "「后」");
        assertEquals("「后」在后面才定义；定义要写在使用之前", d.hint().orElseThrow());
        assertEquals("「后认定」在后面才定义；定义要写在使用之前",
                unknownName("  认定 前认定：后认定\n  认定 后认定：是否甲\n").hint().orElseThrow());
    }

    @Test
    void aMisspeltNameGetsADidYouMeanEvenWithDefinitionsAround() {
        Diagnostic d = unknownName("  定义 差额 = 年度研发投入额 - 金额乙\n  认定 合格：是否甲\n  定义 两倍 = 差颔 × 2\n");
        assertEquals("您是不是要写「差额」？", d.hint().orElseThrow());
    }

    @Test
    void aKeywordGluedToAKnownNameIsAMissingSpace() {
        Diagnostic glued = unknownName("  补助 奖：若 非是否甲 则 给予 1元 否则 不予\n");
        assertContains(glued.hint().orElseThrow(), "「非」", "「非 是否甲」");
        // glued to something that is only close to a known name: the did-you-mean wins
        Diagnostic close = unknownName("  补助 奖：若 非年度研发投入颔 达 1元 则 给予 1元 否则 不予\n");
        assertEquals("您是不是要写「年度研发投入额」？", close.hint().orElseThrow());
    }

    @Test
    void withNothingCloseTheHintListsTheNamesOfTheClause() {
        assertEquals("本条可用的名称：是否甲、年度研发投入额、金额乙", unknownName("  定义 两倍 = 某某某某 × 2\n").hint().orElseThrow());
        Diagnostic none = Fixtures.onlyError(Fixtures.compile("部分 一 测试部分\n条款 一 测试条款\n  原文 “测试”\n  定义 两倍 = 某某某某 × 2\n"), "name.unknown");
        assertTrue(none.hint().isEmpty(), none.hint()::toString);
    }
}
