package org.polc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.eval.Interpreter;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.Target;
import org.polc.runtime.Money;
import org.polc.runtime.ResultKind;
import org.polc.testing.Fixtures;

/**
 * The comparison words keep their legal meaning, 《民法典》第一千二百五十九条：“民法所称的‘以上’‘以下’‘以内’
 * ‘届满’，包括本数；所称的‘不满’‘超过’‘以外’，不包括本数。” The policy's other words read the same way:
 * 达/达到/不低于/不少于/不小于/不超过/不高于/不多于/不大于 include the number, 高于/多于/大于/低于/少于/小于/不足
 * exclude it.
 *
 * <p>Every word is put into a one-calculator policy, {@code 补助 试算：若 <条件> 则 给予 1万元 否则 不予},
 * and evaluated by the interpreter one 分 below the threshold, at it, and one 分 above it. The
 * expected kind comes from the table below (the law), never from polc.
 */
class LegalWordsTest {

    /** The threshold in every condition: 200万元 = 200,000,000 分. */
    private static final String THRESHOLD = "200万元";
    private static final long THRESHOLD_FEN = 200_000_000L;

    /** Which side of the number the word admits. */
    enum Direction {
        /** the number and above it (以上) or strictly above it (超过) */
        UP,
        /** the number and below it (以下) or strictly below it (不满) */
        DOWN,
        /** only the number itself (等于) */
        EQUAL
    }

    /** Where the word stands relative to the number. */
    enum Position {
        /** 新增额 超过 200万元 */
        PREFIX,
        /** 新增额 200万元 以上 */
        SUFFIX
    }

    /** The legal table: word, position, includes the number?, direction. Written from the law, not from polc. */
    static Stream<Arguments> legalTable() {
        return Stream.of(
                // 《民法典》第一千二百五十九条：以上、以下、以内包括本数
                Arguments.of("以上", Position.SUFFIX, true, Direction.UP),
                Arguments.of("及以上", Position.SUFFIX, true, Direction.UP),
                Arguments.of("以下", Position.SUFFIX, true, Direction.DOWN),
                Arguments.of("及以下", Position.SUFFIX, true, Direction.DOWN),
                Arguments.of("以内", Position.SUFFIX, true, Direction.DOWN),
                // 以前、以后：与以上、以下、以内同理，包括当日（本数）
                Arguments.of("以前", Position.SUFFIX, true, Direction.DOWN),
                Arguments.of("以后", Position.SUFFIX, true, Direction.UP),
                // 超过、不满不包括本数
                Arguments.of("超过", Position.PREFIX, false, Direction.UP),
                Arguments.of("不满", Position.PREFIX, false, Direction.DOWN),
                // the policy's words: reaching, not lower than … include the number
                Arguments.of("达", Position.PREFIX, true, Direction.UP),
                Arguments.of("达到", Position.PREFIX, true, Direction.UP),
                Arguments.of("不低于", Position.PREFIX, true, Direction.UP),
                Arguments.of("不少于", Position.PREFIX, true, Direction.UP),
                Arguments.of("不小于", Position.PREFIX, true, Direction.UP),
                Arguments.of("不超过", Position.PREFIX, true, Direction.DOWN),
                Arguments.of("不高于", Position.PREFIX, true, Direction.DOWN),
                Arguments.of("不多于", Position.PREFIX, true, Direction.DOWN),
                Arguments.of("不大于", Position.PREFIX, true, Direction.DOWN),
                // higher than, less than … exclude it
                Arguments.of("高于", Position.PREFIX, false, Direction.UP),
                Arguments.of("多于", Position.PREFIX, false, Direction.UP),
                Arguments.of("大于", Position.PREFIX, false, Direction.UP),
                Arguments.of("低于", Position.PREFIX, false, Direction.DOWN),
                Arguments.of("少于", Position.PREFIX, false, Direction.DOWN),
                Arguments.of("小于", Position.PREFIX, false, Direction.DOWN),
                Arguments.of("不足", Position.PREFIX, false, Direction.DOWN),
                Arguments.of("等于", Position.PREFIX, true, Direction.EQUAL),
                // symbols, half-width and full-width
                Arguments.of("≥", Position.PREFIX, true, Direction.UP),
                Arguments.of(">=", Position.PREFIX, true, Direction.UP),
                Arguments.of("＞＝", Position.PREFIX, true, Direction.UP),
                Arguments.of("≤", Position.PREFIX, true, Direction.DOWN),
                Arguments.of("<=", Position.PREFIX, true, Direction.DOWN),
                Arguments.of("＜＝", Position.PREFIX, true, Direction.DOWN),
                Arguments.of(">", Position.PREFIX, false, Direction.UP),
                Arguments.of("＞", Position.PREFIX, false, Direction.UP),
                Arguments.of("<", Position.PREFIX, false, Direction.DOWN),
                Arguments.of("＜", Position.PREFIX, false, Direction.DOWN),
                Arguments.of("=", Position.PREFIX, true, Direction.EQUAL),
                Arguments.of("＝", Position.PREFIX, true, Direction.EQUAL));
    }

    /** Whether an amount {@code offset} 分 away from the threshold meets a word of the given meaning. */
    private static boolean meets(long offset, boolean includes, Direction direction) {
        if (offset == 0) {
            return includes;
        }
        return switch (direction) {
            case UP -> offset > 0;
            case DOWN -> offset < 0;
            case EQUAL -> false;
        };
    }

    private static String policy(String condition) {
        return Fixtures.clause("""
                  输入
                    新增额：金额
                  补助 试算：若 %s 则 给予 1万元 否则 不予
                """).formatted(condition);
    }

    private static Clause compileClause(String condition) {
        Compilation c = Fixtures.compile(policy(condition));
        assertTrue(c.ok(), () -> "「" + condition + "」 should compile:\n" + Fixtures.render(c));
        return c.clauses().get(0);
    }

    private static ResultKind evaluate(Clause clause, long fen) {
        Calculator calculator = clause.calculator("试算").orElseThrow();
        return new Interpreter(clause, Map.of("新增额", Money.ofFen(fen))).calculate(calculator).kind();
    }

    /** Evaluates at threshold − 1分, threshold, threshold + 1分 and checks the legal meaning. */
    private static void assertBoundary(String condition, boolean includes, Direction direction) {
        Clause clause = compileClause(condition);
        for (long offset : new long[] {-1, 0, 1}) {
            ResultKind expected = meets(offset, includes, direction) ? ResultKind.FIXED : ResultKind.NONE;
            assertEquals(expected, evaluate(clause, THRESHOLD_FEN + offset),
                    "「" + condition + "」 at " + Money.ofFen(THRESHOLD_FEN + offset));
        }
    }

    @ParameterizedTest(name = "{0} ({1}): includes={2}, {3}")
    @MethodSource("legalTable")
    void everyWordHasItsLegalMeaningAtTheBoundary(String word, Position position, boolean includes, Direction direction) {
        String condition = position == Position.PREFIX
                ? "新增额 " + word + " " + THRESHOLD
                : "新增额 " + THRESHOLD + " " + word;
        assertBoundary(condition, includes, direction);
    }

    /** The same table on a count: 2000家, at 1999家, 2000家, 2001家. */
    @ParameterizedTest(name = "{0} on a count")
    @MethodSource("legalTable")
    void everyWordOnACount(String word, Position position, boolean includes, Direction direction) {
        String condition = position == Position.PREFIX ? "企业数 " + word + " 2000家" : "企业数 2000家 " + word;
        Compilation c = Fixtures.compile(Fixtures.clause("""
                  输入
                    企业数：数量（家）
                  补助 试算：若 %s 则 给予 1万元 否则 不予
                """).formatted(condition));
        assertTrue(c.ok(), () -> Fixtures.render(c));
        Clause clause = c.clauses().get(0);
        for (long offset : new long[] {-1, 0, 1}) {
            ResultKind expected = meets(offset, includes, direction) ? ResultKind.FIXED : ResultKind.NONE;
            ResultKind actual = new Interpreter(clause, Map.of("企业数", 2000L + offset))
                    .calculate(clause.calculator("试算").orElseThrow()).kind();
            assertEquals(expected, actual, "「" + condition + "」 at " + (2000 + offset) + "家");
        }
    }

    /**
     * The same table on a 等级, listed from the highest: 三星 is the number, 二星 is one step below
     * it, 四星 one step above (“三星及以上” includes 三星).
     */
    @ParameterizedTest(name = "{0} on a grade")
    @MethodSource("legalTable")
    void everyWordOnAGrade(String word, Position position, boolean includes, Direction direction) {
        String condition = position == Position.PREFIX ? "星级 " + word + " 三星" : "星级 三星 " + word;
        Compilation c = Fixtures.compile(Fixtures.clause("""
                  输入
                    星级：等级（五星，四星，三星，二星，一星）
                  补助 试算：若 %s 则 给予 1万元 否则 不予
                """).formatted(condition));
        assertTrue(c.ok(), () -> Fixtures.render(c));
        Clause clause = c.clauses().get(0);
        Map<Long, String> grades = Map.of(-1L, "二星", 0L, "三星", 1L, "四星");
        for (long offset : new long[] {-1, 0, 1}) {
            ResultKind expected = meets(offset, includes, direction) ? ResultKind.FIXED : ResultKind.NONE;
            ResultKind actual = new Interpreter(clause, Map.of("星级", grades.get(offset)))
                    .calculate(clause.calculator("试算").orElseThrow()).kind();
            assertEquals(expected, actual, "「" + condition + "」 at " + grades.get(offset));
        }
    }

    @ParameterizedTest(name = "{0} without spaces")
    @ValueSource(strings = {"以上", "以下", "以内"})
    void suffixWordsWorkWithoutSpacesAroundTheNumber(String word) {
        // docs/language.md §3: the number separates 新增额200万元以上 into three tokens.
        Direction direction = word.equals("以上") ? Direction.UP : Direction.DOWN;
        assertBoundary("新增额" + THRESHOLD + word, true, direction);
    }

    /** 达 1亿元 以上: both words include the number and point the same way, so together they mean ≥. */
    static Stream<Arguments> agreeingPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (String up : List.of("达", "达到", "不低于", "不少于", "不小于", "≥", ">=", "＞＝")) {
            for (String suffix : List.of("以上", "及以上")) {
                pairs.add(Arguments.of(up, suffix, Direction.UP));
            }
        }
        for (String down : List.of("不超过", "不高于", "不多于", "不大于", "≤", "<=", "＜＝")) {
            for (String suffix : List.of("以下", "及以下", "以内")) {
                pairs.add(Arguments.of(down, suffix, Direction.DOWN));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} … {1}")
    @MethodSource("agreeingPairs")
    void agreeingPairsAreAcceptedAndIncludeTheNumber(String before, String after, Direction direction) {
        assertBoundary("新增额 " + before + " " + THRESHOLD + " " + after, true, direction);
    }

    @Test
    void isWithSuffixWordReadsAsTheSuffixWord() {
        // “为200万元以上” is ≥ 200万元.
        assertBoundary("新增额 为 " + THRESHOLD + " 以上", true, Direction.UP);
        assertBoundary("新增额 为 " + THRESHOLD + " 以下", true, Direction.DOWN);
    }

    /**
     * A word before the number and one after it that disagree on the number (or on the direction):
     * a court could read them either way, so the drafter must keep only one.
     */
    @ParameterizedTest(name = "{0} … {1} is rejected")
    @CsvSource({
        "超过, 以上", "超过, 及以上", "高于, 以上", "多于, 以上", "大于, 以上", ">, 以上", "＞, 以上",
        "低于, 以下", "少于, 以下", "小于, 以下", "不足, 以下", "不满, 以下", "<, 以下", "＜, 以下",
        "不满, 以上", "不足, 以上", "低于, 以上",
        "超过, 以下", "超过, 以内", "高于, 以内",
        "达, 以下", "达到, 以内", "不低于, 以下", "≥, 以下",
        "不超过, 以上", "不高于, 及以上", "≤, 以上",
        "等于, 以上", "等于, 以下", "=, 以内"
    })
    void disagreeingPairsAreRejected(String before, String after) {
        String condition = "新增额 " + before + " " + THRESHOLD + " " + after;
        Compilation c = Fixtures.compile(policy(condition));
        assertFalse(c.ok(), "「" + condition + "」 must be rejected");
        List<Diagnostic> conflicts = Fixtures.errors(c).stream().filter(d -> d.code().equals("legal.conflict")).toList();
        assertEquals(1, conflicts.size(), () -> "one legal.conflict for 「" + condition + "」:\n" + Fixtures.render(c));
        Diagnostic d = conflicts.get(0);
        assertTrue(d.message().contains("「" + before + "」"), d.message());
        assertTrue(d.message().contains("「" + after + "」"), d.message());
        assertTrue(d.message().contains("第一千二百五十九条"), d.message());
        // the diagnostic points at the condition's line (the calculator line of the inline policy)
        assertEquals(9, d.span().line(), () -> Fixtures.render(c));
    }

    @Test
    void conflictMessageSaysWhichWordIncludesTheNumber() {
        Compilation c = Fixtures.compile(policy("新增额 超过 200万元 以上"));
        Diagnostic d = Fixtures.errors(c).stream().filter(x -> x.code().equals("legal.conflict")).findFirst().orElseThrow();
        assertTrue(d.message().contains("「超过」不包括本数"), d.message());
        assertTrue(d.message().contains("「以上」包括本数"), d.message());
    }

    @Test
    void conflictInATargetIsRejectedToo() {
        Compilation c = Fixtures.compile("""
                部分 一 测试部分
                  牵头单位 测试局
                  目标 2024年 新增高新技术企业 超过 2000家 以上
                """);
        assertTrue(Fixtures.errors(c).stream().anyMatch(d -> d.code().equals("legal.conflict")), Fixtures.render(c));
    }

    @Test
    void agreeingTargetIsAccepted() {
        Compilation c = Fixtures.compile("""
                部分 一 测试部分
                  牵头单位 测试局
                  目标 2024年 新增高新技术企业 达到 2000家 以上
                """);
        assertTrue(c.ok(), Fixtures.render(c));
        Target target = c.programs().get(0).parts().get(0).targets().get(0);
        assertEquals(Comparison.GE, target.goals().get(0).comparison());
    }

    // ------------------------------------------------------------ LegalWords itself

    /**
     * The legal table above is written from the law; ComparisonWords is polc's. Every word of polc's
     * table must have a row here, with the same reading, so a word added to the language is checked
     * against the law at the boundary by the tests above.
     */
    @Test
    void theLegalTableCoversEveryWordOfComparisonWords() {
        Map<String, Arguments> legal = new java.util.LinkedHashMap<>();
        legalTable().forEach(a -> legal.put((String) a.get()[0], a));
        List<String> missing = ComparisonWords.all().stream().map(ComparisonWords.Word::text).filter(w -> !legal.containsKey(w)).toList();
        assertEquals(List.of(), missing, "words of ComparisonWords without a row in the legal table: add them, read from the law");
        List<String> extra = legal.keySet().stream().filter(w -> ComparisonWords.find(w).isEmpty()).toList();
        assertEquals(List.of(), extra, "rows of the legal table that ComparisonWords does not know");
        for (ComparisonWords.Word w : ComparisonWords.all()) {
            Object[] row = legal.get(w.text()).get();
            assertEquals(row[1] == Position.SUFFIX, w.position() == ComparisonWords.Position.AFTER, w.text() + ": position");
            assertEquals(row[2], w.includesTheNumber(), w.text() + ": includes the number");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legalTable")
    void meaningOfEveryWord(String word, Position position, boolean includes, Direction direction) {
        Comparison expected = switch (direction) {
            case UP -> includes ? Comparison.GE : Comparison.GT;
            case DOWN -> includes ? Comparison.LE : Comparison.LT;
            case EQUAL -> Comparison.EQ;
        };
        assertEquals(Optional.of(expected), LegalWords.meaning(word));
        assertEquals(includes, LegalWords.includesTheNumber(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "左右", "约", "上限", "为", "新增额", "以", "不", "≠"})
    void otherWordsHaveNoMeaning(String word) {
        assertEquals(Optional.empty(), LegalWords.meaning(word));
        assertThrows(IllegalArgumentException.class, () -> LegalWords.includesTheNumber(word));
    }

    @Test
    void combineWithOneWordTakesThatWord() {
        assertEquals(Optional.of(Comparison.GT), LegalWords.combine(Optional.of("超过"), Optional.empty()));
        assertEquals(Optional.of(Comparison.GE), LegalWords.combine(Optional.empty(), Optional.of("以上")));
        assertEquals(Optional.of(Comparison.LE), LegalWords.combine(Optional.empty(), Optional.of("以内")));
        assertEquals(Optional.of(Comparison.LT), LegalWords.combine(Optional.of("不满"), Optional.empty()));
    }

    @Test
    void combineWithNoWordIsEmpty() {
        assertEquals(Optional.empty(), LegalWords.combine(Optional.empty(), Optional.empty()));
    }

    @Test
    void combineAgreeingWords() {
        assertEquals(Optional.of(Comparison.GE), LegalWords.combine(Optional.of("达"), Optional.of("以上")));
        assertEquals(Optional.of(Comparison.GE), LegalWords.combine(Optional.of("不低于"), Optional.of("以上")));
        assertEquals(Optional.of(Comparison.LE), LegalWords.combine(Optional.of("不超过"), Optional.of("以下")));
        assertEquals(Optional.of(Comparison.LE), LegalWords.combine(Optional.of("不超过"), Optional.of("以内")));
    }

    @Test
    void combineDisagreeingWordsIsEmpty() {
        assertEquals(Optional.empty(), LegalWords.combine(Optional.of("超过"), Optional.of("以上")));
        assertEquals(Optional.empty(), LegalWords.combine(Optional.of("低于"), Optional.of("以下")));
        assertEquals(Optional.empty(), LegalWords.combine(Optional.of("不满"), Optional.of("以上")));
        assertEquals(Optional.empty(), LegalWords.combine(Optional.of("达"), Optional.of("以下")));
        assertEquals(Optional.empty(), LegalWords.combine(Optional.of("等于"), Optional.of("以上")));
    }

    @Test
    void theLawsOwnWords() {
        // “以上”“以下”“以内”包括本数
        assertTrue(LegalWords.includesTheNumber("以上"));
        assertTrue(LegalWords.includesTheNumber("以下"));
        assertTrue(LegalWords.includesTheNumber("以内"));
        // “不满”“超过”不包括本数
        assertFalse(LegalWords.includesTheNumber("不满"));
        assertFalse(LegalWords.includesTheNumber("超过"));
    }
}
