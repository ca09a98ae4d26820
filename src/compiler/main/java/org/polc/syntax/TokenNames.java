package org.polc.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.polc.syntax.antlr.PolLexer;

/** How tokens are named in messages to drafters: by what they look like, in Chinese. */
final class TokenNames {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(PolLexer.NAME, "名称"),
            Map.entry(PolLexer.STRING, "带引号的文字"),
            Map.entry(PolLexer.QUANTITY, "带单位的数（如 300万元）"),
            Map.entry(PolLexer.NUMBER, "数字"),
            Map.entry(PolLexer.DATE, "日期（如 2024-01-01）"),
            Map.entry(PolLexer.TITLE, "标题"),
            Map.entry(PolLexer.H_NUMBER, "编号（如 十四）"),
            Map.entry(PolLexer.COLON, "「：」"),
            Map.entry(PolLexer.COMMA, "「，」"),
            Map.entry(PolLexer.SEMI, "「；」"),
            Map.entry(PolLexer.LPAREN, "「（」"),
            Map.entry(PolLexer.RPAREN, "「）」"),
            Map.entry(PolLexer.ARROW, "「⇒」"),
            Map.entry(PolLexer.STRIVE, "「力争」"),
            Map.entry(PolLexer.AND, "「且」"),
            Map.entry(PolLexer.OR, "「或」"),
            Map.entry(PolLexer.GE_WORD, "「达到」等比较用语"),
            Map.entry(PolLexer.LE_WORD, "「不超过」等比较用语"),
            Map.entry(PolLexer.GT_WORD, "「超过」等比较用语"),
            Map.entry(PolLexer.LT_WORD, "「低于」等比较用语"),
            Map.entry(PolLexer.ABOVE, "「以上」"),
            Map.entry(PolLexer.BELOW, "「以下」"),

            Map.entry(PolLexer.PLUS, "「+」"),
            Map.entry(PolLexer.MINUS, "「-」"),
            Map.entry(PolLexer.TIMES, "「×」"),
            Map.entry(PolLexer.DIVIDE, "「÷」"),
            Map.entry(PolLexer.RANGE_DASH, "「~」"),
            Map.entry(PolLexer.DISCOUNT, "折扣（如 六五折）"),
            Map.entry(PolLexer.FRACTION, "分数（如 三分之二）"),
            Map.entry(PolLexer.RATIO, "比例（如 1:1）"),
            Map.entry(PolLexer.GE, "「≥」"),
            Map.entry(PolLexer.LE, "「≤」"),
            Map.entry(PolLexer.GT, "「>」"),
            Map.entry(PolLexer.LT, "「<」"),
            Map.entry(PolLexer.EQ, "「=」"),
            Map.entry(PolLexer.RAISE_TO, "「提高至」"),
            Map.entry(PolLexer.LOWER_TO, "「降低至」"),
            Map.entry(PolLexer.ADJUST_TO, "「调整为」"),
            Map.entry(PolLexer.UNRECOGNIZED, "其他符号"),
            Map.entry(PolLexer.H_OTHER, "编号（如 十四）"),
            Map.entry(PolLexer.REASON, "理由"),
            Map.entry(PolLexer.N_BARE, "不带引号的文字"),
            // layout the parser never expects, named all the same
            Map.entry(PolLexer.WS, "空格"),
            Map.entry(PolLexer.H_WS, "空格"),
            Map.entry(PolLexer.T_WS, "空格"),
            Map.entry(PolLexer.COMMENT, "注释"),
            Map.entry(PolLexer.H_END, "换行"),
            Map.entry(PolLexer.T_END, "换行"),
            Map.entry(PolLexer.N_WS, "空格"),
            Map.entry(PolLexer.N_COMMENT, "注释"),
            Map.entry(PolLexer.N_END, "换行"),
            Map.entry(PolLexer.R_WS, "空格"),
            Map.entry(PolLexer.R_END, "换行"),
            Map.entry(Token.EOF, "本条（本部分）的结尾"));

    private TokenNames() {}

    /** The offending token as the drafter sees it: 「给予」, or 文件结尾. */
    static String describe(Token token) {
        if (token == null || token.getType() == Token.EOF) {
            // A unit ends where the next heading begins (see PolParsing); name that heading.
            String text = token == null ? null : token.getText();
            return text == null || text.equals("<EOF>") ? "文件结尾" : "下一个「" + text + "」标题";
        }
        String text = token.getText();
        if (token.getType() == PolLexer.UNRECOGNIZED) {
            if (text.equals("“") || text.equals("\"") || text.equals("「")) {
                return "引号「" + text + "」（它没有对应的结束引号）";
            }
            return "无法识别的符号「" + text + "」";
        }
        if (text.length() > 20) {
            text = text.substring(0, 20) + "…";
        }
        return "「" + text + "」";
    }

    /** A set of expected tokens, the most telling first, at most six. */
    static String describe(IntervalSet set, Vocabulary vocabulary) {
        List<String> names = new ArrayList<>();
        for (int type : set.toArray()) {
            String name = NAMES.get(type);
            if (name == null) {
                String literal = vocabulary.getLiteralName(type);
                // every token has a name above or a single literal (TokenNamesTest): never ANTLR's rule name
                name = literal != null ? "「" + unescape(literal.substring(1, literal.length() - 1)) + "」" : "其他写法";
            }
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        if (names.size() > 6) {
            return String.join("、", names.subList(0, 6)) + " 等";
        }
        return String.join("、", names);
    }

    /** ANTLR writes non-ASCII literals as backslash-u escapes in its vocabulary. */
    private static String unescape(String literal) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == 0x5C && i + 5 < literal.length() && literal.charAt(i + 1) == 0x75) {
                sb.append((char) Integer.parseInt(literal.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
