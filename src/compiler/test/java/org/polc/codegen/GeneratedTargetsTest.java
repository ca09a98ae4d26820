package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.eval.TargetChecker;
import org.polc.model.Target;
import org.polc.runtime.Figure;
import org.polc.runtime.TargetResult;
import org.polc.runtime.TargetStatus;
import org.polc.testing.Fixtures;

/**
 * The generated {@code Targets} class on hand-worked cases: every form of target, each on both sides of
 * its figure. The expectations are worked out from the rule (以上 includes, 超过 excludes, 左右 within
 * the declared tolerance), not taken from polc's output.
 */
class GeneratedTargetsTest {

    private static final String POLICY = """
            政策 测试政策
              有效期 2024-01-01 至 2024-12-31
              约数 相差 5% 以内
            部分 一 扩大有效投资政策
              目标 2024年 重大项目 120个 左右
              目标 2024年 完成投资 800亿元 以上
              目标 2024年 集体经济总收入 80万元 以上 且 经营性收入 50万元 以上
            条款 一 测试条款
              原文 “测试”
              目标 视听产业基地 1~2个
              目标 民生支出比重 达到 三分之二
              目标 境外航班数 达到 疫情前境外航班数 的 90%
              目标 外资大项目（1亿美元 以上） 8个
              目标 规上工业增加值 同比增长 5.5%
              目标 某项增速 超过 5%
              预算 “激励资金” 由 省 安排，2023—2025年 每年 5.5亿元
              目标 2024年 杭州项目资金 达到 预算 “激励资金” 的 40% 以上
            """;

    private static InMemoryJavac.Compiled compiled;

    @BeforeAll
    static void generate() {
        Compilation c = Fixtures.compileFile(POLICY);
        assertEquals(List.of(), Fixtures.errors(c), () -> Fixtures.render(c));
        compiled = InMemoryJavac.compile(c.generate());
    }

    private static TargetResult call(String place, String method, Object... args) throws Exception {
        Class<?> type = compiled.load("org.polc.policies.test.Targets$" + place);
        Method m = Arrays.stream(type.getMethods()).filter(x -> x.getName().equals(method)).findFirst().orElseThrow();
        return (TargetResult) m.invoke(null, args);
    }

    private static Figure f(String text) {
        return Figure.parse(text);
    }

    @Test
    void approximateFigureWithTheDocumentTolerance() throws Exception {
        // 120个 左右, 相差 5% 以内: 6个; 114 is exactly 6 short (以内 includes it), 113 is 7 short
        assertEquals(TargetStatus.MET, call("第一部分", "重大项目", f("120个")).status());
        TargetResult within = call("第一部分", "重大项目", f("114个"));
        assertEquals(TargetStatus.WITHIN_TOLERANCE, within.status());
        assertEquals(f("-6个"), within.margin().orElseThrow());
        assertEquals(TargetStatus.NOT_MET, call("第一部分", "重大项目", f("113个")).status());
        assertEquals(TargetStatus.NO_ACTUAL, call("第一部分", "重大项目", (Object) null).status());
    }

    @Test
    void atLeastIncludesTheFigureToTheFen() throws Exception {
        assertEquals(TargetStatus.MET, call("第一部分", "完成投资", f("800亿元")).status());
        TargetResult short1 = call("第一部分", "完成投资", f("79999999999.99元"));
        assertEquals(TargetStatus.NOT_MET, short1.status());
        assertEquals(f("-0.01元"), short1.margin().orElseThrow().in("元"));
        assertEquals("依据第一部分：目标「完成投资 800亿元 以上」：实际 79999999999.99元，差 0.0000000001亿元，未达成。", short1.explanation());
    }

    @Test
    void twoGoalsMustBothBeMet() throws Exception {
        assertEquals(TargetStatus.MET, call("第一部分", "集体经济总收入且经营性收入", f("80万元"), f("50万元")).status());
        TargetResult one = call("第一部分", "集体经济总收入且经营性收入", f("81万元"), f("499999.99元"));
        assertEquals(TargetStatus.NOT_MET, one.status());
        assertEquals(2, one.goals().size());
        assertEquals(TargetStatus.MET, one.goals().get(0).status());
    }

    @Test
    void rangeIncludesBothEnds() throws Exception {
        assertEquals(TargetStatus.MET, call("第一条", "视听产业基地", f("1个")).status());
        assertEquals(TargetStatus.MET, call("第一条", "视听产业基地", f("2个")).status());
        TargetResult over = call("第一条", "视听产业基地", f("3个"));
        assertEquals(TargetStatus.NOT_MET, over.status());
        assertEquals(f("-1个"), over.margin().orElseThrow());
        assertEquals(TargetStatus.NOT_MET, call("第一条", "视听产业基地", f("0个")).status());
    }

    @Test
    void fractionIsComparedExactly() throws Exception {
        // in per cent, as the actual is: 66.67% − 200/3% = (200.01 − 200)/3 % = 1/300 %; 66.66% − 200/3% = −1/150 %
        TargetResult above = call("第一条", "民生支出比重", f("66.67%"));
        assertEquals(TargetStatus.MET, above.status());
        assertEquals(Figure.of(1, 300, "%"), above.margin().orElseThrow());
        assertEquals(Figure.of(-1, 150, "%"), call("第一条", "民生支出比重", f("66.66%")).margin().orElseThrow());
    }

    @Test
    void baselineTimesItsFactor() throws Exception {
        // 疫情前 1000 → 目标 900
        assertEquals(TargetStatus.MET, call("第一条", "境外航班数", f("900"), f("1000")).status());
        TargetResult r = call("第一条", "境外航班数", f("899"), f("1000"));
        assertEquals(TargetStatus.NOT_MET, r.status());
        assertEquals(f("-1"), r.margin().orElseThrow());
        assertEquals(TargetStatus.NO_ACTUAL, call("第一条", "境外航班数", f("899"), null).status());
    }

    @Test
    void countedItemsMeetTheirThreshold() throws Exception {
        // 1亿美元 以上 includes 1亿美元; 0.99亿美元 does not count: 8 of 9
        List<Figure> items = List.of(f("1亿美元"), f("0.99亿美元"), f("3亿美元"), f("1.2亿美元"), f("100000000美元"), f("2亿美元"),
                f("5亿美元"), f("1.01亿美元"), f("8亿美元"));
        TargetResult r = call("第一条", "外资大项目", items);
        assertEquals(TargetStatus.MET, r.status());
        assertEquals(f("0个"), r.margin().orElseThrow());
        assertEquals(TargetStatus.NOT_MET, call("第一条", "外资大项目", items.subList(1, 9)).status());
    }

    @Test
    void growthOverLastYear() throws Exception {
        // 5802.5 over 5500 is exactly 5.5%; 5800 over 5500 is 60/11%, 1/22 of a point short
        assertEquals(TargetStatus.MET, call("第一条", "规上工业增加值", f("5802.5亿元"), f("5500亿元")).status());
        TargetResult r = call("第一条", "规上工业增加值", f("5800亿元"), f("5500亿元"));
        assertEquals(Figure.of(-1, 22, "%"), r.margin().orElseThrow());
    }

    @Test
    void moreThanExcludesTheFigure() throws Exception {
        assertEquals(TargetStatus.NOT_MET, call("第一条", "某项增速", f("5%")).status());
        assertEquals(TargetStatus.MET, call("第一条", "某项增速", f("5.01%")).status());
    }

    @Test
    void aBudgetsAmountForTheYearIsTheBaseAndNoParameter() throws Exception {
        // 2024年 is within 2023—2025年: 5.5亿元 × 40% = 2.2亿元, exact; 以上 includes it, one 分 less misses it
        TargetResult met = call("第一条", "杭州项目资金", f("2.2亿元"));
        assertEquals(TargetStatus.MET, met.status());
        assertEquals("依据第一条：目标「杭州项目资金 达到 预算 “激励资金” 的 40% 以上」：实际 2.2亿元（激励资金 2024年 5.5亿元 的 40%，即 2.2亿元），"
                + "恰好等于 2.2亿元，达成。", met.explanation());
        TargetResult short1 = call("第一条", "杭州项目资金", f("219999999.99元"));
        assertEquals(TargetStatus.NOT_MET, short1.status());
        assertEquals(f("-0.01元"), short1.margin().orElseThrow().in("元"));
        assertEquals(TargetStatus.NO_ACTUAL, call("第一条", "杭州项目资金", (Object) null).status());
        Class<?> type = compiled.load("org.polc.policies.test.Targets$第一条");
        Method m = Arrays.stream(type.getMethods()).filter(x -> x.getName().equals("杭州项目资金")).findFirst().orElseThrow();
        assertEquals(1, m.getParameterCount(), "only the actual figure: the base is the text's");
    }

    @Test
    void theGeneratedCodeSaysWhatPolcTargetsSays() throws Exception {
        // polc targets goes through eval.TargetChecker; the generated methods must give the same result, word for word
        Compilation c = Fixtures.compileFile(POLICY);
        List<Target> part = c.programs().get(0).parts().get(0).targets();
        List<Target> clause = c.programs().get(0).parts().get(0).clauses().get(0).targets();
        Optional<Figure> none = Optional.empty();
        for (String actual : List.of("113个", "114个", "120个", "130个")) {
            TargetResult interpreted = TargetChecker.check("第一部分", part.get(0),
                    List.of(new TargetChecker.Actual(Optional.of(f(actual)), none, Optional.empty(), none)));
            assertSame(interpreted, call("第一部分", "重大项目", f(actual)));
        }
        TargetResult both = TargetChecker.check("第一部分", part.get(2), List.of(
                new TargetChecker.Actual(Optional.of(f("81万元")), none, Optional.empty(), none),
                new TargetChecker.Actual(Optional.of(f("499999.99元")), none, Optional.empty(), none)));
        assertSame(both, call("第一部分", "集体经济总收入且经营性收入", f("81万元"), f("499999.99元")));
        TargetResult baseline = TargetChecker.check("第一条", clause.get(2),
                List.of(new TargetChecker.Actual(Optional.of(f("899")), none, Optional.empty(), Optional.of(f("1000")))));
        assertSame(baseline, call("第一条", "境外航班数", f("899"), f("1000")));
        TargetResult growth = TargetChecker.check("第一条", clause.get(4),
                List.of(new TargetChecker.Actual(Optional.of(f("5800亿元")), Optional.of(f("5500亿元")), Optional.empty(), none)));
        assertSame(growth, call("第一条", "规上工业增加值", f("5800亿元"), f("5500亿元")));
        List<Figure> items = List.of(f("1亿美元"), f("0.99亿美元"));
        TargetResult counted = TargetChecker.check("第一条", clause.get(3),
                List.of(new TargetChecker.Actual(none, none, Optional.of(items), none)));
        assertSame(counted, call("第一条", "外资大项目", items));
        for (String actual : List.of("219999999.99元", "2.2亿元", "3亿元")) {
            TargetResult budgeted = TargetChecker.check("第一条", clause.get(6),
                    List.of(new TargetChecker.Actual(Optional.of(f(actual)), none, Optional.empty(), none)));
            assertSame(budgeted, call("第一条", "杭州项目资金", f(actual)));
        }
    }

    private static void assertSame(TargetResult expected, TargetResult actual) {
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.margin(), actual.margin());
        assertEquals(expected.explanation(), actual.explanation());
    }

    @Test
    void anyIndicatorTextIsSafeInTheGeneratedJava() throws Exception {
        // a quoted indicator may hold comment ends, backslash-u escapes, quotes and names of the generated code
        Compilation c = Fixtures.compileFile("""
                政策 测试政策
                  有效期 2024-01-01 至 2024-12-31
                部分 一 测试部分
                  目标 “*/ \\u000a \\" 甲” 达到 5家
                  目标 “PLACE” 达到 5家
                  目标 “Figure” 达到 基数 的 2倍
                  目标 “*/” 达到 5家
                  预算 “*/ \\u000a \\" 资金” 由 “*/ 省” 安排，2023—2025年 每年 1亿元
                  目标 2024年 乙 达到 预算 “*/ \\u000a \\" 资金” 的 50%
                条款 一 测试条款
                  原文 “测试”
                """);
        assertEquals(List.of(), Fixtures.errors(c), () -> Fixtures.render(c));
        InMemoryJavac.Compiled javac = InMemoryJavac.compile(c.generate());
        Class<?> type = javac.load("org.polc.policies.test.Targets$第一部分");
        Method m = Arrays.stream(type.getMethods()).filter(x -> x.getName().equals("u000a甲")).findFirst().orElseThrow();
        TargetResult r = (TargetResult) m.invoke(null, f("5家"));
        assertEquals("依据第一部分：目标「*/ \\u000a \\\" 甲 达到 5家」：实际 5家，恰好等于 5家，达成。", r.explanation());
        TargetResult fig = (TargetResult) Arrays.stream(type.getMethods()).filter(x -> x.getName().equals("Figure")).findFirst().orElseThrow()
                .invoke(null, f("10"), f("5"));
        assertEquals(TargetStatus.MET, fig.status());
        // a budget's name is only in a string literal and the Javadoc: the base stays the text's 1亿元 × 50%
        TargetResult fund = (TargetResult) Arrays.stream(type.getMethods()).filter(x -> x.getName().equals("乙")).findFirst().orElseThrow()
                .invoke(null, f("0.5亿元"));
        assertEquals("依据第一部分：目标「乙 达到 预算 “*/ \\u000a \\\" 资金” 的 50%」：实际 0.5亿元（*/ \\u000a \\\" 资金 2024年 1亿元 的 50%，即 0.5亿元），"
                + "恰好等于 0.5亿元，达成。", fund.explanation());
    }

    @Test
    void partTwoAsCommitted() throws Exception {
        Compilation real = Fixtures.realPolicies();
        InMemoryJavac.Compiled part2 = InMemoryJavac.compile(real.generate());
        Class<?> type = part2.load("org.polc.policies.hangzhou2024.Targets$第二部分");
        TargetResult r = (TargetResult) type.getMethod("研发投入强度", Figure.class).invoke(null, f("3.96%"));
        assertEquals(TargetStatus.MET, r.status());
        assertEquals("依据第二部分：目标「研发投入强度 达到 3.95%」：实际 3.96%，超出 0.01个百分点，达成。", r.explanation());
        assertTrue(r.acceptable());
    }
}
