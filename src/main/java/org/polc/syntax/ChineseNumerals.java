package org.polc.syntax;

import java.util.OptionalInt;

/**
 * Chinese numerals as the policy numbers its Parts and clauses: 一 … 十 … 七十六 … 一百二十.
 * Arabic digits are accepted too.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    public static OptionalInt parse(String text) {
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.length() > 6 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
        }
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
