package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.Eligibility;
import org.polc.model.Program;
import org.polc.runtime.Money;
import org.polc.runtime.PolicyInputException;
import org.polc.runtime.Quantity;
import org.polc.runtime.Result;
import org.polc.testing.Fixtures;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Shares and measures, generated Java against the interpreter: on random and boundary inputs the
 * two decide every rule alike, explain it word for word, and compute the same amounts; a share is
 * decided exactly, as cross-multiplication in BigInteger decides it (the oracle here, written
 * independently of the runtime); a zero whole is refused by both with the same message.
 */
class QuantityPropertyTest {

    private static final int EXAMPLES = Integer.getInteger("polc.properties.examples", 3000);

    /** 二十七, 二十五 and 五 in miniature: a share of areas, of money, of energy and of counts; measures compared and scaled. */
    private static final String POLICY = """
            部分 三 测试部分
              牵头单位 测试局
            条款 二十七 测试条款
              原文 “全市出让土地总量中工业用地比例不低于35%……投向民间投资项目比重达到75%以上……新增能耗支持民间投资项目的比重不低于70%”
              输入
                工业用地出让量：数量（亩）
                出让土地总量：数量（万亩）
                投向民间投资项目金额：金额
                基金投资总额：金额
                民间项目数：数量（个）
                项目总数：数量（个）
                单元面积：数量（平方米）
                容积率：数值
                毕业日期：日期
                申请日期：日期
              认定 毕业一年内：申请日期 毕业日期 以后 且 申请日期 毕业日期 + 1年 以内 且 申请日期 毕业日期 - 6个月 + 30天 以后
              定义 余量 = 出让土地总量 - 工业用地出让量
              认定 工业用地比例达标：工业用地出让量 占 出让土地总量 的比重 不低于 35%
              认定 民间投资比重达标：投向民间投资项目金额 占 基金投资总额 的比重 达到 75% 以上
              认定 项目比重超过：民间项目数 占 项目总数 的比重 超过 三分之二
              认定 单元达标：单元面积 × 30% 不少于 0.09万平方米 且 容积率 不低于 2.5 且 余量 占 出让土地总量 的比例 不超过 65%
              奖励 用地奖励 最高 100万元：
                若 工业用地比例达标 且 单元面积 不少于 3000平方米 则 给予 100万元
                否则若 民间投资比重达标 则 按不超过 投向民间投资项目金额 × 1% 给予，最高 50万元
                否则 不予
            条款 二十八 测试条款
              原文 “测试”
              输入
                用地面积：数量（万平方米）
                申请日期：日期
                民间项目数：数量（个）
                项目总数：数量（个）
              奖励 小奖励 最高 30万元，单调 用地面积：
                若 用地面积 不少于 3000平方米 且 申请日期 2024年12月31日 以前 且 民间项目数 占 项目总数 的比重 超过 50% 则 给予 30万元
                否则若 用地面积 超过 1000.5平方米 则 给予 10万元
                否则 不予
            """;

    private static Clause clause;
    private static GeneratedCode code;
    private static Clause small;
    private static GeneratedCode smallCode;

    @BeforeAll
    static void compile() {
        Compilation c = Fixtures.compile(POLICY);
        assertTrue(c.ok(), Fixtures.render(c));
        Program program = c.programs().get(0);
        clause = program.clause(27).orElseThrow();
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(JavaGenerator.generate(program, x -> "test.pol"));
        code = new GeneratedCode(clause, compiled.load(JavaNames.packageName(program) + "." + JavaNames.className(27)));
        small = program.clause(28).orElseThrow();
        smallCode = new GeneratedCode(small, compiled.load(JavaNames.packageName(program) + "." + JavaNames.className(28)));
    }

    /** Areas in hundredths of a 亩 (or of a 平方米), written in the base unit or in 万: boundaries of the text mixed with random values. */
    private static Gen<Quantity> measure(String unit, long... boundaries) {
        Gen<Long> hundredths = Generate.pick(List.of(0L, 1L, 70_000L, 69_999L, 70_001L, 200_000L, 300_000L, 299_999L))
                .mix(Generate.longRange(0, 1_000_000_000L), 60);
        Gen<Boolean> inWan = Generate.booleans();
        return hundredths.zip(inWan, (h, wan) -> wan ? Quantity.of(h, 1_000_000L, "万" + unit) : Quantity.of(h, 100L, unit));
    }

    private static Gen<Map<String, Object>> inputs() {
        Gen<Money> money = Generate.pick(List.of(0L, 750_002L, 1_000_003L, 75_000_00L, 100_000_00L))
                .mix(Generate.longRange(0, 10_000_000_000L), 60).map(Money::ofFen);
        Gen<Long> counts = Generate.pick(List.of(0L, 2L, 3L, 4L)).mix(Generate.longRange(0, 1_000), 50);
        Gen<Quantity> number = Generate.pick(List.of(249L, 250L, 251L, 0L)).mix(Generate.longRange(0, 1_000), 50).map(n -> Quantity.of(n, 100, ""));
        // around leap days and month ends, where calendar arithmetic is easiest to get wrong
        long from = LocalDate.of(2023, 1, 1).toEpochDay();
        Gen<LocalDate> dates = Generate.pick(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1),
                LocalDate.of(2024, 1, 31), LocalDate.of(2024, 7, 31))).mix(Generate.longRange(from, from + 1500).map(LocalDate::ofEpochDay), 60);
        Gen<Quantity> mu = measure("亩");
        Gen<Quantity> m2 = measure("平方米");
        return mu.zip(mu, money, money, (a, b, x, y) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("工业用地出让量", a);
            m.put("出让土地总量", b);
            m.put("投向民间投资项目金额", x);
            m.put("基金投资总额", y);
            return m;
        }).zip(counts, counts, m2, number, (m, p, t, area, far) -> {
            Map<String, Object> all = new LinkedHashMap<>(m);
            all.put("民间项目数", p);
            all.put("项目总数", t);
            all.put("单元面积", area);
            all.put("容积率", far);
            return all;
        }).zip(dates, dates, (all, graduated, applied) -> {
            Map<String, Object> withDates = new LinkedHashMap<>(all);
            withDates.put("毕业日期", graduated);
            withDates.put("申请日期", applied);
            return withDates;
        });
    }

    @Test
    void generatedJavaAndTheInterpreterAgreeOnSharesAndMeasures() {
        qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(facts -> {
            for (Eligibility rule : clause.eligibilities()) {
                String interpreted;
                try {
                    interpreted = code.interpretedExplanation(rule, facts);
                } catch (PolicyInputException zeroWhole) {
                    PolicyInputException generated = assertThrows(PolicyInputException.class, () -> code.eligible(rule, facts));
                    assertEquals(zeroWhole.getMessage(), generated.getMessage());
                    continue;
                }
                assertEquals(interpreted, code.explanation(rule, facts), rule.name());
            }
            Calculator award = clause.calculator("用地奖励").orElseThrow();
            Result interpreted;
            try {
                interpreted = code.interpreted(award, facts);
            } catch (PolicyInputException zeroWhole) {
                assertEquals(zeroWhole.getMessage(), assertThrows(PolicyInputException.class, () -> code.explained(award, facts)).getMessage());
                return;
            }
            Result generated = code.explained(award, facts);
            assertEquals(interpreted.amount(), generated.amount());
            assertEquals(interpreted.kind(), generated.kind());
            assertEquals(interpreted.explanation(), generated.explanation());
            assertEquals(interpreted.amount(), code.fast(award, facts));
        });
    }

    @Test
    void theCapPropertiesHoldOnMeasuresDatesAndShares() {
        // the harness every real clause goes through: boundary combinations, random inputs, cap, fast = explained = interpreter
        CapPropertyTest.properties(smallCode, small, small.calculator("小奖励").orElseThrow());
    }

    @Test
    void aShareIsDecidedExactlyAsCrossMultiplicationDecidesIt() {
        Eligibility land = clause.eligibility("工业用地比例达标").orElseThrow();
        Eligibility fund = clause.eligibility("民间投资比重达标").orElseThrow();
        Eligibility projects = clause.eligibility("项目比重超过").orElseThrow();
        qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(facts -> {
            Quantity a = (Quantity) facts.get("工业用地出让量");
            Quantity b = (Quantity) facts.get("出让土地总量");
            if (b.numerator() != 0) {
                // a/b ≥ 35/100  ⇔  100·a.n·b.d ≥ 35·b.n·a.d (all positive)
                BigInteger left = BigInteger.valueOf(100).multiply(BigInteger.valueOf(a.numerator())).multiply(BigInteger.valueOf(b.denominator()));
                BigInteger right = BigInteger.valueOf(35).multiply(BigInteger.valueOf(b.numerator())).multiply(BigInteger.valueOf(a.denominator()));
                assertEquals(left.compareTo(right) >= 0, code.eligible(land, facts), a + " 占 " + b);
            }
            Money x = (Money) facts.get("投向民间投资项目金额");
            Money y = (Money) facts.get("基金投资总额");
            if (!y.isZero()) {
                boolean expected = BigInteger.valueOf(x.fen()).multiply(BigInteger.valueOf(4)).compareTo(BigInteger.valueOf(y.fen()).multiply(BigInteger.valueOf(3))) >= 0;
                assertEquals(expected, code.eligible(fund, facts), x + " 占 " + y);
            }
            long p = (Long) facts.get("民间项目数");
            long t = (Long) facts.get("项目总数");
            if (t != 0) {
                assertEquals(3 * p > 2 * t, code.eligible(projects, facts), p + " 占 " + t);
            }
        });
    }

    @Test
    void theBoundariesOfTheTextByHand() {
        Eligibility land = clause.eligibility("工业用地比例达标").orElseThrow();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("工业用地出让量", Quantity.parse("700亩"));
        facts.put("出让土地总量", Quantity.parse("0.2万亩"));
        assertTrue(code.eligible(land, facts), "700亩 of 2000亩 is exactly 35%: 不低于 includes it");
        facts.put("工业用地出让量", Quantity.parse("699.99亩"));
        assertEquals(false, code.eligible(land, facts), "699.99亩 of 2000亩 is 34.9995%");
        Eligibility fund = clause.eligibility("民间投资比重达标").orElseThrow();
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("投向民间投资项目金额", Money.parse("7500.02元"));
        money.put("基金投资总额", Money.parse("10000.03元"));
        assertEquals(false, code.eligible(fund, money), "750002/1000003 is 74.99997…%, short of 75% (B × 75% rounded to the 分 would pass it)");
        money.put("基金投资总额", Money.ZERO);
        assertEquals("第二十七条：输入「基金投资总额」为零，「投向民间投资项目金额 占 基金投资总额 的比重」无从计算",
                assertThrows(PolicyInputException.class, () -> code.eligible(fund, money)).getMessage());
    }
}
