package org.polc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The number finder on sentences of every Part of the policy text (/work/shared/seed/policy-2024.txt),
 * each with the numbers listed by hand: spelling, kind, the value before the unit (n or n/d), the unit
 * or counter. A sentence that lists nothing must yield nothing: those are the words that are not numbers.
 */
class TextNumbersTest {

    /** The findings as "spelling kind value unit", joined by " | ". */
    private static String found(String text) {
        return TextNumbers.find(text).stream().map(f -> f.shown() + " " + f.kind() + " " + value(f.numerator(), f.denominator())
                + (f.unit().isEmpty() ? "" : " " + f.unit()) + f.date().map(d -> " " + d).orElse("")).collect(Collectors.joining(" | "));
    }

    private static String value(BigInteger n, BigInteger d) {
        return d.equals(BigInteger.ONE) ? n.toString() : n + "/" + d;
    }

    // ------------------------------------------------------------ every Part

    @Test
    void partOnePreamble() {
        assertEquals("千项 QUANTITY 1000 项 | 2024年 QUANTITY 2024 年 | 千项 QUANTITY 1000 项 | 120个 QUANTITY 120 个 | 800亿元 QUANTITY 800 亿元"
                + " | 800个 QUANTITY 800 个 | 2200亿元 QUANTITY 2200 亿元 | 3% QUANTITY 3 %",
                found("落实省扩大有效投资“千项万亿”工程，2024年，抓好省“千项万亿”重大项目120个左右，完成投资800亿元以上，推进市重点项目800个左右，"
                        + "完成投资2200亿元以上，带动固定资产投资增长3%。"));
    }

    @Test
    void partOneWithSpacesBetweenNumberAndUnit() {
        assertEquals("2024 年 QUANTITY 2024 年 | 177.1 亿元 QUANTITY 1771/10 亿元 | 22 亿元 QUANTITY 22 亿元",
                found("市财政 2024 年预算安排资金 177.1 亿元。其中，用于市属学校、公立医院、文化体育等民生设施建设资金 22 亿元"));
    }

    @Test
    void partOneCountsAndProgrammeNames() {
        assertEquals("32 条 QUANTITY 32 条 | 185 条 QUANTITY 185 条 | 3 个 QUANTITY 3 个 | 70% QUANTITY 70 % | 七个 QUANTITY 7 个"
                + " | 3 张 QUANTITY 3 张",
                found("全面落实浙江“民营经济 32 条”、《杭州市促进民营经济高质量发展任务举措 185 条落地细则》，执行好要素保障“3 个 70%”、"
                        + "招投标“七个不准”等政策。围绕重大工程和补短板、重点产业链供应链、完全使用者付费的特许经营项目等 3 张项目清单"));
    }

    @Test
    void partOneUnitsOfEnergyAndTheFen() {
        assertEquals("100 万千瓦 QUANTITY 100 万千瓦 | 450 亿千瓦时 QUANTITY 450 亿千瓦时 | 1 分 QUANTITY 1 分",
                found("全年新增可再生能源和新型储能装机 100 万千瓦以上。力争全年实现市场化交易电量 450 亿千瓦时以上，交易成本每千瓦时同比下降 1 分以上。"));
    }

    @Test
    void partOneIndefiniteBatchesAreNotNumbers() {
        assertEquals("五个 QUANTITY 5 个 | 10亿元 QUANTITY 10 亿元 | 1亿元 QUANTITY 1 亿元",
                found("统筹推进“五个一批”项目建设，针对市本级10亿元以上、区（县、市）1亿元以上重大产业和基础设施项目，加大“招引一批、谋划一批”力度"));
    }

    @Test
    void partTwoPreamble() {
        assertEquals("315 PLAIN 315 | 五大 COUNTER 5 大 | 2024年 QUANTITY 2024 年 | 3.95% QUANTITY 395/100 % | 2000家 QUANTITY 2000 家"
                + " | 70% QUANTITY 70 %",
                found("深入实施创新深化和“315”科技创新体系建设工程，强化教育科技人才基础支撑，强化五大产业生态圈高质量发展的科技支撑。2024年，"
                        + "全市研发投入强度争取达到3.95%，新增高新技术企业2000家，高新技术产业增加值占规上工业增加值的比重达70%。"));
    }

    @Test
    void partTwoRanksAndAwards() {
        assertEquals("一等奖 COUNTER 1 等奖 | 一等奖 COUNTER 1 等奖 | 500 万元 QUANTITY 500 万元 | 二等奖 COUNTER 2 等奖",
                found("对获得国家技术发明奖一等奖、国家科学技术进步奖一等奖的重大科技成果落地产业化项目给予 500 万元奖励。对获得国家技术发明奖二等奖"));
        assertEquals("三星级 COUNTER 3 星 | 300 万元 QUANTITY 300 万元", found("对三星级及以上总部企业，按不超过其年度新增研发投入额情况，给予最高补助 300 万元。"));
        assertEquals("五星 COUNTER 5 星 | 四星 COUNTER 4 星 | 30 万元 QUANTITY 30 万元 | 三星 COUNTER 3 星 | 1 年 QUANTITY 1 年",
                found("对年度绩效评价为五星、四星等次的市级科技企业孵化器，分别给予 30 万元运营资助；对年度绩效评价为三星及以上等次的市级科技企业孵化器，"
                        + "其孵化的企业在孵期间或毕业后 1 年内通过备案的"));
    }

    @Test
    void partTwoWordsWithOneAreNotNumbers() {
        assertEquals("三名 QUANTITY 3 名 | 54.2亿元 QUANTITY 542/10 亿元",
                found("围绕教育、科技、人才一体化推进。其中，支持重大科创平台、“三名”工程和高校建设资金54.2亿元"));
        assertEquals("百强 COUNTER 100 强", found("支持西湖大学建设世界一流的新型研究型大学，支持浙大城市学院创建全国百强大学。"));
        assertEquals("100 万元 QUANTITY 100 万元",
                found("实施规上工业企业“两清零一提升”行动，提高制造业企业研发活动和研发机构覆盖率。对新获批的企业牵头建设的省重点实验室，给予最高 100 万元一次性奖励。"));
        assertEquals("200 万元 QUANTITY 200 万元", found("鼓励企业积极开展技术交易，按企业年度累计实际技术交易额一定比例，单个企业年度最高奖励 200 万元。"));
    }

    @Test
    void partThreeCodesPlainNumbersAndAreas() {
        assertEquals("415X CODE 415 | 五大 COUNTER 5 大 | 2024 年 QUANTITY 2024 年 | 5.5% QUANTITY 55/10 %",
                found("全面承接“415X”先进制造业集群培育工程，持续打造五大产业生态圈。2024 年，力争规上工业增加值同比增长 5.5%。"));
        assertEquals("2.5 PLAIN 25/10 | 3.5 PLAIN 35/10 | 两级 COUNTER 2 级",
                found("容积率一般不低于2.5，有建设条件的项目可试点探索容积率至3.5左右。支持市、区两级国有企业加大低效工业用地收回收购力度"));
        assertEquals("3000平方米 QUANTITY 3000 平方米 | 1000平方米 QUANTITY 1000 平方米",
                found("可按每幢(单元)不小于3000平方米或每层不小于1000平方米进行分割转让"));
        assertEquals("1个 QUANTITY 1 个 | 7个 QUANTITY 7 个", found("以通用人工智能1个领域为突破赛道，以合成生物、元宇宙、未来网络、智能型机器人、量子科技、先进能源、前沿新材料7个领域为重点培育赛道"));
    }

    @Test
    void partThreeNumberAndUnitAcrossALineBreak() {
        assertEquals("10\n\n家", TextNumbers.find("新增省级工业互联网创建平台10\n\n家，力争").get(0).spelling());
        assertEquals("10 家 QUANTITY 10 家", found("新增省级工业互联网创建平台10\n\n家，力争"));
    }

    @Test
    void partFourRangesAndRanks() {
        assertEquals("1 QUANTITY 1 个 | 2个 QUANTITY 2 个", found("支持大视听产业发展，培育1~2个引领区域发展的视听产业基地。"));
        assertEquals("5A CODE 5 | 千万级 COUNTER 10000000 级", found("建设5A级景区和培育千万级核心大景区。"));
        assertEquals("1000万元 QUANTITY 1000 万元", found("打造全国非公开市场第一城，给予最高不超过1000万元的一次性奖励。"));
    }

    @Test
    void partFiveDiscountRatioAndVersion() {
        assertEquals("六五折 DISCOUNT 65/100", found("继续实施国标标准集装箱运输车辆通行费六五折优惠、国家鲜活农产品运输“绿色通道”免费政策"));
        assertEquals("2.0 PLAIN 20/10 | 2024年 QUANTITY 2024 年 | 115公里 QUANTITY 115 公里 | 1:1 RATIO 1",
                found("全面开展“四好农村路”2.0版建设，2024年，实施农村公路新（改）建115公里。按省专项运营补贴资金1:1的比例安排市级配套资金保障。"));
        assertEquals("三级 COUNTER 3 级 | 90% QUANTITY 90 %", found("京杭运河浙江段三级航道整治工程。境外航班数恢复到疫情前的 90%。"));
    }

    @Test
    void partSixYearsInARangeDollarsAndOrdinals() {
        assertEquals("2023 QUANTITY 2023 年 | 2025 年 QUANTITY 2025 年 | 5.5 亿元 QUANTITY 55/10 亿元 | 40% QUANTITY 40 % | 1 亿美元 QUANTITY 1 亿美元"
                + " | 8 个 QUANTITY 8 个 | 二级 COUNTER 2 级",
                found("积极争取省 2023—2025 年每年 5.5 亿元省级外资招引激励资金，力争杭州项目获取省激励资金的 40% 以上。争取落地 1 亿美元以上外资大项目 8 个。"
                        + "形成市县二级叠加效应。"));
        assertEquals("五个 QUANTITY 5 个", found("高质量办好第三届全球数字贸易博览会，参会人数、展会成果实现五个翻番。"));
        assertEquals("3000 家次 QUANTITY 3000 家次 | 50% QUANTITY 50 % | 60% QUANTITY 60 %",
                found("3000 家次企业赴境外拓市场。投保费资助比例上限由 50% 提高至 60%"));
        assertEquals("六名 QUANTITY 6 名 | 十大 COUNTER 10 大 | 三大 COUNTER 3 大", found("深入推进餐饮业“新六名”工程等杭帮菜高质量发展十大行动。推进武林、湖滨、吴山三大商圈融合发展"));
    }

    @Test
    void partSevenMagnitudesAsNumeralsAndTopTen() {
        assertEquals("万亩 QUANTITY 10000 亩", found("构建由开发区、“万亩千亿”新产业平台、特色小镇、“一园一主业”特色产业平台等多种形态构成"));
        assertEquals("万名 QUANTITY 10000 名 | 十佳 COUNTER 10 佳", found("继续实施万名农创客培育工程。评选市级十佳农创客。"));
        assertEquals("3县 COUNTER 3 县 | 30个 QUANTITY 30 个 | 60亿元 QUANTITY 60 亿元", found("加快推进我市西部3县（市）新型城镇化建设，实施县城综合承载能力提升重大项目30个，完成投资60亿元以上。"));
        assertEquals("四县 COUNTER 4 县 | 1% QUANTITY 1 %", found("山区四县贷款增速高于各项贷款平均增速，政府性融资担保费率保持在 1% 以下。"));
    }

    @Test
    void partEightFractionsChildrenAndABareMagnitude() {
        assertEquals("2024年 QUANTITY 2024 年 | 三分之二 FRACTION 2/3", found("2024年，确保一般公共预算支出三分之二用于民生领域。"));
        assertEquals("三级 COUNTER 3 级 | 二孩 COUNTER 2 孩 | 三孩 COUNTER 3 孩",
                found("健全完善市、县、乡三级人口均衡发展统筹机制，对符合条件的二孩、三孩家庭一次性发放孕产补助、育儿补助。"));
        assertEquals("859万 PLAIN 8590000", found("落实省民生实事项目长期护理保险我市参保人数达到859万。"));
        assertEquals("三甲 COUNTER 3 甲 | 135万人 QUANTITY 135 万人", found("加快推进三甲医院向区、县（市）延伸覆盖。计划完成健康体检135万人。"));
    }

    @Test
    void theClosingParagraph() {
        assertEquals("8个 QUANTITY 8 个 | 2024年 QUANTITY 2024 年 | 490亿元 QUANTITY 490 亿元 | 4张 QUANTITY 4 张",
                found("上述8个领域政策市级财政2024年预算安排资金除交叉重叠部分外，支持总额为490亿元。会同财政金融、自然资源、能源、人才等4张要素保障清单牵头单位"));
    }

    // ------------------------------------------------------------ forms the text does not use, and words that are not numbers

    @Test
    void fullWidthDigitsAndThousandsSeparators() {
        assertEquals("２００万元 QUANTITY 200 万元 | ３．９５％ QUANTITY 395/100 %", found("最高２００万元，达到３．９５％"));
        assertEquals("1,000,000元 QUANTITY 1000000 元 | 12 PLAIN 12 | 345 PLAIN 345", found("1,000,000元；12，345"));
        assertEquals("1 PLAIN 1 | 00 PLAIN 0", found("1,00"));
    }

    @Test
    void datesFractionsDiscountsAndYearsInChinese() {
        assertEquals("2024年1月1日 DATE 0 2024-01-01 | 2025年12月31日 DATE 0 2025-12-31", found("自2024年1月1日起至2025年12月31日止"));
        assertEquals("百分之五 FRACTION 5/100 | 十分之一 FRACTION 1/10 | 八折 DISCOUNT 80/100", found("百分之五、十分之一、八折"));
        assertEquals("二〇二四年 QUANTITY 2024 年 | 五万元 QUANTITY 50000 元 | 一年 QUANTITY 1 年", found("二〇二四年给予五万元，毕业后一年内"));
        assertEquals("5G CODE 5 | 1:2 RATIO 2", found("5G基站；1:2配套"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"一体化推进", "一批", "统一部署", "世界一流", "进一步提振", "一定比例", "一次性奖励", "第三届", "第一城",
        "两清零一提升", "四好农村路", "七优享", "百分比", "十分重要", "一个企业", "一项", "一号发展工程", "加速折旧", "千村示范、万村整治",
        "双百双千", "百千万", "名校名院名所", "首台（套）", "一刻钟", "平急两用", "五一"})
    void wordsThatAreNotNumbers(String words) {
        assertEquals("", found(words), words);
    }

    @Test
    void theNumeralsWithMultipliers() {
        assertEquals(List.of("120", "105", "10000000", "1000000000000", "35000", "100"),
                List.of("一百二十", "一百零五", "千万", "万亿", "三万五千", "百").stream()
                        .map(s -> TextNumbers.numeral(s).map(BigInteger::toString).orElse("-")).toList());
        assertEquals(List.of("-", "-", "-"), List.of("二三", "一百零十", "零").stream()
                .map(s -> TextNumbers.numeral(s).map(BigInteger::toString).orElse("-")).toList());
    }

    @Test
    void offsetsAreCharIndicesOfTheText() {
        TextNumbers.Found f = TextNumbers.find("按不超过新增额 5% 给予").get(0);
        assertEquals(8, f.start());
        assertEquals(10, f.end());
        assertEquals("5%", f.spelling());
    }
}
