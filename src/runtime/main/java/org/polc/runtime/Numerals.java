package org.polc.runtime;

/**
 * 读政策文本里写的十进制数。只认“[-]整数[.小数]”，数字可以是全角的（０-９、．、－），
 * 不认指数、千分位或正号：宁可拒绝，也不猜测写法含糊的金额。
 */
final class Numerals {

    private Numerals() {
    }

    /**
     * 把 {@code text} 规范成 ASCII 形式（如 "２００.５" → "200.5"），不合写法时返回 null。
     * 不去掉空白：调用方先决定哪里允许空白。
     */
    static String decimal(CharSequence text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        if (i < n && isMinus(text.charAt(i))) {
            out.append('-');
            i++;
        }
        int digitsBefore = 0;
        while (i < n && digit(text.charAt(i)) >= 0) {
            out.append((char) ('0' + digit(text.charAt(i))));
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0) {
            return null;
        }
        if (i < n && isPoint(text.charAt(i))) {
            out.append('.');
            i++;
            int digitsAfter = 0;
            while (i < n && digit(text.charAt(i)) >= 0) {
                out.append((char) ('0' + digit(text.charAt(i))));
                i++;
                digitsAfter++;
            }
            if (digitsAfter == 0) {
                return null;
            }
        }
        return i == n ? out.toString() : null;
    }

    /** 半角或全角数字的值，不是数字时为 -1（不用 Character.isDigit：它还认阿拉伯文等数字）。 */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '\uFF0D';
    }

    private static boolean isPoint(char c) {
        return c == '.' || c == '\uFF0E';
    }
}
