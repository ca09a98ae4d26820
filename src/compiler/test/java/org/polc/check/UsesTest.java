package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.model.Clause;
import org.polc.model.Reads;
import org.polc.testing.Fixtures;

/**
 * Which inputs a calculator reads (its generated parameters, README "API"): directly or through
 * definitions and 认定 rules, in every construct, in declaration order.
 */
class UsesTest {

    private static final String CLAUSE = Fixtures.clause("""
              输入
                子额：金额
                丑额：金额
                寅额：金额
                卯额：金额
                辰额：金额
                巳额：金额
                午额：金额
                未额：金额
                申额：金额
                酉额：金额
                戌额：金额
                亥额：金额
                甲额：金额
                乙额：金额
                丙额：金额
                开关：是否
                类别：选项（甲类，乙类）
                档次：选项（甲档，乙档）
                星级：等级（五星级，四星级，三星级）
                闲额：金额
              定义 合额 = 甲额 + 乙额
              定义 倍额 = 合额 × 2
              认定 一认定：开关
              认定 二认定：一认定 且 丙额 ≥ 1元
              认定 三认定：二认定
              补助 总：
                （若 非 子额 ≥ 1元 且 （丑额 ≥ 1元 或 1元 ≤ 寅额） 则 给予 较小值（卯额，辰额），最高 巳额 否则 按不超过 午额 给予，最高 未额）
                再给予（按 档次 查表（甲档 ⇒ 给予 申额，其他 ⇒ 不予））
                再给予（若 星级 达到 四星级 以上 则 给予 -（-酉额） 否则若 类别 为 乙类 则 给予 倍额 否则 不予）
                再给予（若 三认定 则 给予 戌额 否则 给予 亥额）
              补助 单：若 三认定 则 给予 1元 否则 不予
            """);

    private static Clause clause() {
        Compilation c = Fixtures.compile(CLAUSE);
        assertEquals(List.of(), Fixtures.errors(c), Fixtures.render(c));
        return c.clauses().get(0);
    }

    @Test
    void aCalculatorReadsEveryInputOfEveryConstructInDeclarationOrder() {
        assertEquals(List.of("子额", "丑额", "寅额", "卯额", "辰额", "巳额", "午额", "未额", "申额", "酉额", "戌额", "亥额",
                "甲额", "乙额", "丙额", "开关", "类别", "档次", "星级"), clause().calculator("总").orElseThrow().inputs());
    }

    @Test
    void aRuleChainIsFollowedToItsInputs() {
        Clause clause = clause();
        assertEquals(List.of("丙额", "开关"), clause.calculator("单").orElseThrow().inputs());
        assertEquals(List.of("丙额", "开关"), clause.eligibility("三认定").orElseThrow().inputs());
        assertEquals(List.of("开关"), clause.eligibility("一认定").orElseThrow().inputs());
    }

    @Test
    void usesNamesEveryRuleAndDefinitionOnTheWayDown() {
        Clause clause = clause();
        Set<String> single = everything(clause.calculator("单").orElseThrow().reads(), clause);
        assertEquals(Set.of("三认定", "二认定", "一认定", "丙额", "开关"), single);
        Set<String> all = everything(clause.calculator("总").orElseThrow().reads(), clause);
        assertTrue(all.containsAll(List.of("合额", "倍额", "一认定", "二认定", "三认定", "甲额", "乙额", "丙额", "开关", "子额", "亥额")), all::toString);
        assertTrue(!all.contains("闲额"), all::toString);
    }

    /** What a body reads, following each rule it names to what that rule reads: what the interpreter computes. */
    private static Set<String> everything(Reads reads, Clause clause) {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(reads.inputs());
        names.addAll(reads.definitions());
        for (String rule : reads.rules()) {
            names.add(rule);
            names.addAll(everything(clause.eligibility(rule).orElseThrow().reads(), clause));
        }
        return names;
    }

    @Test
    void directUsesStopAtTheRulesTheyName() {
        Clause clause = clause();
        // 单 names 三认定 only; 三认定's own rules are asked through its generated method
        Reads single = clause.calculator("单").orElseThrow().reads();
        assertEquals(List.of("三认定"), single.rules());
        assertEquals(List.of(), single.definitions());
        assertEquals(List.of("丙额", "开关"), single.inputs());
        // 总 reads 倍额, and 合额 through it; of the rules it names only 三认定
        Reads total = clause.calculator("总").orElseThrow().reads();
        assertEquals(List.of("合额", "倍额"), total.definitions());
        assertEquals(List.of("三认定"), total.rules());
    }
}
