package org.polc.fuzz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.polc.diagnostics.SourceFile;
import org.polc.vocabulary.Comparison;
import org.polc.vocabulary.ComparisonWords;
import org.polc.vocabulary.ComparisonWords.Position;
import org.polc.vocabulary.Units;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Random well-formed Pol programs, built from every construct of grammar/PolParser.g4: a header (with 事实),
 * Parts, clauses with 原文 (nested quotes), inputs of every type, definitions, eligibility rules,
 * 合规 rules, calculators with every form of award, conditions with every comparison word and 且/或/非,
 * examples, budgets, targets and 叙述 marks (on pieces put into the 原文), in every spelling of the punctuation.
 *
 * <p>Every choice is drawn from QuickTheories' randomness, so a failing program shrinks. Programs
 * are type-correct by construction. A <em>clean</em> program also avoids what polc legitimately
 * refuses (negative amounts, unprovable caps, wrong example results, budgets that do not add up),
 * so most clean programs compile without errors and reach code generation. An unclean program
 * sometimes breaks a rule on purpose (an unknown name, mixed units, a conflicting comparison word,
 * a wrong example), so the checker's error paths are fuzzed as well.
 */
final class PolGenerator {

    /** A generated document: its files, and whether it was written to compile cleanly. */
    record Generated(List<SourceFile> sources, boolean clean) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(clean ? "clean program" : "program");
            for (SourceFile s : sources) {
                sb.append("\n----- ").append(s.displayName()).append('\n').append(s.text());
            }
            return sb.toString();
        }
    }

    static Gen<Generated> programs(boolean clean) {
        return in -> new PolGenerator(new R(in), clean).program();
    }

    /** Mostly unclean programs, a third clean ones. */
    static Gen<Generated> programs() {
        return in -> {
            R r = new R(in);
            return new PolGenerator(r, r.chance(33)).program();
        };
    }

    // ------------------------------------------------------------------ randomness

    /** Choices drawn from QuickTheories' source, so that shrinking makes programs smaller. */
    static final class R {
        final RandomnessSource in;

        R(RandomnessSource in) {
            this.in = in;
        }

        int below(int n) {
            return n <= 1 ? 0 : (int) in.next(Constraint.between(0, n - 1));
        }

        int between(int lo, int hi) {
            return lo + below(hi - lo + 1);
        }

        long longBetween(long lo, long hi) {
            return in.next(Constraint.between(lo, hi));
        }

        boolean chance(int percent) {
            return below(100) >= 100 - percent;
        }

        <T> T pick(List<T> items) {
            return items.get(below(items.size()));
        }

        @SafeVarargs
        final <T> T pick(T... items) {
            return items[below(items.length)];
        }
    }

    // ------------------------------------------------------------------ vocabulary

    static final List<String> MONEY_PREFIX = List.of("年度", "上年度", "新增", "实际", "累计", "当年", "首年", "单个项目", "省级", "市级");
    static final List<String> MONEY_CORE = List.of("研发投入", "设备投资", "营业收入", "贷款", "场地租金", "技术合同成交", "担保",
            "出口", "项目投资", "人才薪酬", "软件采购", "检测费用");
    static final List<String> MONEY_SUFFIX = List.of("额", "金额", "总额", "资金", "费用");
    static final List<String> BOOL_NAMES = List.of("经认定为高新技术企业", "首次上规模", "企业承担", "符合条件", "通过验收", "获得省级认定",
            "属于重点产业链", "在杭注册", "新引进企业", "绩效考核优秀", "列入培育名单", "牵头组建联合体", "获得国家认定", "年度考核合格",
            "设立研发机构", "经认定为科技型中小企业或高新技术企业");
    /** Fact names of the header: a prefix no clause-local name has, so clean programs never redeclare one. */
    static final List<String> FACT_MONEY = List.of("全文年度研发投入额", "全文营业收入", "全文固定资产投资额");
    static final List<String> FACT_BOOLS = List.of("全文高新技术企业", "全文规上工业企业");
    static final List<String> QTY_NAMES = List.of("引进人才数", "新增企业数", "服务企业家数", "孵化项目数", "建筑面积", "用地面积",
            "装机容量", "授权专利数", "通过备案的企业数", "培训人次");
    /** Count units: whole numbers, the unit of a count input. */
    static final List<String> COUNT_UNITS = Units.counts();
    /** Measures an input may be declared in (area, energy, electricity, power, dollars, durations), with multiples. */
    static final List<String> MEASURE_UNITS = List.of("亩", "万亩", "平方米", "吨标准煤", "万吨标准煤", "千瓦时", "亿千瓦时", "千瓦", "万千瓦",
            "美元", "亿美元", "个月", "天");
    static final List<String> NUMBER_NAMES = List.of("容积率", "亩均效益倍数", "建筑密度系数");
    /** Every unit, and one with a magnitude (万家): what an input's unit may wrongly be. */
    static final List<String> UNITS = Stream.concat(Units.all().stream().map(Units.Base::name),
            Stream.of(Units.magnitudes().get(0).text() + COUNT_UNITS.get(0))).toList();
    static final List<String> RATE_NAMES = List.of("担保费率", "贷款利率", "研发投入强度", "增长率", "配套比例", "贴息比例");
    static final List<String> DATE_NAMES = List.of("首次认定日期", "注册日期", "验收日期");
    static final List<String> CHOICE_NAMES = List.of("项目类型", "企业类别", "实验室类别", "机构类型", "考核结果", "获得奖项", "经营规模");
    static final List<String> CHOICE_VALUES = List.of("甲类项目", "乙类项目", "丙类项目", "国家级平台", "省级平台", "市级平台", "优秀",
            "良好", "合格", "不合格", "一等奖", "二等奖", "三等奖", "主动设计重大项目", "揭榜挂帅重大项目", "符合认定标准", "超过认定标准",
            "未获上述奖项");
    static final List<String> GRADE_NAMES = List.of("总部企业星级", "绩效等级", "评价档次", "信用等级");
    static final List<List<String>> GRADE_VALUES = List.of(List.of("五星级", "四星级", "三星级", "未达三星级"),
            List.of("特等", "甲等", "乙等", "丙等"), List.of("优秀档", "良好档", "合格档"), List.of("高档", "低档"));
    static final List<String> KIND_WORDS = List.of("补助", "奖励", "资助", "补贴", "配套", "扶持", "支持资金");
    static final List<String> DEFINITION_NAMES = List.of("新增额", "增量", "差额", "基数", "核定金额", "计算基数", "可补助额", "合计额",
            "调整后金额", "折算额");
    static final List<String> RULE_NAMES = List.of("分割转让面积要求", "容积率要求", "担保费率要求", "示范项目数量要求", "用地比例要求");
    static final List<String> RULE_SUBJECTS = List.of("主管部门", "政府性融资担保机构", "“区、县（市）政府”");
    static final List<String> ELIGIBILITY_NAMES = List.of("视同重点项目", "符合申报条件", "认定为重点企业", "具备资格", "纳入支持范围",
            "视同市重点科研计划项目");
    /** ASCII names: legal in Pol, and a trap for the Java generator (keywords, runtime class names, its own members). */
    static final List<String> ASCII_NAMES = List.of("x", "y", "abc", "Total_Amount", "_tmp", "class", "int", "var", "record", "_",
            "enum", "Money", "Result", "String", "Rate", "Trace", "Explain", "CLAUSE", "TITLE", "TEXT", "VALID_FROM", "VALID_TO", "x_",
            "class_", "Clause", "Object", "Override", "List", "Map", "Optional", "BigDecimal", "java", "org",
            "ResultKind", "Rounding", "PolicyInputException", "amount", "this", "null", "true", "yield", "sealed", "permits");
    static final List<String> LEADS = List.of("市科技局", "市发改委", "市财政局", "市经信局", "市人社局", "市商务局", "“市市场监管局（知识产权局）”",
            "“市委人才办、市人社局”");
    static final List<String> KEYWORD_LIKE_TITLES = List.of("更大力度实施企业研发投入补助政策", "打造高水平科创平台", "支持企业研发机构、研发总部建设",
            "强化财政资金保障", "（测试）条款 标题 # 不是注释", "补助 若 则 否则", "Title in English", "“引号”标题", "");

    // From the table, so a word added to the language is fuzzed too. GE-like prefix words pair with 以上; LE-like with 以下/以内.
    static final List<String> GE_WORDS = ComparisonWords.words(Comparison.GE, Position.BEFORE);
    static final List<String> LE_WORDS = ComparisonWords.words(Comparison.LE, Position.BEFORE);
    static final List<String> GT_WORDS = ComparisonWords.words(Comparison.GT, Position.BEFORE);
    static final List<String> LT_WORDS = ComparisonWords.words(Comparison.LT, Position.BEFORE);
    /** Every symbol, and 等于: the prefixes whose direction the generator does not pair with a suffix. */
    static final List<String> SYMBOLS = Stream.concat(
            ComparisonWords.all().stream().filter(w -> w.position() == Position.SYMBOL).map(ComparisonWords.Word::text),
            ComparisonWords.words(Comparison.EQ, Position.BEFORE).stream()).toList();
    static final List<String> ABOVE = ComparisonWords.words(Comparison.GE, Position.AFTER);
    static final List<String> BELOW = ComparisonWords.words(Comparison.LE, Position.AFTER);

    // ------------------------------------------------------------------ state

    private final R r;
    private final boolean clean;
    private final Set<Integer> clauseNumbers = new HashSet<>();
    /** The header's 事实 (document facts), which a clause may read without declaring them. */
    private final List<String> factMoney = new ArrayList<>();
    private final List<String> factBools = new ArrayList<>();
    /** How many per-year budgets ({@link #fund()}) so far: each gets its own label, so a place never has two. */
    private int funds;

    private PolGenerator(R r, boolean clean) {
        this.r = r;
        this.clean = clean;
    }

    /** Whether to break a rule on purpose here (never in a clean program). */
    private boolean wrong(int percent) {
        return !clean && r.chance(percent);
    }

    // ------------------------------------------------------------------ punctuation, in every spelling

    private String colon() {
        return r.pick("：", ":", "：", " ：", "： ");
    }

    private String comma() {
        return r.pick("，", ",", "、", "，", " ， ");
    }

    private String semi() {
        return r.pick("；", ";", "。");
    }

    private String lp() {
        return r.pick("（", "(");
    }

    private String rp() {
        return r.pick("）", ")");
    }

    private String arrow() {
        return r.pick("⇒", "=>", "→", "->");
    }

    private String times() {
        return r.pick("×", "*", "＊");
    }

    private String divide() {
        return r.pick("÷", "/", "／");
    }

    private String plus() {
        return r.pick("+", "＋");
    }

    private String minus() {
        return r.pick("-", "−", "－");
    }

    private String equalsSign() {
        return r.pick("=", "＝");
    }

    private String ws() {
        return r.pick(" ", " ", " ", "  ", "\t", "\u3000", "\u00A0", "\n      ");
    }

    private String indent() {
        return r.pick("  ", "    ", "", "\t", "\u3000\u3000", "      ");
    }

    private String digits(String ascii) {
        if (!r.chance(15)) {
            return ascii;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == '.' && r.chance(50) ? '．' : c);
        }
        return sb.toString();
    }

    private String comment() {
        return r.pick("#", "//", "＃") + " " + r.pick("解读：“以上”含本数。", "原文未规定舍入规则", "注释 # 里面的 // 也是注释", "若 则 否则 补助 给予",
                "“未闭合的引号", "");
    }

    // ------------------------------------------------------------------ numbers

    static final String[] CN = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    static String chinese(int n) {
        if (n < 10) {
            return CN[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : CN[n % 10]);
        }
        return CN[n / 10] + "十" + (n % 10 == 0 ? "" : CN[n % 10]);
    }

    private String numberWord(int n) {
        int form = r.below(10);
        if (form < 7) {
            return chinese(n);
        }
        return form < 9 ? Integer.toString(n) : digits(Integer.toString(n));
    }

    /** A money literal and its value in 元. */
    private record Lit(String text, BigDecimal yuan) {}

    private Lit money() {
        int unit = r.below(10);
        long mantissa = r.chance(20) ? r.between(0, 9) : r.longBetween(0, r.chance(50) ? 999 : 99999);
        int decimals = r.chance(70) ? 0 : r.between(1, 2);
        String suffix;
        BigDecimal scale;
        if (unit < 4) {
            suffix = "万元";
            scale = BigDecimal.valueOf(10_000);
        } else if (unit < 7) {
            suffix = "元";
            scale = BigDecimal.ONE;
        } else if (unit < 9) {
            suffix = "亿元";
            scale = BigDecimal.valueOf(100_000_000);
            mantissa = mantissa % 1000;
        } else {
            suffix = "分";
            scale = new BigDecimal("0.01");
            decimals = wrong(20) ? 1 : 0;
        }
        String number = Long.toString(mantissa);
        BigDecimal value = BigDecimal.valueOf(mantissa);
        if (decimals > 0) {
            int frac = r.below(decimals == 1 ? 10 : 100);
            String fracText = decimals == 1 ? Integer.toString(frac) : String.format("%02d", frac);
            number = number + "." + fracText;
            value = new BigDecimal(number);
        }
        if (wrong(3)) {
            number = r.pick("1000000000000000000000000000000", "99999999999999999999", "0.0001", "0.001", "9223372036854775807");
            value = new BigDecimal(number);
        }
        String space = suffix.equals("元") || suffix.equals("分") ? "" : r.pick("", "", " ", "\t");
        return new Lit(digits(number) + space + suffix, value.multiply(scale));
    }

    /** A rate literal and an upper bound of its value. */
    private record RateLit(String text, BigDecimal upper) {}

    private RateLit rate() {
        return switch (r.below(11)) {
            case 0 -> new RateLit(digits(r.between(1, 100) + "%"), BigDecimal.ONE);
            case 1 -> new RateLit(digits("3.95%"), new BigDecimal("0.0395"));
            case 2 -> new RateLit(digits(r.between(1, 3) + "倍"), BigDecimal.valueOf(3));
            case 3 -> new RateLit(digits("1.5倍"), new BigDecimal("1.5"));
            case 4 -> new RateLit(r.pick("六五折", "八折", "九五折", "五折"), new BigDecimal("0.95"));
            case 5 -> new RateLit(r.pick("三分之二", "四分之一", "十分之三", "一百分之五"), new BigDecimal("0.67"));
            case 6 -> new RateLit(digits("1") + colon().strip() + digits(Integer.toString(r.between(1, 3))), BigDecimal.valueOf(3));
            case 7 -> new RateLit(digits("0.5"), new BigDecimal("0.5"));
            case 8 -> new RateLit(digits(r.between(1, 99) + "％"), BigDecimal.ONE);
            case 9 -> new RateLit(digits("2") + r.pick(":", "：", " : ") + digits("1"), new BigDecimal("0.5"));
            default -> new RateLit(digits(r.between(1, 50) + "%"), new BigDecimal("0.5"));
        };
    }

    private String date(int year, int month, int day) {
        if (r.chance(50)) {
            return digits(String.format("%04d", year)) + "-" + digits(String.format(r.chance(70) ? "%02d" : "%d", month)) + "-"
                    + digits(String.format(r.chance(70) ? "%02d" : "%d", day));
        }
        return digits(Integer.toString(year)) + "年" + digits(Integer.toString(month)) + "月" + digits(Integer.toString(day)) + "日";
    }

    private String validity() {
        int y1 = r.between(2020, 2030);
        int m1 = r.between(1, 12);
        int d1 = r.between(1, 28);
        int y2 = y1 + r.between(0, 3);
        int m2 = y2 == y1 ? r.between(m1, 12) : r.between(1, 12);
        int d2 = y2 == y1 && m2 == m1 ? r.between(d1, 28) : r.between(1, 28);
        if (wrong(15)) {
            return "有效期 " + r.pick("2024-02-30 至 2024-12-31", "2024-12-31 至 2024-01-01", "2023年2月29日 至 2024年1月1日",
                    "2024-13-01 至 2024-12-31", "2024-01-01 至", "", "99999-01-01 至 2024-12-31", "0000-00-00 至 0000-00-00");
        }
        return "有效期" + r.pick(" ", colon()) + date(y1, m1, d1) + r.pick(" 至 ", "\t至\t", " 至\n  ") + date(y2, m2, d2);
    }

    private String rounding() {
        return "舍入" + r.pick(" ", colon()) + r.pick("四舍五入", "舍去", "进一");
    }

    // ------------------------------------------------------------------ text

    private static final String TEXT_CHARS = "对经认定的科技型中小企业和高新技术企业按年研发投入总量或增量给予分档分类支持最高补助万元以上不超过"
            + "，。；：、（）《》%0123456789 abcXYZ#/\\*-+=<>⇒\t'《》【】——…·！？";

    private String quoted() {
        int form = r.below(10);
        if (form < 7) {
            return "“" + textBody(r.between(0, clean ? 2 : 3), "“", "”") + "”";
        }
        if (form < 9) {
            return "「" + textBody(r.between(0, clean ? 2 : 3), "「", "」") + "」";
        }
        StringBuilder sb = new StringBuilder("\"");
        int n = r.between(0, 30);
        for (int i = 0; i < n; i++) {
            int k = r.below(20);
            char c = TEXT_CHARS.charAt(r.below(TEXT_CHARS.length()));
            sb.append(k == 0 ? "\\\"" : k == 1 || c == '\\' ? "\\\\" : String.valueOf(c));
        }
        return sb.append('"').toString();
    }

    /** Pieces of 原文 that hold numbers no construct computes, as the policy text has them. */
    private static final List<String> NARRATED = List.of("2024年", "315", "五大", "3张项目清单", "5个领域", "“3个70%”", "415X", "七个不准",
            "２０２４年", "毕业后 1 年内", "三名");

    private static final List<String> REASONS = List.of("预算的年度，不参与计算", "“315”科技创新体系建设工程的名称，不是数额", "所列事项的个数",
            "「政策的名称」", "“名称”", "理由 # 行尾的注释", "名称中的数字：不是数额；也不是比例");

    /**
     * A 原文 in quotes; sometimes with pieces of {@link #NARRATED} put after a comma (so that no digit of
     * the random text joins the number) and their 叙述 marks added to {@code marks}, each ending its line
     * (the reason is the rest of the line). An unclean program sometimes gets a mark that is wrong: a
     * piece not in the text, no reason, an empty or unquoted piece.
     */
    private String narrated(List<String> marks) {
        if (!r.chance(30)) {
            return quoted();
        }
        StringBuilder text = new StringBuilder("“").append(textBody(clean ? 1 : 2, "“", "”"));
        List<String> pieces = new ArrayList<>();
        int n = r.between(1, 3);
        for (int i = 0; i < n; i++) {
            String piece = r.pick(NARRATED);
            text.append(r.pick("，", "。", "；")).append(piece);
            pieces.add(piece);
        }
        text.append(r.pick("。", "，", "")).append("”");
        for (int i = 0; i < pieces.size(); i++) {
            StringBuilder mark = new StringBuilder("叙述 ");
            String piece = wrong(10) ? r.pick("2099年", "", "不在原文") : pieces.get(i);
            mark.append(wrong(5) ? piece : "“" + piece + "”");
            if (i + 1 < pieces.size() && r.chance(30)) {
                mark.append(comma()).append("“").append(pieces.get(++i)).append("”");
            }
            if (!wrong(10)) {
                mark.append(colon()).append(r.pick(REASONS));
            }
            marks.add(mark.append('\n').toString());
        }
        return text.toString();
    }

    private String textBody(int depth, String open, String close) {
        StringBuilder sb = new StringBuilder();
        int pieces = r.between(0, 6);
        for (int i = 0; i < pieces; i++) {
            if (depth > 0 && r.chance(25)) {
                sb.append(open).append(textBody(depth - 1, open, close)).append(close);
            } else {
                int n = r.between(0, 40);
                for (int k = 0; k < n; k++) {
                    sb.append(r.chance(3) ? '\n' : TEXT_CHARS.charAt(r.below(TEXT_CHARS.length())));
                }
            }
        }
        return sb.toString();
    }

    private String label() {
        return r.chance(60) ? r.pick("人才引育培养资金", "科技企业培育资金", "重点研发计划资金", "平台建设资金", "成果转化资金")
                : quoted();
    }

    private String title() {
        String title = r.chance(70) ? r.pick(KEYWORD_LIKE_TITLES) : textLine();
        if (clean && (title.isBlank() || title.contains("#") || title.contains("＃") || title.contains("//"))) {
            return "强化财政资金保障";
        }
        return title;
    }

    private String textLine() {
        StringBuilder sb = new StringBuilder();
        int n = r.between(1, 30);
        for (int i = 0; i < n; i++) {
            char c = TEXT_CHARS.charAt(r.below(TEXT_CHARS.length()));
            sb.append(c == '\t' ? ' ' : c);
        }
        return sb.toString().strip();
    }

    // ------------------------------------------------------------------ program

    Generated program() {
        List<SourceFile> files = new ArrayList<>();
        boolean split = r.chance(50);
        StringBuilder header = new StringBuilder();
        header.append(r.pick("", "# 政策文件头\n", "\n\n")).append("政策 ").append(r.pick("进一步推动经济高质量发展若干政策（征求意见稿）", "测试政策",
                "Policy 2024", "“引号”政策 # 标题里的井号")).append('\n');
        int items = r.between(0, 5);
        boolean validity = false;
        if (!wrong(10)) {
            validity = true;
            header.append(indent()).append(validity()).append('\n');
        }
        boolean rounding = false;
        for (int i = 0; i < items; i++) {
            int k = r.below(5);
            if (k == 0 && !validity) {
                validity = true;
                header.append(indent()).append(validity()).append('\n');
            } else if (k == 1 && !rounding) {
                rounding = true;
                header.append(indent()).append(rounding()).append('\n');
            } else if (k == 2 && r.chance(30)) {
                header.append(indent()).append(overlapBudget()).append('\n');
            } else if (k == 2) {
                header.append(indent()).append(budget()).append('\n');
            } else if (k == 3 && r.chance(15)) {
                header.append(indent()).append(fund()).append('\n');
            } else if (k == 3) {
                header.append(indent()).append(target()).append('\n');
            } else {
                header.append(indent()).append(comment()).append('\n');
            }
        }
        if (r.chance(30)) {
            header.append(indent()).append("原文").append(r.pick(" ", colon())).append(quoted()).append('\n');
        }
        if (r.chance(30)) {
            header.append(indent()).append(facts()).append('\n');
        }
        StringBuilder all = new StringBuilder(header);
        if (split) {
            files.add(new SourceFile("policy.pol", header.toString()));
        }
        int parts = r.between(1, 2);
        List<Integer> partNumbers = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        for (int p = 0; p < parts; p++) {
            int number = partNumbers.remove(r.below(partNumbers.size()));
            String part = part(number);
            if (split) {
                files.add(new SourceFile("part" + number + ".pol", part));
            } else {
                all.append(r.pick("\n", "", "\n\n")).append(part);
            }
        }
        if (!split) {
            files.add(new SourceFile("policy.pol", all.toString()));
        }
        return new Generated(List.copyOf(files), clean);
    }

    /** 事实 with money and 是否 facts; each has a meaning unless the program is meant to be wrong. */
    private String facts() {
        StringBuilder sb = new StringBuilder("事实").append(r.pick("", colon())).append(r.pick("\n", " "));
        List<String> money = new ArrayList<>(FACT_MONEY);
        List<String> bools = new ArrayList<>(FACT_BOOLS);
        int n = r.between(1, 4);
        for (int i = 0; i < n && !(money.isEmpty() && bools.isEmpty()); i++) {
            boolean isMoney = bools.isEmpty() || (!money.isEmpty() && r.chance(60));
            String name = (isMoney ? money : bools).remove(r.below((isMoney ? money : bools).size()));
            (isMoney ? factMoney : factBools).add(name);
            sb.append(r.pick("    ", "  ", "\t", "")).append(name).append(colon()).append(isMoney ? "金额" : "是否");
            if (!wrong(10)) {
                sb.append(' ').append(quoted());
            }
            sb.append(r.pick("", "", "，", "；")).append(r.pick("\n", " ", "\n"));
        }
        return sb.toString().stripTrailing();
    }

    private String part(int number) {
        StringBuilder sb = new StringBuilder();
        sb.append("部分 ").append(numberWord(number));
        if (!wrong(10)) {
            sb.append(r.pick(" ", "\t", "\u3000")).append(title());
        }
        sb.append('\n');
        if (r.chance(80)) {
            sb.append(indent()).append("牵头单位 ");
            int n = r.between(1, 3);
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : r.pick("、", "，", ",")).append(r.pick(LEADS));
            }
            sb.append('\n');
        }
        if (r.chance(40)) {
            List<String> marks = new ArrayList<>();
            sb.append(indent()).append("原文").append(r.pick(" ", colon())).append(narrated(marks)).append('\n');
            marks.forEach(m -> sb.append(indent()).append(m));
        }
        int extra = r.between(0, 2);
        for (int i = 0; i < extra; i++) {
            sb.append(indent()).append(r.chance(10) ? fund() : r.chance(50) ? target() : budget()).append('\n');
        }
        int clauses = r.between(1, 2);
        for (int c = 0; c < clauses; c++) {
            sb.append(r.pick("\n", "", "\n\n")).append(new ClauseWriter().clause());
        }
        return sb.toString();
    }

    /**
     * The document's total over the Parts' budgets: 预算 … 490亿元 除交叉重叠部分外，各部分 “label” 共 8个. In a
     * clean program the label is one no generated Part uses, so no Part is listed twice.
     */
    private String overlapBudget() {
        String label = clean ? "“各部分的市财政预算安排”" : label();
        String count = wrong(10) ? r.pick("8家", "0个", "2.5个") : digits(Integer.toString(r.between(1, 8))) + "个";
        return "预算 " + label() + " " + digits(Integer.toString(r.between(1, 999))) + "亿元 除交叉重叠部分外" + r.pick("，", " ", ",")
                + "各部分 " + label + " 共 " + count;
    }

    private String budget() {
        if (wrong(3)) {
            return "预算 " + label(); // no amount: the next heading must not confuse the parser
        }
        StringBuilder sb = new StringBuilder("预算 ");
        if (r.chance(80)) {
            sb.append(label()).append(' ');
        }
        int items = r.chance(40) ? 0 : r.between(1, 4);
        List<Long> amounts = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < items; i++) {
            long a = r.longBetween(1, 99999);
            amounts.add(a);
            total += a;
        }
        if (items == 0) {
            total = r.longBetween(0, 999999);
        }
        if (wrong(20)) {
            total += r.between(1, 3);
        }
        // amounts in 万元; the total written in 亿元 when it divides evenly
        String totalText = total % 10_000 == 0 && total > 0 && r.chance(50) ? digits(Long.toString(total / 10_000)) + "亿元"
                : digits(Long.toString(total)) + "万元";
        sb.append(totalText);
        if (items > 0) {
            sb.append(r.pick(" 其中：", "，其中：", " 其中", "，其中", ""));
            for (int i = 0; i < items; i++) {
                sb.append(r.pick("\n    ", " ", "\n  ")).append(label()).append(' ').append(digits(Long.toString(amounts.get(i)))).append("万元");
                if (r.chance(40)) {
                    sb.append(r.pick("，", "；", ",", ";"));
                }
            }
        }
        return sb.toString();
    }

    /**
     * A budget the text states per year (预算 “…” 由 省 安排，2023—2025年 每年 5.5亿元) and a target whose base is its
     * amount for the target's year (目标 2024年 … 达到 预算 “…” 的 40% 以上), both in one place. Unclean: the period
     * backwards, the amount not money or below a 分, the target without a year or outside the period, an unknown budget,
     * a factor that is no share.
     */
    private String fund() {
        String label = "“激励资金" + (++funds) + "”";
        int from = r.between(2020, 2026);
        int to = wrong(10) ? from - r.between(1, 3) : from + r.between(0, 3);
        StringBuilder sb = new StringBuilder("预算 ").append(label).append(' ');
        if (r.chance(50)) {
            sb.append("由 ").append(r.pick("省", "“省级财政”", "国家")).append(" 安排").append(r.pick("，", " ", ","));
        }
        sb.append(r.chance(50) ? digits(from + "—" + to + "年") : digits(from + "年") + " 至 " + digits(to + "年"));
        sb.append(" 每年 ").append(wrong(10) ? r.pick("5.5亿美元", "0.001元", "5个") : digits(r.pick("5.5亿元", "1亿元", "300万元", "0.01元")));
        sb.append('\n').append(indent()).append("目标 ");
        if (!wrong(10)) {
            int year = wrong(10) ? Math.max(from, to) + 1 : r.between(Math.min(from, to), Math.max(from, to));
            sb.append(digits(year + "年")).append(' ');
        }
        if (r.chance(50)) {
            sb.append(r.pick("力争", "争取", "确保")).append(' ');
        }
        sb.append(r.pick("杭州项目获取资金", "“获得的激励资金”")).append(' ').append(r.pick(GE_WORDS)).append(" 预算 ")
                .append(wrong(10) ? "“不存在的资金”" : label);
        if (r.chance(70)) {
            sb.append(" 的 ").append(r.pick(digits("40%"), digits("2倍"), "三分之一", wrong(20) ? digits("2亿元") : digits("100%")));
        }
        if (r.chance(50)) {
            sb.append(' ').append(r.pick(ABOVE));
        }
        return sb.toString();
    }

    private String target() {
        if (wrong(3)) {
            return r.pick("目标 ", "目标 2024年 ", "目标 2024年 争取 研发投入强度", "目标 99999999999年 研发投入强度 达到 3%", "目标 0年 指标 5家");
        }
        StringBuilder sb = new StringBuilder("目标 ");
        if (r.chance(70)) {
            sb.append(digits(Integer.toString(r.between(2020, 2030)))).append("年 ");
        }
        if (r.chance(60)) {
            sb.append(r.pick("力争", "争取", "确保")).append(' ');
        }
        sb.append(r.pick("研发投入强度", "新增高新技术企业", "科技服务业贷款增速", "““专精特新”板累计入板企业”", "「实际利用外资」", "\"高新技术产业增加值占比\""))
                .append(' ');
        int form = r.below(11);
        String value = r.pick(digits("3.95%"), digits("2000家"), digits("100万吨标准煤"), digits("80亿美元"), "各项贷款平均增速",
                "“全国平均水平”", digits("450亿千瓦时"));
        String figure = r.pick(digits("3.95%"), digits("2000家"), digits("6万亩"), digits("800亿元"), digits("120个"), digits("450亿千瓦时"));
        switch (form) {
            case 0 -> sb.append(r.pick(GE_WORDS)).append(' ').append(value);
            case 1 -> sb.append(value).append(' ').append(r.pick(ABOVE));
            case 2 -> sb.append(r.pick(GE_WORDS)).append(' ').append(value).append(' ').append(wrong(30) ? r.pick(BELOW) : r.pick(ABOVE));
            // 约/左右 with the goal's own tolerance (no 约数 is declared for the fuzz documents), or none: target.approx
            case 3 -> sb.append(r.chance(50) ? "约 " + figure : figure + " 左右")
                    .append(wrong(20) ? "" : r.pick("，相差 5% 以内", " 相差 10% 以内", "，相差 " + digits("0.5%") + " 以内"));
            case 4 -> sb.append(r.pick(digits("1~2个"), digits("1个 至 2个"), digits("10—20家"), wrong(20) ? digits("3~2个") : digits("1～3项")));
            case 5 -> sb.append(r.pick(GE_WORDS)).append(' ').append(r.pick("三分之二", "百分之五"));
            case 6 -> sb.append(r.pick(GE_WORDS)).append(' ').append(r.pick("疫情前水平", "“上届数”")).append(" 的 ")
                    .append(r.pick(digits("90%"), digits("2倍"), "三分之二", wrong(20) ? digits("5家") : digits("1.5倍")));
            case 7 -> sb.append(r.pick("同比增长", "增长")).append(' ').append(wrong(20) ? digits("500亿元") : digits("5.5%"))
                    .append(r.chance(30) ? " " + r.pick(ABOVE) : "");
            case 8 -> sb.append(r.pick("（" + digits("1亿美元") + " 以上）", "（年产值 超过 " + digits("10亿元") + "）"))
                    .append(' ').append(wrong(20) ? digits("5%") : digits("8个"));
            case 9 -> sb.append(figure).append(' ').append(r.pick(ABOVE)).append(' ').append(r.pick("且", "并且")).append(' ')
                    .append(r.pick("经营性收入", "“另一个指标”")).append(' ').append(digits("50万元")).append(' ').append(r.pick(ABOVE));
            default -> sb.append(r.pick(GT_WORDS)).append(' ').append(value);
        }
        if (r.chance(20)) {
            sb.append(semi());
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ clauses

    /** A money expression: its text, an upper bound of its value (null: unbounded), whether it can be negative. */
    private record E(String text, BigDecimal upper, boolean literal, boolean mayBeNegative) {}

    /** An award: its text, an upper bound (null: unbounded), and the result an example can expect when it does not depend on the inputs. */
    private record A(String text, BigDecimal upper, String known, boolean mayBeNegative) {}

    private final class ClauseWriter {
        final Set<String> used = new HashSet<>();
        final List<String> money = new ArrayList<>();
        final Map<String, BigDecimal> moneyUpper = new LinkedHashMap<>();
        final List<String> bools = new ArrayList<>();
        final List<String> rates = new ArrayList<>();
        final Map<String, String> quantities = new LinkedHashMap<>();
        final Map<String, List<String>> choices = new LinkedHashMap<>();
        final Map<String, List<String>> grades = new LinkedHashMap<>();
        final List<String> dates = new ArrayList<>();
        final List<String> eligibilities = new ArrayList<>();
        final List<String> complianceRules = new ArrayList<>();
        final Map<String, String> knownResults = new LinkedHashMap<>();
        final List<String> inputOrder = new ArrayList<>();
        /** 一次性 calculators and the input the compiler introduces for each (已获得<名称>): examples give it. */
        final Map<String, String> oneOff = new LinkedHashMap<>();

        /** Half the clauses read the document's facts, as clauses read facts they do not declare. */
        ClauseWriter() {
            if (r.chance(50)) {
                money.addAll(factMoney);
                bools.addAll(factBools);
                used.addAll(factMoney);
                used.addAll(factBools);
                inputOrder.addAll(factMoney);
                inputOrder.addAll(factBools);
            }
        }

        String fresh(List<String> pool) {
            for (int attempt = 0; attempt < 8; attempt++) {
                String name = r.chance(clean ? 4 : 8) ? r.pick(ASCII_NAMES) : r.pick(pool);
                if (used.add(name)) {
                    return name;
                }
            }
            String name;
            int k = 0;
            do {
                name = r.pick(pool) + "甲乙丙丁戊己庚辛".charAt(k % 8) + (k >= 8 ? "子" : "");
                k++;
            } while (!used.add(name));
            return name;
        }

        String moneyName() {
            String name;
            int attempts = 0;
            do {
                name = r.chance(clean ? 3 : 6) ? r.pick(ASCII_NAMES) : r.pick(MONEY_PREFIX) + r.pick(MONEY_CORE) + r.pick(MONEY_SUFFIX);
            } while (!used.add(name) && ++attempts < 20);
            return attempts >= 20 ? fresh(List.of("其余金额")) : name;
        }

        String clause() {
            int number;
            do {
                number = r.between(1, 99);
            } while (!clauseNumbers.add(number) && !wrong(5));
            StringBuilder sb = new StringBuilder();
            sb.append("条款").append(r.pick(" ", "\t", "\u3000")).append(numberWord(number));
            if (!wrong(10)) {
                sb.append(' ').append(title());
            }
            sb.append('\n');
            List<String> items = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            if (!wrong(10)) {
                items.add("原文" + r.pick(" ", colon()) + narrated(marks));
            }
            if (r.chance(15)) {
                items.add(validity());
            }
            if (r.chance(15)) {
                items.add(rounding());
            }
            items.add(inputs());
            int definitions = r.between(0, 2);
            for (int i = 0; i < definitions && !money.isEmpty(); i++) {
                items.add(definition());
            }
            int eligibility = r.chance(40) ? r.between(1, 2) : 0;
            for (int i = 0; i < eligibility; i++) {
                items.add(eligibility());
            }
            if (r.chance(25)) {
                items.add(complianceRule());
            }
            int calculators = r.between(r.chance(10) ? 0 : 1, 3);
            for (int i = 0; i < calculators; i++) {
                items.add(calculator(i));
            }
            int examples = r.between(0, 2);
            for (int i = 0; i < examples; i++) {
                String e = example();
                if (e != null) {
                    items.add(e);
                }
            }
            if (r.chance(15)) {
                items.add(budget());
            }
            if (r.chance(15)) {
                items.add(target());
            }
            if (r.chance(8)) {
                items.add(fund());
            }
            items.addAll(marks);
            if (!clean && r.chance(10) && items.size() > 2) {
                // the order of a clause's items is free (definitions before their use is not required)
                items.add(items.remove(r.between(1, items.size() - 1)));
            }
            for (String item : items) {
                if (r.chance(10)) {
                    sb.append(indent()).append(comment()).append('\n');
                }
                sb.append(indent()).append(item);
                sb.append(r.chance(85) ? "\n" : r.pick(" ", "\t", " " + comment() + "\n"));
            }
            return sb.toString();
        }

        String inputs() {
            StringBuilder sb = new StringBuilder("输入").append(r.pick("", colon())).append(r.pick("\n", " "));
            int n = r.between(1, 6);
            for (int i = 0; i < n; i++) {
                int type = r.below(12);
                String name;
                String typeText;
                if (type < 4) {
                    name = moneyName();
                    money.add(name);
                    typeText = "金额";
                } else if (type < 6) {
                    name = fresh(BOOL_NAMES);
                    bools.add(name);
                    typeText = "是否";
                } else if (type == 6) {
                    name = fresh(RATE_NAMES);
                    rates.add(name);
                    typeText = "比例";
                } else if (type == 7 && r.chance(20)) {
                    name = fresh(NUMBER_NAMES);
                    quantities.put(name, "");
                    typeText = "数值";
                } else if (type == 7) {
                    name = fresh(QTY_NAMES);
                    String unit = wrong(10) ? r.pick(UNITS) : r.chance(50) ? r.pick(MEASURE_UNITS) : r.pick(COUNT_UNITS);
                    quantities.put(name, unit);
                    typeText = "数量" + lp() + unit + rp();
                } else if (type == 8 || type == 9) {
                    name = fresh(CHOICE_NAMES);
                    List<String> values = values(CHOICE_VALUES, r.between(wrong(10) ? 1 : 2, 5));
                    choices.put(name, values);
                    typeText = "选项" + lp() + String.join(comma(), values) + rp();
                } else if (type == 10) {
                    name = fresh(GRADE_NAMES);
                    List<String> values = new ArrayList<>(r.pick(GRADE_VALUES));
                    for (int k = 0; k < values.size(); k++) {
                        if (!used.add(values.get(k))) {
                            values.set(k, fresh(List.of(values.get(k) + "档")));
                        }
                    }
                    grades.put(name, values);
                    typeText = "等级" + lp() + String.join(comma(), values) + rp();
                } else {
                    name = fresh(DATE_NAMES);
                    dates.add(name);
                    typeText = "日期";
                }
                inputOrder.add(name);
                sb.append(r.pick("    ", "  ", "\t", "")).append(name).append(colon()).append(typeText);
                sb.append(r.pick("", "", "，", "；", ",")).append(r.pick("\n", " ", "\n"));
            }
            if (wrong(5) && !inputOrder.isEmpty()) {
                sb.append("    ").append(inputOrder.get(0)).append(colon()).append("金额\n");
            }
            return sb.toString().stripTrailing();
        }

        List<String> values(List<String> pool, int n) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add(fresh(pool));
            }
            return values;
        }

        String definition() {
            String name = fresh(DEFINITION_NAMES);
            E e = moneyExpr(r.between(0, 3));
            money.add(name);
            moneyUpper.put(name, e.upper());
            if (e.mayBeNegative()) {
                moneyUpper.put(name, null);
                negativeDefinitions.add(name);
            }
            return "定义 " + name + " " + equalsSign() + " " + e.text() + (r.chance(20) ? semi() : "");
        }

        final Set<String> negativeDefinitions = new HashSet<>();

        String eligibility() {
            String name = fresh(ELIGIBILITY_NAMES);
            String text = "认定 " + name + colon() + condition(r.between(0, 3)) + (r.chance(20) ? semi() : "");
            eligibilities.add(name);
            return text;
        }

        /** 合规 with one to three requirements, some under 若, some 一般, an optional subject and reason. */
        String complianceRule() {
            String name = fresh(RULE_NAMES);
            StringBuilder sb = new StringBuilder("合规 ").append(name);
            if (r.chance(30)) {
                sb.append(" 约束 ").append(r.pick(RULE_SUBJECTS));
            }
            sb.append(colon());
            int n = r.between(wrong(5) ? 0 : 1, 3);
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : r.pick("；", "，", ";"));
                if (r.chance(30)) {
                    sb.append("若 ").append(condition(1)).append(" 则 ");
                }
                if (r.chance(30)) {
                    sb.append("一般 ");
                }
                sb.append(condition(r.between(0, 2)));
            }
            if (r.chance(40)) {
                sb.append(r.pick("，", " ", ",")).append("否则 ").append(quoted());
            }
            complianceRules.add(name);
            return sb.toString();
        }

        // -------------------------------------------------------------- expressions

        E moneyLeaf() {
            List<String> usable = new ArrayList<>();
            for (String m : money) {
                if (!clean || !negativeDefinitions.contains(m)) {
                    usable.add(m);
                }
            }
            if (!usable.isEmpty() && r.chance(60)) {
                String name = r.pick(usable);
                if (wrong(3)) {
                    return new E(r.pick("未声明的金额", name + "额外", "若" + name), null, false, false);
                }
                return new E(name, moneyUpper.get(name), false, negativeDefinitions.contains(name));
            }
            Lit lit = money();
            if (r.chance(8)) {
                // 由 X 提高至 Y: the new value counts; in a clean program the old value is smaller (提高) or larger (降低)
                Lit old = money();
                boolean raise = old.yuan().compareTo(lit.yuan()) < 0;
                boolean lower = old.yuan().compareTo(lit.yuan()) > 0;
                String verb = clean ? (raise ? r.pick("提高至", "提高到") : lower ? r.pick("降低至", "降低到") : null)
                        : r.pick("提高至", "提高到", "降低至", "降低到", "调整为");
                if (verb != null) {
                    return new E("由 " + old.text() + " " + verb + " " + lit.text(), lit.yuan(), true, false);
                }
            }
            return new E(lit.text(), lit.yuan(), true, false);
        }

        E moneyExpr(int depth) {
            if (depth <= 0 || r.chance(30)) {
                return moneyLeaf();
            }
            int form = r.below(clean ? 9 : 13);
            switch (form) {
                case 0: {
                    E a = moneyExpr(depth - 1);
                    E b = moneyExpr(depth - 1);
                    return new E(a.text() + " " + plus() + " " + b.text(), add(a.upper(), b.upper()), false, a.mayBeNegative() || b.mayBeNegative());
                }
                case 1:
                case 2: {
                    E a = moneyExpr(depth - 1);
                    RateLit k = rate();
                    String op = form == 1 ? times() : "的";
                    return new E(wrapSum(a) + " " + op + " " + k.text(), mul(a.upper(), k.upper()), false, a.mayBeNegative());
                }
                case 3: {
                    List<String> counts = counts();
                    if (counts.isEmpty()) {
                        return moneyLeaf();
                    }
                    Lit lit = money();
                    return new E(r.pick(counts) + " " + times() + " " + lit.text(), null, false, false);
                }
                case 4: {
                    E a = moneyExpr(depth - 1);
                    int divisor = r.between(1, 10);
                    return new E(wrapSum(a) + " " + divide() + " " + digits(Integer.toString(divisor)), a.upper(), false, a.mayBeNegative());
                }
                case 5:
                case 6: {
                    int n = r.between(2, 3);
                    List<E> args = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        args.add(moneyExpr(depth - 1));
                    }
                    BigDecimal upper = form == 5 ? null : BigDecimal.ZERO;
                    boolean negative = false;
                    StringBuilder sb = new StringBuilder(form == 5 ? "较小值" : "较大值").append(lp());
                    for (int i = 0; i < n; i++) {
                        E a = args.get(i);
                        sb.append(i == 0 ? "" : comma()).append(a.text());
                        negative |= a.mayBeNegative();
                        if (form == 5) {
                            upper = upper == null ? a.upper() : a.upper() == null ? upper : upper.min(a.upper());
                        } else {
                            upper = upper == null || a.upper() == null ? null : upper.max(a.upper());
                        }
                    }
                    return new E(sb.append(rp()).toString(), upper, false, negative);
                }
                case 7: {
                    E a = moneyExpr(depth - 1);
                    return new E(lp() + a.text() + rp(), a.upper(), a.literal(), a.mayBeNegative());
                }
                case 8: {
                    if (rates.isEmpty()) {
                        return moneyLeaf();
                    }
                    E a = moneyExpr(depth - 1);
                    return new E(wrapSum(a) + " " + times() + " " + r.pick(rates), null, false, a.mayBeNegative());
                }
                case 9: {
                    E a = moneyExpr(depth - 1);
                    E b = moneyExpr(depth - 1);
                    return new E(a.text() + " " + minus() + " " + wrapSum(b), a.upper(), false, true);
                }
                case 10: {
                    E a = moneyExpr(depth - 1);
                    return new E(minus() + wrapSum(a), null, false, true);
                }
                case 11: {
                    // mixed units or a money × money product: refused by the checker
                    E a = moneyExpr(depth - 1);
                    return new E(a.text() + " " + r.pick(plus() + " " + digits("5亩"), times() + " " + moneyLeaf().text(),
                            plus() + " " + digits("3%"), divide() + " 0", plus() + " " + digits("5美元")), null, false, true);
                }
                default: {
                    E a = moneyExpr(depth - 1);
                    return new E(wrapSum(a) + " " + divide() + " " + digits("0"), null, false, true);
                }
            }
        }

        /** Brackets a sum before it is multiplied, so that the written expression means what the bound assumes. */
        String wrapSum(E e) {
            return e.literal() || !(e.text().contains("+") || e.text().contains("＋") || e.text().contains(" -") || e.text().contains(" −")
                    || e.text().contains(" －")) ? e.text() : lp() + e.text() + rp();
        }

        BigDecimal add(BigDecimal a, BigDecimal b) {
            return a == null || b == null ? null : a.add(b);
        }

        BigDecimal mul(BigDecimal a, BigDecimal k) {
            return a == null ? null : a.multiply(k);
        }

        // -------------------------------------------------------------- conditions

        String condition(int depth) {
            if (depth <= 0 || r.chance(35)) {
                return atom();
            }
            return switch (r.below(6)) {
                case 0 -> "非 " + condition(depth - 1);
                case 1 -> condition(depth - 1) + " " + r.pick("且", "并且") + " " + condition(depth - 1);
                case 2 -> condition(depth - 1) + " " + r.pick("或", "或者") + " " + condition(depth - 1);
                case 3 -> lp() + condition(depth - 1) + rp();
                case 4 -> "非 " + lp() + condition(depth - 1) + rp();
                default -> lp() + condition(depth - 1) + rp() + " " + r.pick("且", "或") + " " + lp() + condition(depth - 1) + rp();
            };
        }

        String atom() {
            for (int attempt = 0; attempt < 10; attempt++) {
                switch (r.below(9)) {
                    case 0:
                        if (!bools.isEmpty()) {
                            String b = r.pick(bools);
                            return r.chance(60) ? b : b + " " + r.pick("为", "为") + " " + r.pick("是", "否");
                        }
                        break;
                    case 1:
                        if (!eligibilities.isEmpty()) {
                            return r.pick(eligibilities);
                        }
                        break;
                    case 2:
                    case 3:
                        if (!money.isEmpty() || r.chance(20)) {
                            return moneyComparison();
                        }
                        break;
                    case 4:
                        if (!choices.isEmpty()) {
                            String c = r.pick(new ArrayList<>(choices.keySet()));
                            List<String> values = choices.get(c);
                            if (r.chance(50)) {
                                return c + " " + r.pick("为", "为", "等于", "=", "＝") + " " + (wrong(5) ? "不存在的值" : r.pick(values));
                            }
                            if (wrong(5)) {
                                return c + " " + r.pick(GE_WORDS) + " " + r.pick(values);
                            }
                            int n = r.between(1, values.size());
                            List<String> some = new ArrayList<>(values.subList(0, n));
                            return c + " 属于" + lp() + String.join(comma(), some) + rp();
                        }
                        break;
                    case 5:
                        if (!grades.isEmpty()) {
                            String g = r.pick(new ArrayList<>(grades.keySet()));
                            String v = r.pick(grades.get(g));
                            return switch (r.below(6)) {
                                case 0 -> g + " " + r.pick(GE_WORDS) + " " + v + " " + r.pick(ABOVE);
                                case 1 -> g + " " + v + " " + r.pick(BELOW);
                                case 2 -> g + " " + r.pick(GT_WORDS) + " " + v;
                                case 3 -> g + " 为 " + v + " " + r.pick(ABOVE);
                                case 4 -> g + " 属于" + lp() + v + rp();
                                default -> g + " 为 " + v;
                            };
                        }
                        break;
                    case 6:
                        if (!quantities.isEmpty() && r.chance(30)) {
                            String share = share();
                            if (share != null) {
                                return share + " " + r.pick(GE_WORDS) + " " + rate().text();
                            }
                        }
                        if (!quantities.isEmpty()) {
                            String q = r.pick(new ArrayList<>(quantities.keySet()));
                            String unit = wrong(10) ? r.pick(COUNT_UNITS) : quantities.get(q);
                            // counts are whole; a measure or a 数值 may have decimals (3000.5平方米, 2.5)
                            String number = Integer.toString(r.between(0, 500))
                                    + (!COUNT_UNITS.contains(unit) && r.chance(40) ? "." + r.between(1, 99) : "");
                            String value = digits(number) + unit;
                            return r.chance(30) ? q + " 为 " + value : q + " " + r.pick(GE_WORDS) + " " + value;
                        }
                        break;
                    case 7:
                        if (!dates.isEmpty() && r.chance(40)) {
                            // 日期 以前/以后/以内 a date, another date, or a date moved by 年/个月/天
                            String d = r.pick(dates);
                            String other = r.chance(50) ? date(r.between(2020, 2030), r.between(1, 12), r.between(1, 28)) : r.pick(dates);
                            if (r.chance(40)) {
                                other = other + " " + r.pick(plus(), minus()) + " " + r.between(0, 36) + r.pick("年", "个月", "天");
                            }
                            return d + " " + other + " " + r.pick("以前", "以后", "以内");
                        }
                        if (!rates.isEmpty()) {
                            return r.pick(rates) + " " + r.pick(LE_WORDS) + " " + rate().text();
                        }
                        break;
                    default:
                        if (wrong(30)) {
                            // a comparison word that contradicts itself, or a condition that is not one
                            return money.isEmpty() ? "未知条件" : r.pick(money) + " " + r.pick("超过 100万元 以上", "不足 5万元 以上", "低于 1元 及以上", "");
                        }
                }
            }
            return bools.isEmpty() ? (money.isEmpty() ? moneyLeafComparison() : moneyComparison()) : r.pick(bools);
        }

        String moneyLeafComparison() {
            Lit a = money();
            Lit b = money();
            return a.text() + " " + r.pick(GE_WORDS) + " " + b.text();
        }

        /** The inputs counted in whole units. */
        List<String> counts() {
            List<String> counts = new ArrayList<>();
            quantities.forEach((name, unit) -> {
                if (COUNT_UNITS.contains(unit)) {
                    counts.add(name);
                }
            });
            return counts;
        }

        /**
         * {@code A 占 B 的比重}: two quantities of one unit (万亩 and 亩 are one), or two amounts; a
         * mismatch now and then when not clean. Null when the clause has no such pair.
         */
        String share() {
            List<String> names = new ArrayList<>(quantities.keySet());
            String a = r.pick(names);
            String base = quantities.get(a).replaceFirst("^(万|亿)(?=.)", "");
            List<String> same = new ArrayList<>();
            for (String b : names) {
                if (quantities.get(b).replaceFirst("^(万|亿)(?=.)", "").equals(base) && !quantities.get(b).isEmpty()) {
                    same.add(b);
                }
            }
            if (wrong(5)) {
                return a + " 占 " + r.pick(names) + " " + r.pick("的比重", "的比例");
            }
            if (!same.isEmpty() && !base.isEmpty()) {
                return a + " 占 " + r.pick(same) + " " + r.pick("的比重", "的比例");
            }
            if (money.size() >= 1) {
                return r.pick(money) + " 占 " + r.pick(money) + " 的比重";
            }
            return null;
        }

        String moneyComparison() {
            E left = moneyExpr(r.between(0, 1));
            E right = r.chance(70) ? new E(money().text(), null, true, false) : moneyExpr(r.between(0, 1));
            return switch (r.below(8)) {
                case 0 -> left.text() + " " + r.pick(GE_WORDS) + " " + right.text();
                case 1 -> left.text() + " " + right.text() + " " + r.pick(ABOVE);
                case 2 -> left.text() + " " + right.text() + " " + r.pick(BELOW);
                case 3 -> left.text() + " " + r.pick(GE_WORDS) + " " + right.text() + " " + r.pick(ABOVE);
                case 4 -> left.text() + " " + r.pick(LE_WORDS) + " " + right.text() + " " + r.pick(BELOW);
                case 5 -> left.text() + " " + r.pick(GT_WORDS) + " " + right.text();
                case 6 -> left.text() + " " + r.pick(LT_WORDS) + " " + right.text();
                default -> left.text() + " " + r.pick(SYMBOLS) + " " + right.text();
            };
        }

        // -------------------------------------------------------------- awards

        A award(int depth, boolean sumAllowed) {
            A first = term(depth);
            if (!sumAllowed || !r.chance(20)) {
                return first;
            }
            StringBuilder sb = new StringBuilder(first.text());
            BigDecimal upper = first.upper();
            boolean negative = first.mayBeNegative();
            int n = r.between(1, 2);
            for (int i = 0; i < n; i++) {
                sb.append(r.pick(" ", "，", "\n      ")).append("再给予");
                int form = r.below(clean ? 2 : 4);
                A next;
                if (form == 0) {
                    next = term(depth - 1);
                    sb.append(lp()).append(next.text()).append(rp());
                } else if (form == 1) {
                    next = term(0);
                    sb.append(' ').append(next.text());
                    if (next.text().startsWith("若") || next.text().startsWith("按 ")) {
                        // an unbracketed 若 or 查表 after 再给予 is legal, but not clean: its 否则 takes what follows
                        negative = true;
                    }
                } else if (form == 2) {
                    E e = moneyExpr(0);
                    next = new A("最高 " + e.text(), e.upper(), null, e.mayBeNegative());
                    sb.append(' ').append(next.text());
                } else {
                    E e = moneyExpr(1);
                    next = new A(e.text(), e.upper(), null, e.mayBeNegative());
                    sb.append(' ').append(next.text());
                }
                upper = add(upper, next.upper());
                negative |= next.mayBeNegative();
            }
            return new A(sb.toString(), upper, null, negative);
        }

        A term(int depth) {
            int form = depth <= 0 ? r.below(5) : r.below(9);
            switch (form) {
                case 0: {
                    E e = moneyExpr(r.between(0, 2));
                    if (r.chance(30)) {
                        Lit cap = money();
                        return new A("给予 " + e.text() + r.pick("，", ",", " ", "，") + "最高 " + cap.text(), cap.yuan(), null, e.mayBeNegative());
                    }
                    return new A("给予 " + e.text(), e.upper(), e.literal() ? "给予 " + e.text() : null, e.mayBeNegative());
                }
                case 1: {
                    E e = moneyExpr(r.between(0, 2));
                    return new A("给予 最高 " + e.text(), e.upper(), e.literal() ? "最高可得 " + e.text() : null, e.mayBeNegative());
                }
                case 2: {
                    E e = moneyExpr(r.between(0, 2));
                    if (r.chance(40)) {
                        Lit cap = money();
                        return new A("按不超过 " + e.text() + " 给予" + r.pick("，", ",", " ") + "最高 " + cap.text(), cap.yuan(), null, e.mayBeNegative());
                    }
                    return new A("按不超过 " + e.text() + " 给予", e.upper(), e.literal() ? "最高可得 " + e.text() : null, e.mayBeNegative());
                }
                case 3:
                case 4: {
                    String reason = r.chance(60) ? " " + quoted() : "";
                    return new A("不予" + reason, BigDecimal.ZERO, "不予", false);
                }
                case 5:
                case 6: {
                    StringBuilder sb = new StringBuilder("若 ").append(condition(r.between(0, 2))).append(" 则 ");
                    A then = term(depth - 1);
                    sb.append(then.text());
                    BigDecimal upper = then.upper();
                    boolean negative = then.mayBeNegative();
                    int elseIfs = r.chance(50) ? 0 : r.between(1, 3);
                    for (int i = 0; i < elseIfs; i++) {
                        A branch = term(depth - 1);
                        sb.append(r.pick("\n      ", " ")).append("否则若 ").append(condition(r.between(0, 2))).append(" 则 ").append(branch.text());
                        upper = upper == null || branch.upper() == null ? null : upper.max(branch.upper());
                        negative |= branch.mayBeNegative();
                    }
                    A otherwise = term(depth - 1);
                    sb.append(r.pick("\n      ", " ")).append("否则 ").append(otherwise.text());
                    upper = upper == null || otherwise.upper() == null ? null : upper.max(otherwise.upper());
                    negative |= otherwise.mayBeNegative();
                    String text = sb.toString();
                    // a nested 若 reads best in brackets; without them it is still grammatical
                    return new A(r.chance(30) ? lp() + text + rp() : text, upper, null, negative);
                }
                case 7: {
                    List<String> keys = new ArrayList<>(choices.keySet());
                    keys.addAll(grades.keySet());
                    if (keys.isEmpty()) {
                        return term(0);
                    }
                    String key = r.pick(keys);
                    List<String> values = choices.containsKey(key) ? choices.get(key) : grades.get(key);
                    boolean otherwiseRow = r.chance(60);
                    int rows = otherwiseRow ? r.between(1, values.size()) : values.size();
                    StringBuilder sb = new StringBuilder("按 ").append(wrong(5) && !money.isEmpty() ? r.pick(money) : key).append(" 查表").append(lp());
                    BigDecimal upper = BigDecimal.ZERO;
                    boolean negative = false;
                    for (int i = 0; i < rows + (otherwiseRow ? 1 : 0); i++) {
                        A row = term(depth - 1);
                        if (row.text().startsWith("若") && !row.text().startsWith(lp())) {
                            row = new A(lp() + row.text() + rp(), row.upper(), row.known(), row.mayBeNegative());
                        }
                        sb.append(i == 0 ? "" : r.pick("，", "；", ",", ";", "，\n        ")).append(i < rows ? values.get(i) : "其他")
                                .append(' ').append(arrow()).append(' ').append(row.text());
                        upper = upper == null || row.upper() == null ? null : upper.max(row.upper());
                        negative |= row.mayBeNegative();
                    }
                    if (r.chance(20)) {
                        sb.append(r.pick("，", "；"));
                    }
                    return new A(sb.append(rp()).toString(), upper, null, negative);
                }
                default: {
                    A inner = award(depth - 1, true);
                    return new A(lp() + inner.text() + rp(), inner.upper(), inner.known(), inner.mayBeNegative());
                }
            }
        }

        // -------------------------------------------------------------- calculators and examples

        /**
         * 应缴 名称：… 缴纳 … 免费: what the applicant pays. In a clean program its body uses only the
         * payment's words; otherwise a grant word now and then, which must be refused.
         */
        String payment(int index) {
            String name = fresh(List.of("车辆通行费", "港口服务费", "担保费", "通行费用"));
            List<String> usable = money.stream().filter(m -> !clean || !negativeDefinitions.contains(m)).toList();
            String amount = usable.isEmpty() ? money().text() : r.pick(usable);
            String discounted = amount + " " + times() + " " + r.pick("六五折", "八折", "九五折", "50%");
            String body = switch (r.below(clean ? 4 : 6)) {
                case 0 -> "缴纳 " + discounted;
                case 1 -> "免费" + (r.chance(50) ? " " + quoted() : "");
                case 2 -> bools.isEmpty() ? "缴纳 " + amount : "若 " + r.pick(bools) + " 则 免费 否则 缴纳 " + discounted;
                case 3 -> "缴纳 " + discounted + "，最高 " + money().text();
                case 4 -> "给予 " + discounted;
                default -> "若 " + condition(0) + " 则 缴纳 " + amount + " 否则 不予";
            };
            if (body.equals("免费") || body.startsWith("免费 ")) {
                knownResults.put(name, "免费");
            }
            // 一次性 on a payment is refused (once.payment): only programs allowed to be wrong write it
            return "应缴 " + name + (!clean && r.chance(5) ? " 一次性" : "") + (r.chance(20) && !money.isEmpty() && !clean ? "，单调 " + r.pick(money) : "") + colon() + " " + body;
        }

        String calculator(int index) {
            if (r.chance(8)) {
                return payment(index);
            }
            String kind = r.pick("补助", "奖励", "资助", "配套", "补贴", "计算");
            String name;
            if (index > 0 && !knownResults.isEmpty() && r.chance(10)) {
                // the fast variant of calculator X is the Java method X金额: a calculator of that name is a trap
                name = fresh(List.of(knownResults.keySet().iterator().next() + "金额"));
            } else {
                String base = r.pick(MONEY_CORE) + r.pick(KIND_WORDS);
                name = used.add(base) ? base : fresh(List.of(base + "项目"));
                if (r.chance(clean ? 3 : 6)) {
                    used.remove(name);
                    name = fresh(ASCII_NAMES);
                }
            }
            A award = award(r.between(1, 3), true);
            if (award.mayBeNegative() && clean) {
                award = new A("不予", BigDecimal.ZERO, "不予", false);
            }
            StringBuilder sb = new StringBuilder(kind).append(' ').append(name);
            if (r.chance(20)) {
                String frequency = r.pick("一次性", "每年");
                sb.append(' ').append(frequency);
                if (frequency.equals("一次性")) {
                    oneOff.put(name, "已获得" + name);
                }
            }
            // 累计最高 X，已获 M: the result is clamped under X given what was received, so it no longer has a
            // value an example can know without the received amount
            List<String> receivable = clean ? money.stream().filter(inputOrder::contains).toList() : money;
            boolean cumulative = !receivable.isEmpty() && r.chance(10);
            if (clean && !cumulative) {
                if (award.upper() != null && r.chance(60)) {
                    BigDecimal cap = award.upper().setScale(0, RoundingMode.CEILING).add(BigDecimal.valueOf(r.between(1, 10_000)));
                    sb.append(" 最高 ").append(cap.toPlainString()).append("元");
                }
            } else if (!clean && r.chance(40)) {
                sb.append(" 最高 ").append(money().text());
            }
            if (cumulative) {
                String received = r.pick(receivable);
                sb.append(r.pick("，", " ", ",")).append("累计最高 ").append(clean ? digits(Long.toString(r.longBetween(0, 99999))) + "万元" : money().text())
                        .append(r.pick("，", " ")).append("已获 ").append(received);
                award = new A(award.text(), award.upper(), null, award.mayBeNegative());
            }
            if (!clean && r.chance(15) && !money.isEmpty()) {
                sb.append(r.pick("，", ",", " ")).append("单调 ").append(r.pick(money));
                if (r.chance(30)) {
                    sb.append(comma()).append(r.pick(inputOrder));
                }
            }
            sb.append(colon()).append(r.pick("\n      ", " ")).append(award.text());
            if (r.chance(15)) {
                sb.append(semi());
            }
            if (award.known() != null) {
                knownResults.put(name, award.known());
            }
            return sb.toString();
        }

        String example() {
            List<String> targets = new ArrayList<>(knownResults.keySet());
            if (targets.isEmpty() && clean) {
                return null;
            }
            StringBuilder sb = new StringBuilder("例");
            if (r.chance(70)) {
                sb.append(' ').append(quoted());
            }
            sb.append(colon());
            List<String> bound = new ArrayList<>();
            for (String input : inputOrder) {
                if (!clean && r.chance(5)) {
                    continue;
                }
                bound.add(binding(input));
            }
            if (bound.isEmpty()) {
                if (clean) {
                    return null;
                }
                bound.add("不存在的输入 5万元");
            }
            // 已获得… of a 一次性 calculator: mostly 否 (the calculator's own result), sometimes 是 (then 不予)
            List<String> received = new ArrayList<>();
            for (String input : oneOff.values()) {
                if (!clean && r.chance(5)) {
                    continue;
                }
                boolean yes = r.chance(30);
                if (yes) {
                    received.add(input);
                }
                bound.add(input + r.pick(" ", " 为 ", " = ") + (yes ? "是" : "否"));
            }
            for (int i = 0; i < bound.size(); i++) {
                sb.append(i == 0 ? "" : r.pick("，", "；", ",", "、")).append(bound.get(i));
            }
            sb.append(' ').append(arrow()).append(' ');
            int n = targets.isEmpty() ? 1 : r.between(1, targets.size());
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : r.pick("，", "；"));
                if (targets.isEmpty() || wrong(20)) {
                    sb.append(targets.isEmpty() ? "某计算器" : targets.get(i)).append(' ').append(r.pick("给予 ", "最高可得 ", "= ", "")).append(money().text());
                } else {
                    String target = targets.get(i);
                    String known = received.contains(oneOff.get(target)) ? "不予" : knownResults.get(target);
                    if (known.startsWith("给予 ") && r.chance(30)) {
                        known = r.pick("= ", "") + known.substring(3);
                    }
                    sb.append(target).append(' ').append(known);
                }
            }
            if (!clean && !complianceRules.isEmpty() && r.chance(30)) {
                // the verdict depends on the inputs, so only programs allowed to be wrong expect one
                sb.append(r.pick("，", "；")).append(r.pick(complianceRules)).append(" 为 ").append(r.pick("合规", "不合规", "未达一般要求", "是"));
            }
            if (r.chance(20)) {
                sb.append(semi());
            }
            return sb.toString();
        }

        String binding(String input) {
            if (money.contains(input)) {
                return input + r.pick(" ", " = ", " ＝ ") + money().text();
            }
            if (bools.contains(input)) {
                return input + r.pick(" ", " 为 ", " = ") + r.pick("是", "否");
            }
            if (rates.contains(input)) {
                return input + r.pick(" ", " = ") + digits(r.between(0, 100) + "%");
            }
            if (quantities.containsKey(input)) {
                String unit = quantities.get(input);
                String number = Integer.toString(r.between(0, 1000)) + (!COUNT_UNITS.contains(unit) && r.chance(40) ? "." + r.between(1, 99) : "");
                return input + r.pick(" ", " = ", " 为 ") + digits(number) + unit;
            }
            if (dates.contains(input)) {
                return input + r.pick(" ", " 为 ") + date(r.between(2020, 2030), r.between(1, 12), r.between(1, 28));
            }
            if (choices.containsKey(input)) {
                return input + r.pick(" 为 ", " 为 ", " ") + r.pick(choices.get(input));
            }
            if (grades.containsKey(input)) {
                return input + r.pick(" 为 ", " ") + r.pick(grades.get(input));
            }
            return input + " 是";
        }
    }
}
