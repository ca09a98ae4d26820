package org.polc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.testing.Fixtures;

/** Every construct that states a number reports it, with its value in base units and its dimension. */
class StatedNumbersTest {

    private static String line(StatedNumbers.Stated s) {
        Rational v = s.value().value();
        return s.by() + " " + v.numerator() + (v.denominator().intValue() == 1 ? "" : "/" + v.denominator()) + " " + s.value().dimension();
    }

    @Test
    void eachConstructReportsTheNumbersItStates() {
        Compilation c = Fixtures.compile("""
                部分 一 测试部分
                  牵头单位 测试局
                  原文 “测试”
                  目标 2024年 新增企业 达到 20家
                  预算 “部分预算” 10亿元 其中：“甲” 4亿元 “乙” 6亿元
                条款 一 测试条款
                  原文 “测试”
                  有效期 2024-03-01 至 2024-06-30
                  输入
                    星级：等级（五星，未达五星）
                    投入：金额
                  定义 分成 = 投入 × 30%
                  认定 够：投入 达 200万元
                  补助 甲 最高 300万元：若 够 则 给予 投入 × 5%，最高 100万元 + 三分之一 × 600万元 否则 不予
                  例：星级 为 五星，投入 1亿元 ⇒ 甲 给予 300万元
                """);
        assertEquals(List.of(), Fixtures.errors(c), Fixtures.render(c));
        Clause clause = c.clauses().get(0);
        // 2024-03-01 is day 19783 since 1970-01-01 and 2024-06-30 day 19904 (2024 is a leap year: 19723 + 60, + 181)
        assertEquals(List.of(
                "输入「星级」 5 词·星", "输入「星级」 5 词·星",
                "定义「分成」 3/10 %", "定义「分成」 3/10 %",
                "认定「够」 2000000 元", "认定「够」 2000000 元",
                "补助「甲」 3000000 元",
                "补助「甲」 1/20 %", "补助「甲」 1/20 %",
                // 100万元 + 三分之一 × 600万元 is folded to 300万元; the numbers written for it are stated too
                "补助「甲」 3000000 元", "补助「甲」 1000000 元", "补助「甲」 1/3 %", "补助「甲」 6000000 元",
                "有效期 19783 日期", "有效期 19904 日期"),
                StatedNumbers.of(clause).stream().map(StatedNumbersTest::line).toList());
        assertEquals(List.of("预算「部分预算」 1000000000 元", "预算「部分预算」 400000000 元", "预算「部分预算」 600000000 元",
                "目标「新增企业」 2024 年", "目标「新增企业」 20 家"),
                StatedNumbers.of(c.programs().get(0).parts().get(0)).stream().map(StatedNumbersTest::line).toList());
    }

    @Test
    void theExamplesNumbersAreNotStated() {
        Compilation c = Fixtures.compile(Fixtures.clause("""
                  输入
                    投入：金额
                  补助 甲：给予 投入 × 5%
                  例：投入 777万元 ⇒ 甲 给予 38.85万元
                """));
        assertEquals(List.of(), Fixtures.errors(c), Fixtures.render(c));
        assertEquals(List.of("补助「甲」 1/20 %", "补助「甲」 1/20 %", "有效期 19723 日期", "有效期 20088 日期"),
                StatedNumbers.of(c.clauses().get(0)).stream().map(StatedNumbersTest::line).toList());
    }
}
