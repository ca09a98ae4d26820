package org.polc.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.testing.Fixtures;

/**
 * The cap proof (docs/language.md §12.1): every branch between 0 and 最高, narrowed by its condition
 * and the failed ones before it; money moves by 1分 and counts by 1, so 不足/超过 exclude the number.
 */
class CapProverTest {

    private static String clause(String calculator) {
        return Fixtures.clause("""
                  输入
                    金额甲：金额
                    金额乙：金额
                    是否甲：是否
                    是否乙：是否
                    企业数：数量（家）
                  定义 差额 = 金额甲 - 金额乙
                %s
                """).formatted(calculator);
    }

    private static Compilation compile(String calculator) {
        return Fixtures.compile(clause(calculator));
    }

    private static void proven(String calculator) {
        Compilation c = compile(calculator);
        assertEquals(List.of(), Fixtures.errors(c), () -> Fixtures.render(c));
    }

    private static Diagnostic refused(String calculator, String code) {
        Compilation c = compile(calculator);
        List<Diagnostic> errors = Fixtures.errors(c);
        assertEquals(1, errors.size(), () -> Fixtures.render(c));
        assertEquals(code, errors.get(0).code(), () -> Fixtures.render(c));
        return errors.get(0);
    }

    @Test
    void lessThanAnAmountMeansAtMostOneFenLess() {
        proven("  补助 奖 最高 999999.99元：若 金额甲 不足 100万元 则 给予 金额甲 否则 不予");
        refused("  补助 奖 最高 999999.98元：若 金额甲 不足 100万元 则 给予 金额甲 否则 不予", "cap.exceeded");
    }

    @Test
    void moreThanAnAmountMeansAtLeastOneFenMore() {
        proven("  补助 奖：若 金额甲 超过 100万元 则 给予 金额甲 - 1000000.01元 否则 不予");
        Diagnostic d = refused("  补助 奖：若 金额甲 超过 100万元 则 给予 金额甲 - 1000000.02元 否则 不予", "cap.negative");
        assertEquals("第一条：「奖」的这一支在某些输入下为负数（最低 -0.01元）"
                + "（补助 奖：若 金额甲 超过 100万元 则 给予 金额甲 - 1000000.02元 否则 不予）", d.message());
    }

    @Test
    void lessThanACountMeansAtMostOneLess() {
        proven("  补助 奖 最高 9万元：若 企业数 少于 10家 则 给予 企业数 × 1万元 否则 不予");
        refused("  补助 奖 最高 89999.99元：若 企业数 少于 10家 则 给予 企业数 × 1万元 否则 不予", "cap.exceeded");
    }

    @Test
    void equalityPinsTheValue() {
        proven("  补助 奖 最高 100万元：若 金额甲 等于 100万元 则 给予 金额甲 否则 不予");
        // not equal narrows nothing
        refused("  补助 奖 最高 100万元：若 金额甲 等于 100万元 则 不予 否则 给予 金额甲", "cap.exceeded");
    }

    @Test
    void aConstantOnTheLeftNarrowsTheRight() {
        proven("  补助 奖 最高 100万元：若 100万元 ≥ 金额甲 则 给予 金额甲 否则 不予");
        proven("  补助 奖 最高 999999.99元：若 100万元 > 金额甲 则 给予 金额甲 否则 不予");
        proven("  补助 奖 最高 999999.99元：若 100万元 ≤ 金额甲 则 不予 否则 给予 金额甲");
        proven("  补助 奖：若 100万元 < 金额甲 则 给予 金额甲 - 1000000.01元 否则 不予");
        refused("  补助 奖 最高 999999.98元：若 100万元 > 金额甲 则 给予 金额甲 否则 不予", "cap.exceeded");
    }

    @Test
    void aFailedOrFailsOnBothSides() {
        proven("  补助 奖 最高 200万元：若 金额甲 超过 100万元 或 金额乙 超过 100万元 则 不予 否则 给予 金额甲 + 金额乙");
    }

    @Test
    void aHoldingAndHoldsOnBothSidesAndNotInverts() {
        proven("  补助 奖 最高 200万元：若 金额甲 ≤ 100万元 且 金额乙 ≤ 100万元 则 给予 金额甲 + 金额乙 否则 不予");
        proven("  补助 奖 最高 100万元：若 非 金额甲 超过 100万元 则 给予 金额甲 否则 不予");
        // a holding 或 narrows neither side
        refused("  补助 奖 最高 200万元：若 金额甲 ≤ 100万元 或 金额乙 ≤ 100万元 则 给予 金额甲 + 金额乙 否则 不予", "cap.exceeded");
    }

    @Test
    void anImpossibleBranchIsNotHeldAgainstTheCap() {
        proven("  补助 奖 最高 10万元：若 金额甲 ≥ 100万元 则 给予 10万元 否则若 金额甲 ≥ 200万元 则 给予 1亿元 否则 不予");
        // an amount input is never negative
        proven("  补助 奖 最高 1万元：若 金额甲 < 0元 则 给予 1亿元 否则 给予 1万元");
        // but a definition can be
        refused("  补助 奖 最高 1万元：若 差额 < 0元 则 给予 2万元 否则 给予 1万元", "cap.exceeded");
    }

    @Test
    void aSumOverTheCapIsReportedEvenWhenNoBranchIs() {
        Diagnostic d = refused("""
                  补助 奖 最高 100万元：
                    （若 是否甲 则 给予 最高 60万元 否则 不予）
                    再给予（若 是否乙 则 给予 最高 60万元 否则 不予）\
                """, "cap.exceeded");
        assertEquals("第一条：「奖」声明最高 100万元，但各项合计可达 120万元", d.message());
        assertEquals(Optional.of("给合计加上限，或核对各项的最高额"), d.hint());
        proven("""
                  补助 奖 最高 120万元：
                    （若 是否甲 则 给予 最高 60万元 否则 不予）
                    再给予（若 是否乙 则 给予 最高 60万元 否则 不予）\
                """);
    }

    @Test
    void negationMinMaxAndDivisionAreBounded() {
        proven("  补助 奖 最高 100万元：若 金额甲 ≤ 100万元 则 给予 -（-金额甲） 否则 不予");
        proven("  补助 奖 最高 50万元：若 金额甲 ≤ 50万元 则 给予 较大值（金额甲，10万元） 否则 不予");
        proven("  补助 奖 最高 100万元：给予 较小值（金额甲，100万元）");
        proven("  补助 奖 最高 100万元：若 金额甲 ≤ 300万元 则 给予 金额甲 ÷ 3 否则 不予");
        refused("  补助 奖 最高 99.99万元：若 金额甲 ≤ 300万元 则 给予 金额甲 ÷ 3 否则 不予", "cap.exceeded");
        refused("  补助 奖：给予 -金额甲", "cap.negative");
    }

    @Test
    void moneyTimesARateIsRoundedByTheClauseRule() {
        // 99.99元 × 1% = 0.9999元, cut down to 0.99元 under 舍去, rounded up to 1元 under 四舍五入.
        String calculator = "  补助 奖 最高 0.99元：若 金额甲 ≤ 99.99元 则 给予 金额甲 × 1% 否则 不予";
        Compilation down = Fixtures.compileFile("政策 测试政策\n  有效期 2024-01-01 至 2024-12-31\n  舍入 舍去\n" + clause(calculator));
        assertEquals(List.of(), Fixtures.errors(down), () -> Fixtures.render(down));
        refused(calculator, "cap.exceeded");
    }

    @Test
    void theRightDefinitionIsUsed() {
        Compilation c = Fixtures.compile(clause("  定义 大额 = 金额甲 × 2\n  定义 小额 = 较小值（金额甲，1万元）\n  补助 奖 最高 1万元：给予 小额"));
        assertEquals(List.of(), Fixtures.errors(c), () -> Fixtures.render(c));
    }
}
