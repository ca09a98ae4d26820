package org.polc.vocabulary;

import static org.polc.vocabulary.Comparison.EQ;
import static org.polc.vocabulary.Comparison.GE;
import static org.polc.vocabulary.Comparison.GT;
import static org.polc.vocabulary.Comparison.LE;
import static org.polc.vocabulary.Comparison.LT;
import static org.polc.vocabulary.ComparisonWords.Position.AFTER;
import static org.polc.vocabulary.ComparisonWords.Position.BEFORE;
import static org.polc.vocabulary.ComparisonWords.Position.SYMBOL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison words of Pol, one row each: the only place that says what a word means. The
 * lexer lists the same words (ANTLR needs literals); {@code VocabularyAgreementTest} fails when the
 * two differ, and a word the lexer knows but this table does not is reported as
 * {@code vocabulary.unknown}, never guessed.
 *
 * <p>《民法典》第一千二百五十九条：“民法所称的‘以上’‘以下’‘以内’‘届满’，包括本数；所称的‘不满’‘超过’‘以外’，
 * 不包括本数。” The policy's other words are read the same way: 达/达到/不低于 include the number,
 * 高于/低于/不足 exclude it.
 *
 * <p>The rows are in the lexer's order, so lists drawn from the table (the fuzz generator's) keep
 * their order when a word is added at the end of its rule.
 */
public final class ComparisonWords {

    /** Where a word stands relative to the number it compares with. */
    public enum Position {
        /** a word before the number: 不低于 200万元 */
        BEFORE,
        /** a word after the number: 200万元 以上 */
        AFTER,
        /** a symbol before the number: ≥ 200万元 */
        SYMBOL
    }

    /**
     * One comparison word.
     *
     * @param text the word as written
     * @param relation what it stands for
     * @param includesTheNumber whether the number itself satisfies it (以上 yes, 超过 no)
     * @param position where it stands
     * @param token the lexer rule that recognises it (grammar/PolLexer.g4)
     * @param note where its meaning comes from
     */
    public record Word(String text, Comparison relation, boolean includesTheNumber, Position position, String token, String note) {
        public Word {
            // the relation already says whether the number is included; a row that says otherwise is a typo
            boolean inclusive = relation == GE || relation == LE || relation == EQ;
            if (inclusive != includesTheNumber) {
                throw new IllegalArgumentException("「" + text + "」: " + relation + " and includesTheNumber=" + includesTheNumber + " disagree");
            }
        }
    }

    private static final boolean INCLUDES = true;
    private static final boolean EXCLUDES = false;

    private static final String LAW_INCLUDES = "《民法典》第一千二百五十九条：包括本数";
    private static final String LAW_EXCLUDES = "《民法典》第一千二百五十九条：不包括本数";
    private static final String LIKE_INCLUDES = "与《民法典》第一千二百五十九条同理：包括本数";
    private static final String LIKE_EXCLUDES = "与《民法典》第一千二百五十九条同理：不包括本数";
    private static final String MATHS = "数学符号";

    private static final List<Word> WORDS = List.of(
            new Word("达到", GE, INCLUDES, BEFORE, "GE_WORD", LIKE_INCLUDES),
            new Word("达", GE, INCLUDES, BEFORE, "GE_WORD", LIKE_INCLUDES),
            new Word("不低于", GE, INCLUDES, BEFORE, "GE_WORD", LIKE_INCLUDES),
            new Word("不少于", GE, INCLUDES, BEFORE, "GE_WORD", LIKE_INCLUDES),
            new Word("不小于", GE, INCLUDES, BEFORE, "GE_WORD", LIKE_INCLUDES),
            new Word("不超过", LE, INCLUDES, BEFORE, "LE_WORD", LIKE_INCLUDES),
            new Word("不高于", LE, INCLUDES, BEFORE, "LE_WORD", LIKE_INCLUDES),
            new Word("不多于", LE, INCLUDES, BEFORE, "LE_WORD", LIKE_INCLUDES),
            new Word("不大于", LE, INCLUDES, BEFORE, "LE_WORD", LIKE_INCLUDES),
            new Word("超过", GT, EXCLUDES, BEFORE, "GT_WORD", LAW_EXCLUDES),
            new Word("高于", GT, EXCLUDES, BEFORE, "GT_WORD", LIKE_EXCLUDES),
            new Word("多于", GT, EXCLUDES, BEFORE, "GT_WORD", LIKE_EXCLUDES),
            new Word("大于", GT, EXCLUDES, BEFORE, "GT_WORD", LIKE_EXCLUDES),
            new Word("低于", LT, EXCLUDES, BEFORE, "LT_WORD", LIKE_EXCLUDES),
            new Word("少于", LT, EXCLUDES, BEFORE, "LT_WORD", LIKE_EXCLUDES),
            new Word("小于", LT, EXCLUDES, BEFORE, "LT_WORD", LIKE_EXCLUDES),
            new Word("不足", LT, EXCLUDES, BEFORE, "LT_WORD", LIKE_EXCLUDES),
            new Word("不满", LT, EXCLUDES, BEFORE, "LT_WORD", LAW_EXCLUDES),
            new Word("等于", EQ, INCLUDES, BEFORE, "EQ_WORD", "恰好相等"),
            new Word("以上", GE, INCLUDES, AFTER, "ABOVE", LAW_INCLUDES),
            new Word("及以上", GE, INCLUDES, AFTER, "ABOVE", LAW_INCLUDES),
            new Word("以下", LE, INCLUDES, AFTER, "BELOW", LAW_INCLUDES),
            new Word("及以下", LE, INCLUDES, AFTER, "BELOW", LAW_INCLUDES),
            new Word("以内", LE, INCLUDES, AFTER, "WITHIN", LAW_INCLUDES),
            // Dates: 以前/以后 include the day named, by the same reasoning as 以上/以下/以内 include the
            // number (the article lists 以上、以下、以内、届满; 以前/以后 are the same kind of word for time).
            new Word("以前", LE, INCLUDES, AFTER, "EARLIER", "与《民法典》第一千二百五十九条同理：包括当日"),
            new Word("以后", GE, INCLUDES, AFTER, "LATER", "与《民法典》第一千二百五十九条同理：包括当日"),
            new Word("≥", GE, INCLUDES, SYMBOL, "GE", MATHS),
            new Word(">=", GE, INCLUDES, SYMBOL, "GE", MATHS),
            new Word("＞＝", GE, INCLUDES, SYMBOL, "GE", MATHS),
            new Word("≤", LE, INCLUDES, SYMBOL, "LE", MATHS),
            new Word("<=", LE, INCLUDES, SYMBOL, "LE", MATHS),
            new Word("＜＝", LE, INCLUDES, SYMBOL, "LE", MATHS),
            new Word(">", GT, EXCLUDES, SYMBOL, "GT", MATHS),
            new Word("＞", GT, EXCLUDES, SYMBOL, "GT", MATHS),
            new Word("<", LT, EXCLUDES, SYMBOL, "LT", MATHS),
            new Word("＜", LT, EXCLUDES, SYMBOL, "LT", MATHS),
            new Word("=", EQ, INCLUDES, SYMBOL, "EQ", MATHS),
            new Word("＝", EQ, INCLUDES, SYMBOL, "EQ", MATHS));

    private static final Map<String, Word> BY_TEXT = index();

    private ComparisonWords() {}

    private static Map<String, Word> index() {
        Map<String, Word> byText = new LinkedHashMap<>();
        for (Word w : WORDS) {
            if (byText.put(w.text(), w) != null) {
                throw new IllegalStateException("「" + w.text() + "」 is in the table twice");
            }
        }
        return byText;
    }

    /** Every row, in the lexer's order. */
    public static List<Word> all() {
        return WORDS;
    }

    /** The row of a word, or empty for a word that is not a comparison word. */
    public static Optional<Word> find(String text) {
        return Optional.ofNullable(BY_TEXT.get(text));
    }

    /** The words of one relation at one position, in the lexer's order: 以上, 及以上 for (GE, AFTER). */
    public static List<String> words(Comparison relation, Position position) {
        return WORDS.stream().filter(w -> w.relation() == relation && w.position() == position).map(Word::text).toList();
    }
}
