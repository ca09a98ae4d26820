package org.polc.model;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

/**
 * A unit of the policy text: what it measures and how many base units one of it is.
 * 万元 is (MONEY, 10000) because the base of money is 元; 万亩 is (亩, 10000). Counts (家, 个 …) are
 * each their own dimension: 2000家 enterprises and 120个 projects do not add up.
 */
public record Unit(String text, Dimension dimension, Rational scale) {

    private static final Map<String, Dimension> BASES = Map.ofEntries(
            Map.entry("元", Dimension.MONEY),
            Map.entry("分", Dimension.MONEY),
            Map.entry("美元", Dimension.USD),
            Map.entry("%", Dimension.RATE),
            Map.entry("倍", Dimension.RATE),
            Map.entry("亩", Dimension.of("亩", "面积（亩）")),
            Map.entry("平方米", Dimension.of("平方米", "面积（平方米）")),
            Map.entry("吨标准煤", Dimension.of("吨标准煤", "能耗（吨标准煤）")),
            Map.entry("吨", Dimension.of("吨", "重量（吨）")),
            Map.entry("千瓦时", Dimension.of("千瓦时", "电量（千瓦时）")),
            Map.entry("千瓦", Dimension.of("千瓦", "装机容量（千瓦）")),
            Map.entry("公里", Dimension.of("公里", "长度（公里）")),
            Map.entry("米", Dimension.of("米", "长度（米）")),
            Map.entry("年", Dimension.YEAR),
            Map.entry("个月", Dimension.of("个月", "期限（月）")),
            Map.entry("天", Dimension.of("天", "期限（天）")));

    private static final String COUNTS = "家 家次 个 条 场 栋 张 人 人次 项 床 所 座 户 件 套 台 名 次";

    /** Resolves a unit as written after a number ("万元", "%", "亿千瓦时"), or empty if unknown. */
    public static Optional<Unit> parse(String text) {
        String base = text;
        Rational scale = Rational.ONE;
        if (text.startsWith("万亿") && text.length() > 2) {
            base = text.substring(2);
            scale = Rational.of(1_000_000_000_000L);
        } else if (text.startsWith("万") && text.length() > 1) {
            base = text.substring(1);
            scale = Rational.of(10_000);
        } else if (text.startsWith("亿") && text.length() > 1) {
            base = text.substring(1);
            scale = Rational.of(100_000_000);
        }
        Dimension dimension = BASES.get(base);
        if (dimension == null && (" " + COUNTS + " ").contains(" " + base + " ")) {
            dimension = Dimension.of(base, "数量（" + base + "）");
        }
        if (dimension == null) {
            return Optional.empty();
        }
        if (base.equals("分")) {
            scale = scale.times(Rational.of(BigInteger.ONE, BigInteger.valueOf(100)));
        } else if (base.equals("%")) {
            if (!scale.equals(Rational.ONE)) {
                return Optional.empty();
            }
            scale = Rational.of(BigInteger.ONE, BigInteger.valueOf(100));
        } else if ((base.equals("倍") || base.equals("年")) && !scale.equals(Rational.ONE)) {
            return Optional.empty();
        }
        return Optional.of(new Unit(text, dimension, scale));
    }

    /** What a dimension is called in messages, and whether it is a count. */
    public record Dimension(String id, String chinese) {
        public static final Dimension MONEY = new Dimension("元", "金额");
        public static final Dimension USD = new Dimension("美元", "美元金额");
        public static final Dimension RATE = new Dimension("%", "比例");
        public static final Dimension YEAR = new Dimension("年", "年份");

        public static Dimension of(String id, String chinese) {
            return new Dimension(id, chinese);
        }

        public boolean isCount() {
            return chinese.startsWith("数量");
        }
    }
}
