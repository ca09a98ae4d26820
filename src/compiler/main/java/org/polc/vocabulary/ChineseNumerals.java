package org.polc.vocabulary;

import java.util.OptionalInt;

/**
 * Chinese numerals as the policy numbers its Parts and clauses: 一 … 十 … 七十六 … 一百二十.
 * Arabic digits are accepted too.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    /**
     * The number a numeral stands for; empty for anything but a well-formed positive numeral
     * (一百零十, 十零, 零一 and 014 are typos, not numbers, and must not silently become clause 100).
     */
    public static OptionalInt parse(String text) {
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (text.length() > 6 || text.startsWith("0")) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(text));
        }
        OptionalInt n = parseLoosely(text);
        if (n.isEmpty()) {
            return n;
        }
        String canonical = format(n.getAsInt());
        String written = text.replace('两', '二');
        // 一十四 for 十四 is fine, and so is a bare 百 for 一百 (百分之五).
        boolean wellFormed = written.equals(canonical) || canonical.startsWith("十") && written.equals("一" + canonical)
                || canonical.startsWith("一百") && written.equals(canonical.substring(1));
        return wellFormed ? n : OptionalInt.empty();
    }

    private static OptionalInt parseLoosely(String text) {
        String s = text.replace('两', '二');
        int total = 0;
        int current = -1;
        boolean sawHundred = false;
        boolean sawTen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = DIGITS.indexOf(c);
            if (digit >= 0) {
                if (current >= 0 && current != 0 && digit != 0) {
                    // two digits in a row (一二) is not a numeral, except 零 fillers
                    return OptionalInt.empty();
                }
                current = digit;
            } else if (c == '百') {
                if (sawHundred || sawTen || current == 0) {
                    return OptionalInt.empty();
                }
                total += (current < 0 ? 1 : current) * 100;
                current = -1;
                sawHundred = true;
            } else if (c == '十') {
                if (sawTen) {
                    return OptionalInt.empty();
                }
                total += (current < 0 ? 1 : current) * 10;
                current = -1;
                sawTen = true;
            } else {
                return OptionalInt.empty();
            }
        }
        if (current > 0) {
            total += current;
        }
        return total == 0 ? OptionalInt.empty() : OptionalInt.of(total);
    }

    /** 14 → 十四, 76 → 七十六, 100 → 一百. For messages ("第十四条"). */
    public static String format(int n) {
        if (n <= 0 || n >= 1000) {
            return String.valueOf(n);
        }
        StringBuilder sb = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            sb.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                sb.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                sb.append(DIGITS.charAt(tens));
            }
            sb.append('十');
        }
        if (ones > 0) {
            sb.append(DIGITS.charAt(ones));
        }
        return sb.toString();
    }
}
