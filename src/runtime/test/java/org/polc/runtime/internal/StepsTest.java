package org.polc.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polc.runtime.Compliance;
import org.polc.runtime.ComplianceKind;
import org.polc.runtime.Money;
import org.polc.runtime.Rate;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.runtime.Rounding;

/** The recorder of a generated explained method: the words of each step, worked by hand, and the kind it keeps. */
class StepsTest {

    @Test
    void clause14AsTheGeneratedMethodRecordsIt() {
        Steps steps = Steps.of("第十四条");
        Money increase = Money.ofWan(400);
        assertFalse(steps.condition("非 （经认定的科技型中小企业 或 经认定的高新技术企业）", false,
                "经认定的科技型中小企业", true, "经认定的高新技术企业", false));
        assertTrue(steps.condition("新增额 200万元 以上", true, "新增额", increase));
        Money amount = steps.upTo("新增额 × 5%", increase, Rate.percent(5), Rounding.HALF_UP);
        assertEquals(Money.ofWan(20), amount);
        amount = steps.cap(amount, Money.ofWan(200));
        Result r = steps.result("研发投入补助", amount);
        assertEquals(ResultKind.CEILING, r.kind());
        assertEquals(Money.ofWan(20), r.amount());
        assertEquals("依据第十四条：「非 （经认定的科技型中小企业 或 经认定的高新技术企业）」不成立（经认定的科技型中小企业 是，经认定的高新技术企业 否）；"
                + "「新增额 200万元 以上」成立（新增额 400万元）；按不超过「新增额 × 5%」计 400万元 × 5% = 20万元；未超过最高 200万元；"
                + "研发投入补助 最高可得 20万元。", r.explanation());
    }

    @Test
    void aCapAboveTheAmountAndAFixedAward() {
        Steps steps = Steps.of("第十四条");
        assertEquals(Money.ofWan(200), steps.cap(Money.ofWan(250), Money.ofWan(200)));
        assertEquals(Money.ofWan(300), steps.give(Money.ofWan(300)));
        Result r = steps.result("研发投入补助", Money.ofWan(300));
        assertEquals(ResultKind.FIXED, r.kind());
        assertEquals("依据第十四条：超过最高 200万元，按 200万元 计；给予 300万元；研发投入补助 确定金额 300万元。", r.explanation());
    }

    @Test
    void nothingGivenIsNoneWithOrWithoutAReason() {
        Steps steps = Steps.of("第一条");
        assertEquals(Money.ZERO, steps.none());
        assertEquals("依据第一条：不予；甲 不予。", steps.result("甲", Money.ZERO).explanation());
        Steps reasoned = Steps.of("第一条");
        reasoned.none("未达四星");
        assertEquals(ResultKind.NONE, reasoned.result("甲", Money.ZERO).kind());
        assertEquals("依据第一条：不予：未达四星；甲 不予。", reasoned.result("甲", Money.ZERO).explanation());
    }

    @Test
    void amountsGivenOneAfterAnotherCombineTheirKinds() {
        // 再给予: a ceiling and a fixed amount make a ceiling, a fixed amount and nothing a fixed amount
        Steps steps = Steps.of("第一条");
        Money first = steps.upTo("备案企业数 × 15万元", Money.ofWan(60));
        steps.again();
        Money second = steps.give(Money.ofWan(50));
        Result r = steps.result("绩效奖励", first.plus(second));
        assertEquals(ResultKind.CEILING, r.kind());
        assertEquals("依据第一条：按不超过「备案企业数 × 15万元」计 60万元；再给予；给予 50万元；绩效奖励 最高可得 110万元。", r.explanation());
        Steps fixed = Steps.of("第一条");
        fixed.give(Money.ofWan(50));
        fixed.again();
        fixed.none();
        assertEquals(ResultKind.FIXED, fixed.result("绩效奖励", Money.ofWan(50)).kind());
    }

    @Test
    void paymentsAndTheirAbsence() {
        Steps steps = Steps.of("第四十五条");
        assertEquals(Money.ofYuan(650), steps.pay("通行费 × 65%", Money.ofYuan(1000), Rate.percent(65), Rounding.HALF_UP));
        assertEquals("依据第四十五条：应缴「通行费 × 65%」计 1000元 × 65% = 650元；车辆通行费 应缴 650元。",
                steps.result("车辆通行费", Money.ofYuan(650)).explanation());
        Steps free = Steps.of("第四十五条");
        free.free("绿色通道");
        assertEquals(ResultKind.FREE, free.result("车辆通行费", Money.ZERO).kind());
        assertEquals("依据第四十五条：免费：绿色通道；车辆通行费 免费。", free.result("车辆通行费", Money.ZERO).explanation());
    }

    @Test
    void aChangeAndARoundingAreNotedAfterTheStep() {
        Steps steps = Steps.of("第二条");
        // 12345.67元 × 5% = 617.2835元, rounded half up to 617.28元
        Money base = Money.ofFen(1234567);
        Money amount = steps.give("甲 + 1元", base.times(Rate.percent(5), Rounding.HALF_UP).plus(Money.ofYuan(1)),
                steps.changed("由1%提高至5%"), steps.rounded("甲 × 5%", base, Rate.percent(5), Rounding.HALF_UP));
        assertEquals(Money.ofFen(61828), amount);
        assertEquals("依据第二条：给予「甲 + 1元」计 618.28元（由1%提高至5%）（其中「甲 × 5%」为 12345.67元 × 5% = 617.2835元，按四舍五入计到分为 617.28元）；"
                + "配套 确定金额 618.28元。", steps.result("配套", amount).explanation());
    }

    @Test
    void aCumulativeCeilingLeavesWhatRemainsOrNothing() {
        Steps steps = Steps.of("第四十八条");
        steps.upTo(Money.ofWan(300));
        assertTrue(steps.gives());
        assertEquals(Money.ofWan(200), steps.cumulative("500万元", Money.ofWan(500), Money.ofWan(300), Money.ofWan(300)));
        assertEquals("依据第四十八条：最高 300万元；累计最高 500万元，已获 300万元，尚余 200万元，按 200万元 计；资助 最高可得 200万元。",
                steps.result("资助", Money.ofWan(200)).explanation());
        Steps spent = Steps.of("第四十八条");
        spent.upTo(Money.ofWan(300));
        assertEquals(Money.ZERO, spent.yearlyCumulative("500万元", Money.ofWan(500), Money.ofWan(600), Money.ofWan(300)));
        Result r = spent.result("资助", Money.ZERO);
        assertEquals(ResultKind.NONE, r.kind());
        assertEquals("依据第四十八条：最高 300万元；年度累计最高 500万元，本年度已获 600万元，已无余额；资助 不予。", r.explanation());
        Steps none = Steps.of("第四十八条");
        none.none();
        assertFalse(none.gives());
    }

    @Test
    void requirementsAndTheVerdict() {
        Steps steps = Steps.of("第二十七条");
        assertFalse(steps.applies("试点项目", false, "容积率 不超过 3.5", "试点项目", false));
        assertFalse(steps.generalRequirement("容积率 不低于 2.5", false, "容积率", "2.3"));
        assertTrue(steps.requirement("签订协议", true));
        Compliance c = steps.compliance("工业上楼容积率", ComplianceKind.of(0, 1), "须不低于2.5");
        assertEquals("依据第二十七条：「试点项目」不成立（试点项目 否），「容积率 不超过 3.5」不适用；一般要求「容积率 不低于 2.5」不成立（容积率 2.3）；"
                + "「签订协议」成立；工业上楼容积率：未达一般要求（须不低于2.5）。", c.explanation());
    }

    @Test
    void theEligibilitySentenceAndMisuse() {
        Steps steps = Steps.of("第二条");
        steps.condition("实际支付金额 达 300万元", true, "实际支付金额", Money.ofWan(300));
        assertEquals("依据第二条：「实际支付金额 达 300万元」成立（实际支付金额 300万元）。", steps.sentence());
        assertThrows(IllegalStateException.class, () -> Steps.of("第二条").result("甲", Money.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Steps.of("第二条").condition("甲", true, "甲"));
    }

    @Test
    void theWordsAreMadeWhenReadAndAreThoseOfAnEagerResult() {
        Steps steps = Steps.of("第十四条");
        steps.condition("新增额 200万元 以上", true, "新增额", Money.ofWan(400));
        Money amount = steps.upTo("新增额 × 5%", Money.ofWan(400), Rate.percent(5), Rounding.HALF_UP);
        Result r = steps.result("研发投入补助", amount);
        // recorded after the result: not part of it
        steps.give(Money.ofWan(1));
        java.util.List<String> words = java.util.List.of("依据第十四条", "「新增额 200万元 以上」成立（新增额 400万元）",
                "按不超过「新增额 × 5%」计 400万元 × 5% = 20万元", "研发投入补助 最高可得 20万元");
        Result eager = Result.of("第十四条", "研发投入补助", Money.ofWan(20), ResultKind.CEILING, words);
        assertEquals(words, r.steps());
        assertEquals(eager, r);
        assertEquals(r, eager);
        assertEquals(eager.hashCode(), r.hashCode());
        assertEquals(eager.explanation(), r.explanation());
        assertThrows(UnsupportedOperationException.class, () -> r.steps().add("再给予"));
    }

    @Test
    void aConditionShowsAnyNumberOfValuesAndTheShortFormsWordAsTheLongOne() {
        Steps steps = Steps.of("第一条");
        steps.condition("甲 且 乙 且 丙 且 丁", true, "甲", Money.ofYuan(1), "乙", Money.ofYuan(2), "丙", true, "丁", false);
        assertEquals("依据第一条：「甲 且 乙 且 丙 且 丁」成立（甲 1元，乙 2元，丙 是，丁 否）。", steps.sentence());
        // Each short overload (no array) records what the array form records, notes in any place included.
        Steps.Note rounded = steps.rounded("甲 × 5%", Money.ofFen(1), Rate.percent(5), Rounding.HALF_UP);
        Object[][] shapes = {{}, {"甲", Money.ofYuan(1)}, {"甲", true, "乙", Money.ZERO}, {rounded, rounded},
                {"甲", Money.ofYuan(1), rounded, rounded}, {"甲", Money.ofFen(1), rounded}};
        for (Object[] shown : shapes) {
            Steps shortForm = Steps.of("第一条");
            switch (shown.length) {
                case 0 -> shortForm.condition("甲", false);
                case 2 -> shortForm.condition("甲", false, shown[0], shown[1]);
                case 4 -> shortForm.condition("甲", false, shown[0], shown[1], shown[2], shown[3]);
                default -> shortForm.condition("甲", false, shown);
            }
            Steps arrayForm = Steps.of("第一条");
            arrayForm.condition("甲", false, (Object[]) shown);
            assertEquals(arrayForm.sentence(), shortForm.sentence(), java.util.Arrays.toString(shown));
        }
        assertTrue(Steps.of("第一条").sentence().startsWith("依据第一条"));
        assertThrows(IllegalArgumentException.class, () -> Steps.of("第二条").condition("甲", true, Money.ZERO, "甲"));
        assertThrows(IllegalArgumentException.class, () -> Steps.of("第二条").condition("甲", true, "甲", 1, 2, 3));
    }

    @Test
    void aLongMethodOutgrowsTheLogAndKeepsEveryStepInOrder() {
        // 40 conditions of one pair each are 160 entries, several times the log's first size
        Steps steps = Steps.of("第九条");
        StringBuilder expected = new StringBuilder("依据第九条：");
        for (int k = 1; k <= 40; k++) {
            assertEquals(k % 3 == 0, steps.condition("条件" + k, k % 3 == 0, "甲", Money.ofYuan(k)));
            expected.append("「条件").append(k).append("」").append(k % 3 == 0 ? "成立" : "不成立").append("（甲 ").append(k).append("元）；");
        }
        assertEquals(Money.ofWan(1), steps.give(Money.ofWan(1)));
        expected.append("给予 1万元；奖励 确定金额 1万元。");
        assertEquals(expected.toString(), steps.result("奖励", Money.ofWan(1)).explanation());
    }

    @Test
    void everyFormOfStepIsWordedAndEveryShortFormReturnsItsValue() {
        Steps steps = Steps.of("第二条");
        Money base = Money.ofFen(1234567);
        Steps.Note rounded = steps.rounded("甲 × 5%", base, Rate.percent(5), Rounding.HALF_UP);
        steps.definition("乙", rounded);
        steps.definition("丙");
        steps.row("绩效评价", "五星");
        assertTrue(steps.condition("甲", true));
        assertFalse(steps.condition("乙", false, "乙", false, "丙", true));
        // each short form returns the test, whichever way it went (recorded in a scratch recorder)
        Steps scratch = Steps.of("第二条");
        assertFalse(scratch.condition("甲", false));
        assertTrue(scratch.condition("甲", true, "甲", 1L));
        assertFalse(scratch.condition("甲", false, "甲", 1L));
        assertTrue(scratch.condition("甲", true, "甲", 1L, "乙", 2L));
        assertFalse(scratch.requirement("甲", false, "甲", 1L));
        assertTrue(scratch.requirement("甲", true, "甲", 1L));
        assertFalse(scratch.generalRequirement("甲", false, "甲", 1L));
        assertFalse(scratch.applies("甲", false, "乙", "甲", 1L));
        assertEquals(Money.ofWan(7), scratch.upTo(Money.ofWan(7)));
        assertEquals(Money.ofWan(8), scratch.upTo("甲", Money.ofWan(8), rounded));
        assertEquals(Money.ofWan(9), scratch.give("甲", Money.ofWan(9), rounded));
        // seven values: the count no longer fits the header
        assertTrue(steps.condition("丁", true, "甲", Money.ofYuan(1), "乙", Money.ofYuan(2), "丙", Money.ofYuan(3), rounded));
        assertEquals(Money.ofWan(60), steps.upTo("备案企业数 × 15万元", Money.ofWan(60)));
        assertEquals(Money.ofWan(5), steps.upTo("新增额 × 5%", Money.ofWan(100), Rate.percent(5), Rounding.HALF_UP));
        assertEquals(Money.ofWan(3), steps.give("基数 × 3%", Money.ofWan(100), Rate.percent(3), Rounding.HALF_UP));
        assertEquals(Money.ofWan(2), steps.give("基数 × 2倍", Money.ofWan(2)));
        assertEquals(Money.ofWan(500), steps.cap(Money.ofWan(600), Money.ofWan(500), "由200万元提高至500万元"));
        assertEquals(Money.ofWan(400), steps.cap(Money.ofWan(400), Money.ofWan(500), "由200万元提高至500万元", rounded));
        assertEquals(Money.ofWan(4), steps.cap(Money.ofWan(4), Money.ofWan(5), rounded));
        assertEquals("依据第二条：乙：「甲 × 5%」为 12345.67元 × 5% = 617.2835元，按四舍五入计到分为 617.28元；「绩效评价」为 五星，按表；"
                + "「甲」成立；「乙」不成立（乙 否，丙 是）；"
                + "「丁」成立（甲 1元，乙 2元，丙 3元）（其中「甲 × 5%」为 12345.67元 × 5% = 617.2835元，按四舍五入计到分为 617.28元）；"
                + "按不超过「备案企业数 × 15万元」计 60万元；按不超过「新增额 × 5%」计 100万元 × 5% = 5万元；给予「基数 × 3%」计 100万元 × 3% = 3万元；"
                + "给予「基数 × 2倍」计 2万元；超过最高 500万元（由200万元提高至500万元），按 500万元 计；"
                + "未超过最高 500万元（由200万元提高至500万元）（其中「甲 × 5%」为 12345.67元 × 5% = 617.2835元，按四舍五入计到分为 617.28元）；"
                + "未超过最高 5万元（其中「甲 × 5%」为 12345.67元 × 5% = 617.2835元，按四舍五入计到分为 617.28元）。", steps.sentence());
        Steps toll = Steps.of("第四十五条");
        assertEquals(Money.ofYuan(650), toll.pay(Money.ofYuan(650)));
        assertEquals("依据第四十五条：应缴 650元。", toll.sentence());
        Steps discounted = Steps.of("第四十五条");
        assertEquals(Money.ofYuan(100), discounted.pay("通行费 × 六五折", Money.ofYuan(100)));
        assertEquals("依据第四十五条：应缴「通行费 × 六五折」计 100元。", discounted.sentence());
        Steps free = Steps.of("第四十五条");
        assertEquals(Money.ZERO, free.free());
        assertEquals("依据第四十五条：免费；通行费 免费。", free.result("通行费", Money.ZERO).explanation());
        Steps rule = Steps.of("第二十七条");
        assertTrue(rule.applies("试点项目", true, "容积率 不超过 3.5", "试点项目", true));
        assertTrue(rule.requirement("容积率 不超过 3.5", true, "容积率", "3.2"));
        assertTrue(rule.generalRequirement("容积率 不低于 2.5", true, "容积率", "3.2"));
        Compliance met = rule.compliance("工业上楼容积率", ComplianceKind.of(0, 0));
        assertEquals(ComplianceKind.of(0, 0), met.kind());
        assertEquals("依据第二十七条：「试点项目」成立（试点项目 是）；「容积率 不超过 3.5」成立（容积率 3.2）；"
                + "一般要求「容积率 不低于 2.5」成立（容积率 3.2）；工业上楼容积率：合规。", met.explanation());
    }

    @Test
    void namesMustBeTextInEveryForm() {
        assertThrows(IllegalArgumentException.class, () -> Steps.of("第二条").condition("甲", true, 1, 2, "乙", 3));
        assertThrows(IllegalArgumentException.class, () -> Steps.of("第二条").condition("甲", true, "甲", 1, "乙", 2, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> Steps.of("第二条").applies("甲", true, "乙", 1, 2));
        assertThrows(IllegalArgumentException.class, () -> Steps.of("第二条").requirement("甲", true, "甲"));
    }

    @Test
    void recordedStepsAreEqualOnlyToTheSameWords() {
        Steps one = Steps.of("第一条");
        one.give(Money.ofWan(1));
        Steps other = Steps.of("第一条");
        other.give(Money.ofWan(2));
        Result first = one.result("甲", Money.ofWan(1));
        assertFalse(first.steps().equals(other.result("甲", Money.ofWan(2)).steps()));
        assertTrue(first.steps().equals(one.result("甲", Money.ofWan(1)).steps()));
    }
}
