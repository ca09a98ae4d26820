package org.polc.vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units of Pol, one row per base unit, and the magnitudes 万/亿/万亿 that may stand before
 * them: the only place that says what a unit measures. 万亩 is 10,000 亩 and 亿千瓦时 is 10⁸ 千瓦时
 * because 亩 and 千瓦时 take magnitudes; 万% and 万倍 are refused because % and 倍 do not.
 *
 * <p>The lexer's {@code UNIT} and {@code MAGNITUDE} fragments list the same spellings;
 * {@code VocabularyAgreementTest} fails when they differ. The rows are in the lexer's order.
 */
public final class Units {

    /**
     * One base unit.
     *
     * @param name the unit as the checker knows it: 元, %, 家
     * @param dimension the id of what it measures; units of one dimension add up (元 and 分 are both 元)
     * @param dimensionName what the dimension is called in messages: 金额, 面积（亩）, 数量（家）
     * @param factor how many of the dimension's base one of this unit is: 分 is 0.01 元, % is 0.01
     * @param count whether it counts things (家, 个 …); counts of different things are different dimensions
     * @param takesMagnitudes whether 万/亿/万亿 may stand before it
     * @param spellings every way the unit is written, {@code name} first: %, ％
     */
    public record Base(String name, String dimension, String dimensionName, BigDecimal factor, boolean count, boolean takesMagnitudes,
            List<String> spellings) {
        public Base {
            spellings = List.copyOf(spellings);
        }
    }

    /** 万, 亿 or 万亿 and the number it multiplies by. */
    public record Magnitude(String text, BigDecimal value) {}

    /** A unit as written after a number, resolved: 万亩 is (亩, 万). */
    public record Reading(Base base, Optional<Magnitude> magnitude) {
        /** How many of the dimension's base one of this unit is: 10,000 for 万元, 0.01 for 分. */
        public BigDecimal scale() {
            return magnitude.map(m -> base.factor().multiply(m.value())).orElse(base.factor());
        }
    }

    private static final List<Magnitude> MAGNITUDES = List.of(
            new Magnitude("万", BigDecimal.valueOf(10_000L)),
            new Magnitude("亿", BigDecimal.valueOf(100_000_000L)),
            new Magnitude("万亿", BigDecimal.valueOf(1_000_000_000_000L)));

    /** Longest first, so that 万亿元 is 万亿 + 元 and not 万 + 亿元. */
    private static final List<Magnitude> LONGEST_FIRST = MAGNITUDES.stream()
            .sorted(Comparator.comparingInt((Magnitude m) -> m.text().length()).reversed()).toList();

    /** Things counted in the policy text; each is its own dimension, since 2000家 and 120个 do not add up. */
    private static final List<String> COUNTS = List.of("家", "家次", "个", "条", "场", "栋", "张", "人", "人次", "项", "床", "所", "座",
            "户", "件", "套", "台", "名", "次");

    private static final List<Base> BASES = bases();

    private static final Map<String, Base> BY_SPELLING = index();

    private Units() {}

    private static List<Base> bases() {
        List<Base> b = new ArrayList<>();
        b.add(new Base("元", "元", "金额", BigDecimal.ONE, false, true, List.of("元")));
        b.add(new Base("美元", "美元", "美元金额", BigDecimal.ONE, false, true, List.of("美元")));
        b.add(new Base("分", "元", "金额", new BigDecimal("0.01"), false, true, List.of("分")));
        // a rate is a pure number: 5% = 0.05, 2倍 = 2; 万% would be a misprint, not a rate
        b.add(new Base("%", "%", "比例", new BigDecimal("0.01"), false, false, List.of("%", "％")));
        b.add(new Base("倍", "%", "比例", BigDecimal.ONE, false, false, List.of("倍")));
        b.add(measure("亩", "面积（亩）"));
        b.add(measure("平方米", "面积（平方米）"));
        b.add(measure("吨标准煤", "能耗（吨标准煤）"));
        b.add(measure("吨", "重量（吨）"));
        b.add(measure("千瓦时", "电量（千瓦时）"));
        b.add(measure("千瓦", "装机容量（千瓦）"));
        b.add(measure("公里", "长度（公里）"));
        b.add(measure("米", "长度（米）"));
        for (String c : COUNTS) {
            b.add(new Base(c, c, "数量（" + c + "）", BigDecimal.ONE, true, true, List.of(c)));
        }
        // 2024年 is a year in a target and 1年 a duration added to a date (毕业日期 + 1年); 万年 means nothing in a policy
        b.add(new Base("年", "年", "年（年份或期限）", BigDecimal.ONE, false, false, List.of("年")));
        b.add(measure("个月", "期限（月）"));
        b.add(measure("天", "期限（天）"));
        return List.copyOf(b);
    }

    private static Base measure(String name, String dimensionName) {
        return new Base(name, name, dimensionName, BigDecimal.ONE, false, true, List.of(name));
    }

    private static Map<String, Base> index() {
        Map<String, Base> bySpelling = new LinkedHashMap<>();
        for (Base b : BASES) {
            for (String s : b.spellings()) {
                if (bySpelling.put(s, b) != null) {
                    throw new IllegalStateException("unit 「" + s + "」 is in the table twice");
                }
            }
        }
        return bySpelling;
    }

    /** Every base unit, in the lexer's order. */
    public static List<Base> all() {
        return BASES;
    }

    /** 万, 亿, 万亿. */
    public static List<Magnitude> magnitudes() {
        return MAGNITUDES;
    }

    /** The base unit written so (元, ％), or empty. */
    public static Optional<Base> base(String spelling) {
        return Optional.ofNullable(BY_SPELLING.get(spelling));
    }

    /** Every way a unit may be written after a number: each spelling, and each magnitude before those that take one. */
    public static List<String> spellings() {
        List<String> out = new ArrayList<>();
        for (Base b : BASES) {
            for (String spelling : b.spellings()) {
                out.add(spelling);
                if (b.takesMagnitudes()) {
                    MAGNITUDES.forEach(m -> out.add(m.text() + spelling));
                }
            }
        }
        return out;
    }

    /** The names of the count units: 家, 家次, 个 …. */
    public static List<String> counts() {
        return BASES.stream().filter(Base::count).map(Base::name).toList();
    }

    /**
     * Resolves a unit as written after a number ("万元", "%", "亿千瓦时"); empty for an unknown unit, a
     * bare magnitude, or a magnitude before a unit that takes none (万%).
     */
    public static Optional<Reading> parse(String text) {
        for (Magnitude m : LONGEST_FIRST) {
            if (text.startsWith(m.text()) && text.length() > m.text().length()) {
                return base(text.substring(m.text().length())).filter(Base::takesMagnitudes).map(b -> new Reading(b, Optional.of(m)));
            }
        }
        return base(text).map(b -> new Reading(b, Optional.empty()));
    }

    /** The unit as the checker reads it: the same unit, each base in its first spelling (万％ → 万%). */
    public static String canonical(String text) {
        for (Map.Entry<String, Base> e : BY_SPELLING.entrySet()) {
            String spelling = e.getKey();
            if (text.endsWith(spelling) && !spelling.equals(e.getValue().name())) {
                return text.substring(0, text.length() - spelling.length()) + e.getValue().name();
            }
        }
        return text;
    }
}
