package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.model.Calculator;
import org.polc.testing.Fixtures;

/**
 * The sizes javac accepts (Limits): at each limit a clause compiles, one beyond it is one error
 * naming the calculator and the limit. The fuzz suite found clauses polc accepted whose Java javac
 * refused (260 inputs; a 选项 of 3,000 values).
 */
class LimitsTest {

    private static final String HEAD = "部分 一 测试\n条款 一 测试\n  原文 “测试”\n  输入\n";

    /** Distinct names without digits. */
    private static String name(String prefix, int i) {
        String chars = "甲乙丙丁戊己庚辛壬癸";
        return prefix + chars.charAt(i / 100 % 10) + chars.charAt(i / 10 % 10) + chars.charAt(i % 10);
    }

    private static String list(int n, IntFunction<String> item, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : separator).append(item.apply(i));
        }
        return sb.toString();
    }

    private static List<String> messages(Compilation c, String code) {
        return Fixtures.errors(c, code).stream().map(Diagnostic::message).toList();
    }

    private static Compilation inputs(int n) {
        return Fixtures.compile(HEAD + list(n, i -> "    " + name("额", i) + "：金额\n", "") + "  补助 奖：给予 较大值（"
                + list(n, i -> name("额", i), "，") + "）\n");
    }

    @Test
    void aCalculatorReadsAtMostOneHundredInputs() {
        assertEquals(List.of(), Fixtures.errorCodes(inputs(Limits.INPUTS)), () -> Fixtures.render(inputs(Limits.INPUTS)));
        Compilation c = inputs(Limits.INPUTS + 1);
        assertEquals(List.of("limit.inputs"), Fixtures.errorCodes(c), Fixtures.render(c));
        assertEquals("第一条：「奖」用到 101 个输入，超过上限 100 个", Fixtures.errors(c).get(0).message());
        assertEquals(Optional.of("先用「定义」把一部分输入合起来，或拆成几个计算器"), Fixtures.errors(c).get(0).hint());
    }

    private static Compilation choice(int n) {
        return Fixtures.compile(HEAD + "    档：选项（" + list(n, i -> name("值", i), "，") + "）\n  补助 奖：按 档 查表（"
                + list(n, i -> name("值", i) + " ⇒ 给予 " + (i + 1) + "元", "，") + "）\n");
    }

    @Test
    void aChoiceHasAtMostTwoHundredValues() {
        assertEquals(List.of(), Fixtures.errorCodes(choice(Limits.CHOICE_VALUES)), () -> Fixtures.render(choice(Limits.CHOICE_VALUES)));
        Compilation c = choice(Limits.CHOICE_VALUES + 1);
        assertEquals(List.of("第一条：「档」有 201 个选项，超过上限 200 个"), messages(c, "limit.choice"), Fixtures.render(c));
    }

    @Test
    void aCalculatorWithTheDefinitionsItReadsHasAtMostTwoThousandNodes() {
        // each definition 定N = 定N-1 + 1元 is three nodes (sum, reference, constant); the body adds a few
        int n = 700;
        String definitions = "  定义 " + name("定", 0) + " = 甲\n" + list(n - 1, i -> "  定义 " + name("定", i + 1) + " = " + name("定", i) + " + 1元\n", "");
        Compilation c = Fixtures.compile(HEAD + "    甲：金额\n" + definitions + "  补助 奖：给予 " + name("定", n - 1) + "\n");
        assertEquals(List.of("limit.size"), Fixtures.errorCodes(c), Fixtures.render(c));
        // 定甲甲甲 = 甲 is one node, each of the 699 others three; the award and its reference two more
        assertEquals("第一条：「奖」连同它用到的定义共有 2100 个运算和取值，超过上限 2000 个", Fixtures.errors(c).get(0).message());
        int fits = 600;
        String fewer = "  定义 " + name("定", 0) + " = 甲\n" + list(fits - 1, i -> "  定义 " + name("定", i + 1) + " = " + name("定", i) + " + 1元\n", "");
        Compilation ok = Fixtures.compile(HEAD + "    甲：金额\n" + fewer + "  补助 奖：给予 " + name("定", fits - 1) + "\n");
        assertEquals(List.of(), Fixtures.errorCodes(ok), Fixtures.render(ok));
    }

    private static Compilation widest(int arguments) {
        return Fixtures.compile(HEAD + "    甲：金额\n  补助 奖：给予 较大值（" + list(arguments, i -> "甲", "，") + "）\n");
    }

    @Test
    void twoThousandNodesAreAcceptedAndOneMoreIsNot() {
        // the award, 较大值, and its arguments
        assertEquals(List.of(), Fixtures.errorCodes(widest(Limits.NODES - 2)), () -> Fixtures.render(widest(Limits.NODES - 2)));
        Compilation c = widest(Limits.NODES - 1);
        assertEquals(List.of("limit.size"), Fixtures.errorCodes(c), Fixtures.render(c));
        assertEquals("第一条：「奖」连同它用到的定义共有 2001 个运算和取值，超过上限 2000 个", Fixtures.errors(c).get(0).message());
    }

    private static Compilation rule(int n) {
        return Fixtures.compile(HEAD + list(n, i -> "    " + name("额", i) + "：金额\n", "") + "    乙：是否\n  认定 大额：较大值（"
                + list(n, i -> name("额", i), "，") + "） 达到 1元\n  补助 奖：若 大额 且 乙 则 给予 1元 否则 不予\n");
    }

    @Test
    void aRuleIsLimitedLikeACalculator() {
        Compilation c = rule(Limits.INPUTS + 1);
        // 奖 reads 大额, so its method takes 大额's 101 inputs and 乙 as parameters too
        assertEquals(List.of("第一条：「大额」用到 101 个输入，超过上限 100 个", "第一条：「奖」用到 102 个输入，超过上限 100 个"),
                messages(c, "limit.inputs"), Fixtures.render(c));
    }

    @Test
    void rulesCountAmongTheMembersOfAClause() {
        String calculators = list(Limits.MEMBERS - 50, i -> "  补助 " + name("奖", i) + "：给予 甲\n", "");
        String rules = list(41, i -> "  认定 " + name("认", i) + "：乙\n", "");
        String compliance = list(10, i -> "  合规 " + name("规", i) + "：乙\n", "");
        Compilation c = Fixtures.compile(HEAD + "    甲：金额\n    乙：是否\n" + rules + compliance + calculators);
        // 150 calculators + 41 认定 + 10 合规 = 201: each generates two methods
        assertEquals(List.of("第一条有 201 个计算器、认定和合规规则，超过上限 200 个"), messages(c, "limit.members"), Fixtures.render(c));
    }

    @Test
    void aClauseHasAtMostTwoHundredCalculatorsAndRules() {
        Compilation c = Fixtures.compile(HEAD + "    甲：金额\n" + list(Limits.MEMBERS + 1, i -> "  补助 " + name("奖", i) + "：给予 甲\n", ""));
        assertEquals(List.of("limit.members"), Fixtures.errorCodes(c), Fixtures.render(c));
        Compilation ok = Fixtures.compile(HEAD + "    甲：金额\n" + list(Limits.MEMBERS, i -> "  补助 " + name("奖", i) + "：给予 甲\n", ""));
        assertEquals(List.of(), Fixtures.errorCodes(ok), Fixtures.render(ok));
    }

    @Test
    void sizeCountsEveryCheckedNode() {
        Compilation c = Fixtures.compile(HEAD + "    甲：金额\n  补助 奖：给予 较小值（甲 × 5%，200万元）\n");
        Calculator calculator = c.programs().get(0).parts().get(0).clauses().get(0).calculators().get(0);
        // the award, 较小值, ×, 甲, 5%, 200万元
        assertEquals(6, Limits.size(calculator.body()));
        Compilation capped = Fixtures.compile(HEAD + "    甲：金额\n  补助 奖 最高 200万元：给予 甲 × 5%，最高 200万元\n");
        Calculator withCap = capped.programs().get(0).parts().get(0).clauses().get(0).calculators().get(0);
        // the award, ×, 甲, 5%, and its cap 200万元
        assertEquals(5, Limits.size(withCap.body()), () -> Fixtures.render(capped));
        Compilation branchy = Fixtures.compile(HEAD + "    甲：金额\n    乙：是否\n    类：选项（子，丑）\n"
                + "  补助 奖：若 乙 则 给予 1元 否则 按 类 查表（子 ⇒ 给予 甲，其他 ⇒ 不予）\n");
        Calculator chain = branchy.programs().get(0).parts().get(0).clauses().get(0).calculators().get(0);
        // 若, its branch, the condition 乙 and its input, 给予 and 1元 (6); the table, its key, two rows,
        // 给予 甲 and 甲, 不予 (7)
        assertEquals(13, Limits.size(chain.body()), () -> Fixtures.render(branchy));
    }
}
