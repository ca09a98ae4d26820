package org.polc.vocabulary;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the numbers of a piece of policy text (a clause's or a Part's 原文), so that the compiler can
 * ask of each one which construct uses it. This is the one place that says what counts as a number
 * of the text; docs/language.md (数字覆盖) says the same for drafters.
 *
 * <p>What counts:
 * <ul>
 *   <li>Every Arabic number, in half- or full-width digits, with a decimal point and ASCII thousands
 *       separators (1,000), and with what follows it: a unit of {@link Units} with or without 万/亿/万亿,
 *       spaces and line breaks allowed in between as the text writes them (200 万元, 3.95%, 2024 年);
 *       a bare magnitude (859万); a counter of {@link #COUNTERS} (500强); nothing (“315”). A date
 *       (2024年1月1日) is one number; so is a ratio (1:1). A number joined to Latin letters (415X, 5G,
 *       5A) is a code, never a quantity. A number just before a dash or 至 and a number with a unit
 *       takes that unit (1~2个 is 1个 to 2个; 2023—2025年).</li>
 *   <li>A Chinese numeral (一 … 九, 两, 零/〇, 十, 百, 千, 万, 亿) only when it states a quantity or a
 *       rank: followed by a unit of {@link Units} (七个, 三名, 千项, 万亩, 两倍), by a counter of
 *       {@link #COUNTERS} (五大, 五星, 三星级, 一等奖, 三级, 百强, 二孩), or written as a fraction
 *       (三分之二, 百分之五), a discount (六五折, 八折) or a year in digits (二〇二四年).</li>
 * </ul>
 *
 * <p>What does not count, and why:
 * <ul>
 *   <li>A Chinese numeral followed by anything else: 一体化, 统一, 一流, 进一步, 一定比例, 四好农村路,
 *       两清零一提升 are words, not amounts.</li>
 *   <li>A lone 一 before a unit or counter other than a rank or a period of time: it is the indefinite
 *       article (一批, 一个, 一项, 一次性 = "one-off"), not a count. 一等奖, 一星, 一级 (ranks) and
 *       一年, 一个月, 一天 (periods) do count.</li>
 *   <li>A Chinese numeral after 第: an ordinal (第三届, 第一城), which names, not counts.</li>
 *   <li>分 after a Chinese numeral (十分, 百分比): it is never the money unit there.</li>
 * </ul>
 * Known false positives of these rules, left to a narrative mark: idioms such as 千家万户 and terms such
 * as 二次供水.
 *
 * <p>Offsets are char (UTF-16) indices into the text; every character the finder looks at is in the BMP.
 */
public final class TextNumbers {

    /** What a found number is. */
    public enum Kind {
        /** A number with a unit of {@link Units}: 200万元, 5%, 2倍, 2000家, 2024年, 七个. */
        QUANTITY,
        /** A number with no unit: “315”, 2.5, 859万. */
        PLAIN,
        /** 三分之二, 百分之五. */
        FRACTION,
        /** 六五折, 八折. */
        DISCOUNT,
        /** 1:1. */
        RATIO,
        /** 2024年1月1日. */
        DATE,
        /** A numeral with a counter that is not a unit: 五大, 五星, 三星级, 一等奖, 百强. */
        COUNTER,
        /** Digits joined to Latin letters: 415X, 5G. */
        CODE
    }

    /**
     * One number of the text.
     *
     * @param start char index of its first character
     * @param end char index just after its last character
     * @param spelling the text from {@code start} to {@code end}, as written
     * @param numerator with {@code denominator}, the number before its unit (200 for 200万元, 13/20 for
     *     六五折, 2/3 for 三分之二, 8590000 for 859万, the digits of a code, 0 for a date)
     * @param unit the unit after the number as {@link Units#canonical} writes it (万元, %), or the counter
     *     (大, 星, 等奖; 星级 is 星); "" for none
     * @param date the day, for a {@link Kind#DATE}
     */
    public record Found(int start, int end, String spelling, Kind kind, BigInteger numerator, BigInteger denominator, String unit,
            Optional<LocalDate> date) {

        /** The spelling with its spaces and line breaks folded to one space: how messages quote it. */
        public String shown() {
            return spelling.strip().replaceAll("[\\s\u3000\u00A0]+", " ");
        }
    }

    /**
     * Counters that make a Chinese numeral before them a number although they are not units: ranks
     * (等奖, 星级, 星, 等, 级, 强, 佳, 甲) and counts of what the text lists (大, 类, 种, 方面, 孩, 县). Longer
     * first where they share a start.
     */
    public static final List<String> COUNTERS = List.of("等奖", "星级", "星", "等", "级", "强", "佳", "甲", "大", "类", "种", "方面", "孩", "县");

    /** Counters after which even a lone 一 is a number: it then names a rank (一等奖, 一星, 一级). */
    private static final Set<String> RANKS = Set.of("等奖", "星级", "星", "等", "级");

    /** Units after which a lone 一 is a number: a period (一年内), not an article. */
    private static final Set<String> PERIODS = Set.of("年", "个月", "天");

    private static final String CN_DIGITS = "零一二三四五六七八九";
    private static final String CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿";
    private static final String DASHES = "~～—–－-至到";

    /** Every spelling of a unit, with and without a magnitude, by its first character, longest first. */
    private static final Map<Character, List<String>> UNIT_SPELLINGS = Units.spellings().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.groupingBy(u -> u.charAt(0), Collectors.toList()));

    private static final List<Units.Magnitude> MAGNITUDES = Units.magnitudes().stream()
            .sorted(Comparator.comparingInt((Units.Magnitude m) -> m.text().length()).reversed()).toList();

    private TextNumbers() {}

    /** The numbers of {@code text}, in order. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                Found f = arabic(text, i);
                found.add(f);
                i = Math.max(f.end(), i + 1);
            } else if (CN_NUMERAL.indexOf(c) >= 0) {
                int runEnd = run(text, i);
                Optional<Found> f = i > 0 && text.charAt(i - 1) == '第' ? Optional.empty() : chinese(text, i, runEnd);
                f.ifPresent(found::add);
                i = f.map(Found::end).orElse(runEnd);
            } else {
                i++;
            }
        }
        return List.copyOf(found);
    }

    // ------------------------------------------------------------ Arabic numbers

    private static Found arabic(String text, int start) {
        int j = digits(text, start);
        StringBuilder value = new StringBuilder(ascii(text.substring(start, j)));
        // 1,000: a thousands separator only after a first group of one to three digits and before
        // exactly three digits; the Chinese comma ，never is one
        if (j - start <= 3) {
            while (at(text, j, ',') && digits(text, j + 1) == j + 4) {
                value.append(ascii(text.substring(j + 1, j + 4)));
                j += 4;
            }
        }
        boolean integer = true;
        if ((at(text, j, '.') || at(text, j, '．')) && j + 1 < text.length() && isDigit(text.charAt(j + 1))) {
            int k = digits(text, j + 1);
            value.append('.').append(ascii(text.substring(j + 1, k)));
            j = k;
            integer = false;
        }
        if (start > 0 && isLatin(text.charAt(start - 1)) || j < text.length() && isLatin(text.charAt(j))) {
            int from = start;
            while (from > 0 && isLatin(text.charAt(from - 1))) {
                from--;
            }
            int to = j;
            while (to < text.length() && (isLatin(text.charAt(to)) || isDigit(text.charAt(to)))) {
                to++;
            }
            return found(text, from, to, Kind.CODE, new BigInteger(ascii(text.substring(start, digits(text, start)))), BigInteger.ONE, "");
        }
        BigInteger[] fraction = decimal(value.toString());
        if (integer) {
            Optional<Found> date = date(text, start, j);
            if (date.isPresent()) {
                return date.get();
            }
            Optional<Found> ratio = ratio(text, start, j);
            if (ratio.isPresent()) {
                return ratio.get();
            }
        }
        int k = spaces(text, j);
        Optional<String> unit = unitAt(text, k, true);
        if (unit.isPresent()) {
            return found(text, start, k + unit.get().length(), Kind.QUANTITY, fraction[0], fraction[1], Units.canonical(unit.get()));
        }
        for (Units.Magnitude m : MAGNITUDES) {
            if (text.startsWith(m.text(), k)) {
                BigInteger scale = m.value().toBigIntegerExact();
                return found(text, start, k + m.text().length(), Kind.PLAIN, fraction[0].multiply(scale), fraction[1], "");
            }
        }
        Optional<String> counter = counterAt(text, k);
        if (counter.isPresent()) {
            return found(text, start, k + counter.get().length(), Kind.COUNTER, fraction[0], fraction[1], normal(counter.get()));
        }
        Optional<String> rangeUnit = rangeUnit(text, j);
        if (rangeUnit.isPresent()) {
            return found(text, start, j, Kind.QUANTITY, fraction[0], fraction[1], rangeUnit.get());
        }
        return found(text, start, j, Kind.PLAIN, fraction[0], fraction[1], "");
    }

    /** 2024年1月1日, with or without spaces: one number, the day. */
    private static Optional<Found> date(String text, int start, int yearEnd) {
        if (yearEnd - start != 4) {
            return Optional.empty();
        }
        int[] parts = new int[3];
        parts[0] = Integer.parseInt(ascii(text.substring(start, yearEnd)));
        int j = yearEnd;
        String marks = "年月日";
        for (int p = 0; p < 3; p++) {
            j = spaces(text, j);
            if (!at(text, j, marks.charAt(p))) {
                return Optional.empty();
            }
            j++;
            if (p == 2) {
                break;
            }
            j = spaces(text, j);
            int end = digits(text, j);
            if (end == j || end - j > 2) {
                return Optional.empty();
            }
            parts[p + 1] = Integer.parseInt(ascii(text.substring(j, end)));
            j = end;
        }
        try {
            LocalDate day = LocalDate.of(parts[0], parts[1], parts[2]);
            return Optional.of(new Found(start, j, text.substring(start, j), Kind.DATE, BigInteger.ZERO, BigInteger.ONE, "", Optional.of(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 1:1, 1：2: the ratio b/a, as Pol reads 配套 ratios. */
    private static Optional<Found> ratio(String text, int start, int firstEnd) {
        int k = spaces(text, firstEnd);
        if (!at(text, k, ':') && !at(text, k, '：')) {
            return Optional.empty();
        }
        int from = spaces(text, k + 1);
        int end = digits(text, from);
        if (end == from || end < text.length() && (isLatin(text.charAt(end)) || text.charAt(end) == '.')) {
            return Optional.empty();
        }
        BigInteger a = new BigInteger(ascii(text.substring(start, firstEnd)));
        BigInteger b = new BigInteger(ascii(text.substring(from, end)));
        if (a.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(found(text, start, end, Kind.RATIO, b, a, ""));
    }

    /** The unit of the number after a range dash (1~2个, 2023—2025年), if it has one. */
    private static Optional<String> rangeUnit(String text, int end) {
        int k = spaces(text, end);
        if (k >= text.length() || DASHES.indexOf(text.charAt(k)) < 0) {
            return Optional.empty();
        }
        int from = spaces(text, k + 1);
        int j = digits(text, from);
        if (j == from) {
            return Optional.empty();
        }
        if ((at(text, j, '.') || at(text, j, '．')) && digits(text, j + 1) > j + 1) {
            j = digits(text, j + 1);
        }
        return unitAt(text, spaces(text, j), true).map(Units::canonical);
    }

    // ------------------------------------------------------------ Chinese numerals

    private static Optional<Found> chinese(String text, int start, int runEnd) {
        Optional<Found> fraction = fraction(text, start, runEnd);
        if (fraction.isPresent()) {
            return fraction;
        }
        String run = text.substring(start, runEnd);
        if (run.length() <= 2 && at(text, runEnd, '折') && run.chars().allMatch(c -> CN_DIGITS.indexOf(c == '两' ? '二' : c) >= 0)) {
            int percent = 0;
            for (char c : run.toCharArray()) {
                percent = percent * 10 + CN_DIGITS.indexOf(c == '两' ? '二' : c);
            }
            // 八折 = 80%, 六五折 = 65%
            percent = run.length() == 1 ? percent * 10 : percent;
            return Optional.of(found(text, start, runEnd + 1, Kind.DISCOUNT, BigInteger.valueOf(percent), BigInteger.valueOf(100), ""));
        }
        Optional<BigInteger> value = run.chars().allMatch(c -> CN_DIGITS.indexOf(c) >= 0 || c == '〇') && run.length() >= 2
                ? digitString(run).filter(v -> at(text, runEnd, '年'))
                : numeral(run);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        boolean lone = run.equals("一");
        Optional<String> unit = unitAt(text, runEnd, false);
        if (unit.isPresent()) {
            if (lone && !PERIODS.contains(unit.get())) {
                return Optional.empty();
            }
            return Optional.of(found(text, start, runEnd + unit.get().length(), Kind.QUANTITY, value.get(), BigInteger.ONE,
                    Units.canonical(unit.get())));
        }
        Optional<String> counter = counterAt(text, runEnd);
        if (counter.isPresent() && !(lone && !RANKS.contains(counter.get()))) {
            return Optional.of(found(text, start, runEnd + counter.get().length(), Kind.COUNTER, value.get(), BigInteger.ONE,
                    normal(counter.get())));
        }
        return Optional.empty();
    }

    /** 三分之二, 百分之五: the run before 分之 is the denominator. */
    private static Optional<Found> fraction(String text, int start, int runEnd) {
        if (!text.startsWith("分之", runEnd)) {
            return Optional.empty();
        }
        int from = runEnd + 2;
        int end = run(text, from);
        Optional<BigInteger> d = numeral(text.substring(start, runEnd));
        Optional<BigInteger> n = end > from ? numeral(text.substring(from, end)) : Optional.empty();
        if (d.isEmpty() || n.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(found(text, start, end, Kind.FRACTION, n.get(), d.get(), ""));
    }

    /**
     * The value of a numeral with 十/百/千/万/亿 (一百二十, 千万, 万亿); empty for one that is not well
     * formed (二三, 十十). 零 may stand between (一百零五).
     */
    static Optional<BigInteger> numeral(String run) {
        BigInteger total = BigInteger.ZERO;
        BigInteger section = BigInteger.ZERO;
        int digit = -1;
        for (char c : run.toCharArray()) {
            int d = CN_DIGITS.indexOf(c == '两' ? '二' : c == '〇' ? '零' : c);
            if (d >= 0) {
                if (digit > 0 && d > 0) {
                    return Optional.empty();
                }
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                default -> 100_000_000; // 亿
            };
            BigInteger n = BigInteger.valueOf(digit <= 0 ? (digit == 0 ? 0 : 1) : digit);
            if (unit < 10_000) {
                if (digit == 0) {
                    return Optional.empty();
                }
                section = section.add(n.multiply(BigInteger.valueOf(unit)));
            } else {
                section = section.add(digit > 0 ? n : BigInteger.ZERO);
                if (section.signum() == 0 && total.signum() == 0) {
                    section = BigInteger.ONE;
                }
                total = unit == 10_000 ? total.add(section.multiply(BigInteger.valueOf(unit)))
                        : total.add(section).multiply(BigInteger.valueOf(unit));
                section = BigInteger.ZERO;
            }
            digit = -1;
        }
        BigInteger value = total.add(section).add(BigInteger.valueOf(Math.max(digit, 0)));
        return value.signum() > 0 ? Optional.of(value) : Optional.empty();
    }

    /** 二〇二四 = 2024: digits one by one, as years are written. */
    private static Optional<BigInteger> digitString(String run) {
        StringBuilder sb = new StringBuilder();
        for (char c : run.toCharArray()) {
            sb.append(CN_DIGITS.indexOf(c == '〇' ? '零' : c));
        }
        return Optional.of(new BigInteger(sb.toString()));
    }

    // ------------------------------------------------------------ helpers

    private static Optional<String> unitAt(String text, int k, boolean afterDigits) {
        if (k >= text.length()) {
            return Optional.empty();
        }
        for (String u : UNIT_SPELLINGS.getOrDefault(text.charAt(k), List.of())) {
            if (text.startsWith(u, k)) {
                // after a Chinese numeral, 分 is 十分 / 百分比, and % follows only digits
                if (!afterDigits && (u.equals("分") || u.equals("%") || u.equals("％"))) {
                    continue;
                }
                // after a Chinese numeral the numeral holds the magnitude: 五万元 is 五万 + 元
                if (!afterDigits && u.length() > 1 && (u.startsWith("万") || u.startsWith("亿")) && Units.base(u).isEmpty()) {
                    continue;
                }
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> counterAt(String text, int k) {
        return COUNTERS.stream().filter(c -> text.startsWith(c, k)).findFirst();
    }

    /** 三星级 and 三星 are the same rank. */
    private static String normal(String counter) {
        return counter.equals("星级") ? "星" : counter;
    }

    private static Found found(String text, int start, int end, Kind kind, BigInteger n, BigInteger d, String unit) {
        return new Found(start, end, text.substring(start, end), kind, n, d, unit, Optional.empty());
    }

    private static BigInteger[] decimal(String digits) {
        int dot = digits.indexOf('.');
        if (dot < 0) {
            return new BigInteger[] {new BigInteger(digits), BigInteger.ONE};
        }
        String whole = digits.substring(0, dot) + digits.substring(dot + 1);
        return new BigInteger[] {new BigInteger(whole), BigInteger.TEN.pow(digits.length() - dot - 1)};
    }

    private static int run(String text, int from) {
        int j = from;
        while (j < text.length() && CN_NUMERAL.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    private static int digits(String text, int from) {
        int j = from;
        while (j < text.length() && isDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int spaces(String text, int from) {
        int j = from;
        while (j < text.length() && (Character.isWhitespace(text.charAt(j)) || text.charAt(j) == '\u3000' || text.charAt(j) == '\u00A0')) {
            j++;
        }
        return j;
    }

    private static boolean at(String text, int i, char c) {
        return i < text.length() && text.charAt(i) == c;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 'ａ' && c <= 'ｚ' || c >= 'Ａ' && c <= 'Ｚ';
    }

    private static String ascii(String digits) {
        StringBuilder sb = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return sb.toString();
    }
}
