package org.polc.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The keywords of Pol, one row per lexer rule, in the lexer's order. The comparison words are not
 * here but in {@link ComparisonWords}. The lexer lists the same words; {@code VocabularyAgreementTest}
 * fails when the two differ.
 */
public final class Keywords {

    /**
     * One keyword rule of the lexer.
     *
     * @param token the lexer rule (grammar/PolLexer.g4)
     * @param words its spellings: 且, 并且
     * @param hintWhenGlued whether a name that starts or ends with it gets the hint "add a space": true
     *     for the words of conditions and awards (若新增额, 新增额以上); false for words that names end
     *     with in their own right (研发投入补助, 年度研发投入额) or that are too short to tell (例, 的)
     */
    public record Keyword(String token, List<String> words, boolean hintWhenGlued) {
        public Keyword {
            words = List.copyOf(words);
        }
    }

    private static final boolean HINT = true;
    private static final boolean NO_HINT = false;

    private static final List<Keyword> KEYWORDS = List.of(
            // headings: the lexer takes the rest of the line as the title
            new Keyword("POLICY", List.of("政策"), NO_HINT),
            new Keyword("PART", List.of("部分"), NO_HINT),
            new Keyword("CLAUSE", List.of("条款"), NO_HINT),
            new Keyword("TEXT", List.of("原文"), NO_HINT),
            new Keyword("LEAD", List.of("牵头单位"), NO_HINT),
            new Keyword("VALIDITY", List.of("有效期"), NO_HINT),
            new Keyword("TO", List.of("至"), NO_HINT),
            new Keyword("ROUNDING", List.of("舍入"), NO_HINT),
            new Keyword("HALF_UP", List.of("四舍五入"), NO_HINT),
            new Keyword("ROUND_DOWN", List.of("舍去"), NO_HINT),
            new Keyword("ROUND_UP", List.of("进一"), NO_HINT),
            new Keyword("INPUT", List.of("输入"), NO_HINT),
            new Keyword("FACTS", List.of("事实"), NO_HINT),
            new Keyword("DEFINE", List.of("定义"), NO_HINT),
            new Keyword("SUBSIDY", List.of("补助"), NO_HINT),
            new Keyword("AWARD", List.of("奖励"), NO_HINT),
            new Keyword("FUNDING", List.of("资助"), NO_HINT),
            new Keyword("MATCHING", List.of("配套"), NO_HINT),
            new Keyword("ALLOWANCE", List.of("补贴"), NO_HINT),
            new Keyword("COMPUTE", List.of("计算"), NO_HINT),
            new Keyword("ELIGIBILITY", List.of("认定"), NO_HINT),
            new Keyword("RULE", List.of("合规"), NO_HINT),
            new Keyword("NONCOMPLIANT", List.of("不合规"), NO_HINT),
            new Keyword("GENERAL_UNMET", List.of("未达一般要求"), NO_HINT),
            new Keyword("GENERALLY", List.of("一般"), NO_HINT),
            new Keyword("BINDS", List.of("约束"), NO_HINT),
            new Keyword("EXAMPLE", List.of("例"), NO_HINT),
            new Keyword("BUDGET", List.of("预算"), NO_HINT),
            new Keyword("AMONG", List.of("其中"), NO_HINT),
            new Keyword("TARGET", List.of("目标"), NO_HINT),
            new Keyword("STRIVE", List.of("力争", "争取", "确保"), NO_HINT),
            new Keyword("APPROX_ALL", List.of("约数"), NO_HINT),
            new Keyword("APPROX", List.of("左右", "约"), NO_HINT),
            new Keyword("DIFFER", List.of("相差"), NO_HINT),
            new Keyword("GROWTH", List.of("同比增长", "增长"), NO_HINT),
            new Keyword("ONCE", List.of("一次性"), NO_HINT),
            new Keyword("YEARLY", List.of("每年"), NO_HINT),
            new Keyword("MONOTONE", List.of("单调"), NO_HINT),
            new Keyword("NARRATIVE", List.of("叙述"), NO_HINT),
            new Keyword("ELSE_IF", List.of("否则若"), HINT),
            new Keyword("ELSE", List.of("否则"), HINT),
            new Keyword("IF", List.of("若"), HINT),
            new Keyword("THEN", List.of("则"), HINT),
            new Keyword("AND", List.of("且", "并且"), HINT),
            new Keyword("OR", List.of("或", "或者"), HINT),
            new Keyword("NOT", List.of("非"), HINT),
            new Keyword("IS", List.of("为"), HINT),
            new Keyword("BELONGS", List.of("属于"), HINT),
            new Keyword("GIVE", List.of("给予"), HINT),
            new Keyword("AGAIN", List.of("再给予"), HINT),
            new Keyword("UP_TO", List.of("按不超过"), HINT),
            new Keyword("BY", List.of("按"), HINT),
            new Keyword("LOOKUP", List.of("查表"), HINT),
            new Keyword("OTHERWISE", List.of("其他"), NO_HINT),
            new Keyword("MAX", List.of("最高"), HINT),
            new Keyword("CEILING", List.of("最高可得"), HINT),
            new Keyword("NO_AWARD", List.of("不予"), HINT),
            new Keyword("MONEY_T", List.of("金额"), NO_HINT),
            new Keyword("RATE_T", List.of("比例"), NO_HINT),
            new Keyword("BOOL_T", List.of("是否"), NO_HINT),
            new Keyword("DATE_T", List.of("日期"), NO_HINT),
            new Keyword("QTY_T", List.of("数量"), NO_HINT),
            new Keyword("NUMBER_T", List.of("数值"), NO_HINT),
            new Keyword("CHOICE_T", List.of("选项"), NO_HINT),
            new Keyword("GRADE_T", List.of("等级"), NO_HINT),
            new Keyword("YES", List.of("是"), NO_HINT),
            new Keyword("NO", List.of("否"), NO_HINT),
            new Keyword("MIN_OF", List.of("较小值"), HINT),
            new Keyword("MAX_OF", List.of("较大值"), HINT),
            new Keyword("OF", List.of("的"), NO_HINT),
            // names start with 由 in their own right (由市级升级为省级孵化器)
            new Keyword("FROM", List.of("由"), NO_HINT),
            new Keyword("RAISE_TO", List.of("提高至", "提高到"), NO_HINT),
            new Keyword("LOWER_TO", List.of("降低至", "降低到"), NO_HINT),
            new Keyword("ADJUST_TO", List.of("调整为", "调整至", "调整到"), NO_HINT),
            new Keyword("CUMULATIVE_MAX", List.of("累计最高"), NO_HINT),
            new Keyword("RECEIVED", List.of("已获"), NO_HINT),
            new Keyword("PAY_KIND", List.of("应缴"), NO_HINT),
            new Keyword("PAY", List.of("缴纳"), HINT),
            new Keyword("FREE", List.of("免费"), NO_HINT),
            new Keyword("EXCEPT_OVERLAP", List.of("除交叉重叠部分外"), NO_HINT),
            new Keyword("EACH_PART", List.of("各部分"), NO_HINT),
            new Keyword("ALTOGETHER", List.of("共"), NO_HINT),
            // names end with 安排 in their own right (市财政2024年预算安排)
            new Keyword("ARRANGE", List.of("安排"), NO_HINT),
            new Keyword("SHARE_OF", List.of("占"), NO_HINT),
            new Keyword("SHARE_END", List.of("的比重", "的比例"), NO_HINT));

    private static final List<String> GLUED = computeGlued();

    private Keywords() {}

    /** Every keyword rule, in the lexer's order. */
    public static List<Keyword> all() {
        return KEYWORDS;
    }

    /** The keyword rule a word belongs to, or empty. */
    public static Optional<Keyword> find(String word) {
        return KEYWORDS.stream().filter(k -> k.words().contains(word)).findFirst();
    }

    /** Every spelling of every keyword, in the lexer's order. */
    public static List<String> words() {
        return KEYWORDS.stream().flatMap(k -> k.words().stream()).toList();
    }

    /**
     * The words a name glued to a keyword starts or ends with (若新增额, 新增额以上), longest first so
     * that 否则若新增额 is 否则若 + 新增额 and not 否则 + 若新增额: the keywords marked for it and every
     * comparison word (symbols cannot be part of a name).
     */
    public static List<String> glued() {
        return GLUED;
    }

    private static List<String> computeGlued() {
        List<String> words = new ArrayList<>();
        KEYWORDS.stream().filter(Keyword::hintWhenGlued).forEach(k -> words.addAll(k.words()));
        ComparisonWords.all().stream().filter(w -> w.position() != ComparisonWords.Position.SYMBOL).forEach(w -> words.add(w.text()));
        // stable: words of one length keep the tables' order
        words.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(words);
    }
}
