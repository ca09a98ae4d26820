package org.polc.vocabulary;

import java.util.Optional;

/**
 * The legal meaning of the comparison words, 《民法典》第一千二百五十九条：“民法所称的‘以上’‘以下’
 * ‘以内’‘届满’，包括本数；所称的‘不满’‘超过’‘以外’，不包括本数。” The policy's other words follow the
 * same reading: 达/达到/不低于 include the number, 低于/不足 exclude it. The words and their meaning
 * are the rows of {@link ComparisonWords}; this class says how two of them combine.
 */
public final class LegalWords {

    private LegalWords() {}

    /** The relation one word stands for, or empty for a word that is not a comparison word. */
    public static Optional<Comparison> meaning(String word) {
        return ComparisonWords.find(word).map(ComparisonWords.Word::relation);
    }

    /** Whether the word includes the number it names (以上 yes, 超过 no). */
    public static boolean includesTheNumber(String word) {
        return row(word).includesTheNumber();
    }

    /**
     * Why two words cannot stand together, in a drafter's words: they disagree on whether the number
     * is included (超过 … 以上), or point in opposite directions (不超过 … 以上).
     */
    public static String conflict(String before, String after) {
        Comparison b = relation(before);
        Comparison a = relation(after);
        if (b == Comparison.EQ || a == Comparison.EQ) {
            return "「" + (b == Comparison.EQ ? before : after) + "」表示恰好相等，不能再与「" + (b == Comparison.EQ ? after : before)
                    + "」连用（《民法典》第一千二百五十九条）";
        }
        boolean upward = b == Comparison.GE || b == Comparison.GT;
        boolean otherUpward = a == Comparison.GE || a == Comparison.GT;
        if (upward != otherUpward) {
            return "「" + before + "」表示" + (upward ? "不少于" : "不多于") + "，「" + after + "」表示" + (otherUpward ? "不少于" : "不多于")
                    + "，方向相反（《民法典》第一千二百五十九条）";
        }
        return "「" + before + "」" + (includesTheNumber(before) ? "包括" : "不包括") + "本数，「" + after + "」"
                + (includesTheNumber(after) ? "包括" : "不包括") + "本数（《民法典》第一千二百五十九条）";
    }

    /**
     * Combines a word before the number with one after it ("达 1亿元 以上"). Both present must mean
     * the same: "超过 200万元 以上" mixes a word that excludes the number with one that includes it,
     * which a court could read either way, so it is rejected.
     *
     * @return the relation, or empty when the two words disagree
     * @throws IllegalArgumentException for a word that is not in {@link ComparisonWords}: dropping it
     *     would read "逾 200万元 以上" as "200万元 以上", so callers report unknown words first
     */
    public static Optional<Comparison> combine(Optional<String> before, Optional<String> after) {
        Optional<Comparison> b = before.map(LegalWords::relation);
        Optional<Comparison> a = after.map(LegalWords::relation);
        if (b.isPresent() && a.isPresent()) {
            return b.get() == a.get() ? b : Optional.empty();
        }
        return b.isPresent() ? b : a;
    }

    private static Comparison relation(String word) {
        return row(word).relation();
    }

    private static ComparisonWords.Word row(String word) {
        return ComparisonWords.find(word).orElseThrow(() -> new IllegalArgumentException("not a comparison word: " + word));
    }
}
