package org.polc.vocabulary;

import java.util.Optional;

/**
 * Chinese has no spaces, so the commonest slip is a keyword glued to a name: 若新增额, 三星以上.
 * The lexer then sees one long name. These hints say where the space belongs; the keywords are
 * those of {@link Keywords#glued()}.
 */
public final class GluedKeywords {

    private GluedKeywords() {}

    /** A suggestion for a name that starts or ends with a keyword, e.g. 「若新增额」→「若 新增额」. */
    public static Optional<String> hint(String text) {
        for (String k : Keywords.glued()) {
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
