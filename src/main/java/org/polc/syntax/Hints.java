package org.polc.syntax;

import java.util.List;
import java.util.Optional;

/**
 * Chinese has no spaces, so the commonest slip is a keyword glued to a name: 若新增额, 三星以上.
 * The lexer then sees one long name. These hints say where the space belongs.
 */
public final class Hints {

    /** Keywords that most often get glued to a neighbour, longest first. */
    private static final List<String> GLUED = List.of(
            "按不超过", "否则若", "再给予", "最高可得", "及以上", "及以下", "不低于", "不超过", "较小值", "较大值",
            "否则", "给予", "不予", "以上", "以下", "以内", "达到", "超过", "低于", "不足", "不满", "属于", "查表",
            "最高", "并且", "或者", "若", "则", "且", "或", "非", "为", "达", "按");

    private Hints() {}

    /** A suggestion for a name that starts or ends with a keyword, e.g. 「若新增额」→「若 新增额」. */
    public static Optional<String> forToken(String text) {
        for (String k : GLUED) {
            if (text.length() > k.length() && text.startsWith(k)) {
                return Optional.of("关键字「" + k + "」与后面的名称连在了一起，请写成「" + k + " " + text.substring(k.length()) + "」");
            }
            if (text.length() > k.length() && text.endsWith(k)) {
                return Optional.of("关键字「" + k + "」与前面的名称连在了一起，请写成「" + text.substring(0, text.length() - k.length()) + " " + k + "」");
            }
        }
        return Optional.empty();
    }
}
