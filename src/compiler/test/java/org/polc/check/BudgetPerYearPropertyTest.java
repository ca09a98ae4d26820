package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.eval.TargetChecker;
import org.polc.model.Budget;
import org.polc.model.Clause;
import org.polc.model.GoalValue;
import org.polc.model.Rational;
import org.polc.model.Target;
import org.polc.runtime.Figure;
import org.polc.runtime.TargetStatus;
import org.polc.testing.Fixtures;

/**
 * A budget stated per year (预算 “资金” 2023—2025年 每年 X) and a target based on its amount for the year
 * (达到 预算 “资金” 的 k% 以上), for any amount in 分, any period and percentage: the total is X × the number of
 * years, the figure X × k%, exactly, and the target is met exactly when the actual, in 分, is at least X × k ÷ 100
 * (cross-multiplied here in whole numbers, so nothing is rounded on either side).
 */
class BudgetPerYearPropertyTest {

    private static Clause compile(long fen, int from, int years, int year, int percent) {
        String amount = BigInteger.valueOf(fen).divide(BigInteger.valueOf(100)) + "." + String.format("%02d", fen % 100) + "元";
        Compilation c = Fixtures.compile("部分 六 测试部分\n条款 五十三 测试\n  原文 “测试”\n"
                + "  预算 “资金” 由 省 安排，" + from + "—" + (from + years - 1) + "年 每年 " + amount + "\n"
                + "  目标 " + year + "年 甲 达到 预算 “资金” 的 " + percent + "% 以上\n");
        assertEquals(List.of(), Fixtures.errors(c), () -> Fixtures.render(c));
        return c.programs().get(0).parts().get(0).clauses().get(0);
    }

    @Test
    void theTotalIsEachYearsAmountTimesTheYearsAndTheFigureIsExact() {
        qt().withFixedSeed(20241201L).withExamples(150)
                .forAll(longs().between(1, 99_999_999_999L), integers().between(1, 6), integers().between(0, 5), integers().between(1, 200))
                .checkAssert((fen, years, offset, percent) -> {
                    int from = 2021;
                    int year = from + Math.min(offset, years - 1);
                    Clause clause = compile(fen, from, years, year, percent);
                    Budget b = clause.budgets().get(0);
                    Rational perYear = Rational.of(BigInteger.valueOf(fen), BigInteger.valueOf(100));
                    assertEquals(perYear.times(Rational.of(years)), b.total());
                    assertEquals(years, b.period().orElseThrow().years());
                    assertEquals(Optional.of("省"), b.source());
                    Target t = clause.targets().get(0);
                    GoalValue.Budgeted v = t.goals().get(0).value().asBudgeted().orElseThrow();
                    assertEquals(year, v.year());
                    // the figure in 元: fen × percent / 10000
                    assertEquals(Rational.of(BigInteger.valueOf(fen).multiply(BigInteger.valueOf(percent)), BigInteger.valueOf(10_000)),
                            v.threshold().base());
                    // one 分 either side of fen × percent / 100 分, and the figure itself when it is a whole number of 分
                    BigInteger hundredTimesFigureInFen = BigInteger.valueOf(fen).multiply(BigInteger.valueOf(percent));
                    BigInteger floor = hundredTimesFigureInFen.divide(BigInteger.valueOf(100));
                    for (BigInteger actualFen : List.of(floor.subtract(BigInteger.ONE), floor, floor.add(BigInteger.ONE))) {
                        Figure actual = Figure.of(actualFen, BigInteger.valueOf(100), "元");
                        TargetStatus status = TargetChecker.check("第五十三条", t,
                                List.of(new TargetChecker.Actual(Optional.of(actual), Optional.empty(), Optional.empty(), Optional.empty()))).status();
                        boolean met = actualFen.multiply(BigInteger.valueOf(100)).compareTo(hundredTimesFigureInFen) >= 0;
                        assertEquals(met ? TargetStatus.MET : TargetStatus.NOT_MET, status, actual + " against " + v.derivation());
                    }
                });
    }
}
