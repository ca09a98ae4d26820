package org.polc.model;

import java.util.List;
import java.util.Optional;
import org.polc.vocabulary.Units;

/**
 * A unit of the policy text: what it measures and how many base units one of it is.
 * 万元 is (MONEY, 10000) because the base of money is 元; 万亩 is (亩, 10000). Counts (家, 个 …) are
 * each their own dimension: 2000家 enterprises and 120个 projects do not add up. Which units exist,
 * and which take 万/亿/万亿, is the table {@link Units}.
 */
public record Unit(String text, Dimension dimension, Rational scale) {

    /** Resolves a unit as written after a number ("万元", "%", "亿千瓦时"), or empty if unknown. */
    public static Optional<Unit> parse(String text) {
        return Units.parse(text).map(r -> new Unit(text, Dimension.of(r.base()), Rational.of(r.scale())));
    }

    /** What a dimension is called in messages, and whether it is a count. */
    public record Dimension(String id, String chinese) {
        public static final Dimension MONEY = named("元");
        public static final Dimension USD = named("美元");
        public static final Dimension RATE = named("%");
        public static final Dimension YEAR = named("年");
        /** 数值: a plain number (容积率 2.5), a dimension of its own so that it never mixes with 5%. */
        public static final Dimension NUMBER = new Dimension("数值", "数值");

        /** The checker compares these four by identity, so parsing returns these very instances. */
        private static final List<Dimension> NAMED = List.of(MONEY, USD, RATE, YEAR);

        public static Dimension of(String id, String chinese) {
            return new Dimension(id, chinese);
        }

        private static Dimension of(Units.Base base) {
            Dimension d = new Dimension(base.dimension(), base.dimensionName());
            return NAMED.stream().filter(d::equals).findFirst().orElse(d);
        }

        private static Dimension named(String unit) {
            Units.Base base = Units.base(unit).orElseThrow();
            return new Dimension(base.dimension(), base.dimensionName());
        }

        /** The unit the runtime holds a measure in: 亩, 美元; empty for 数值. */
        public String baseUnit() {
            return this.equals(NUMBER) ? "" : id;
        }

        /** Whether a date may be moved by it: 年, 个月 and 天 (毕业日期 + 1年). */
        public boolean isDuration() {
            return id.equals("年") || id.equals("个月") || id.equals("天");
        }

        public boolean isCount() {
            return Units.base(id).map(Units.Base::count).orElse(false);
        }
    }
}
