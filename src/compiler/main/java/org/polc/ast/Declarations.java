package org.polc.ast;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.Span;
import org.polc.vocabulary.Comparison;

/** The declarations a Part or clause can hold, each with its position. */
public final class Declarations {

    private Declarations() {}

    public record Text(Span span, String text) {}

    public record Validity(Span span, LocalDate from, LocalDate to) {}

    /**
     * 叙述 “315”：reason — pieces of the 原文 whose numbers no construct computes, and why.
     *
     * @param span the keyword 叙述
     * @param reason empty when the drafter left it out (the checker reports it)
     */
    public record Narrative(Span span, List<Piece> pieces, Optional<String> reason) {
        public Narrative {
            pieces = List.copyOf(pieces);
        }
    }

    /** One quoted piece of a 叙述 mark, as written. */
    public record Piece(Span span, String text) {}

    public enum RoundingRule { HALF_UP, DOWN, UP }

    public record Rounding(Span span, RoundingRule rule) {}

    /** 输入 名称：类型. */
    public record Input(Span span, String name, TypeRef type) {}

    /** 事实 名称：类型 “含义” — a fact declared once for the document; the meaning is empty when not written. */
    public record Fact(Span span, String name, TypeRef type, Optional<String> meaning) {}

    public sealed interface TypeRef {
        Span span();

        <R> R accept(Visitor<R> visitor);

        interface Visitor<R> {
            R visitMoney(Money money);

            R visitRate(Rate rate);

            R visitBool(Bool bool);

            R visitDate(Date date);

            R visitQuantity(Quantity quantity);

            R visitNumber(Number number);

            R visitChoice(Choice choice);
        }

        record Money(Span span) implements TypeRef {
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitMoney(this);
            }
        }

        record Rate(Span span) implements TypeRef {
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitRate(this);
            }
        }

        record Bool(Span span) implements TypeRef {
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitBool(this);
            }
        }

        record Date(Span span) implements TypeRef {
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitDate(this);
            }
        }

        record Quantity(Span span, String unit) implements TypeRef {
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitQuantity(this);
            }
        }

        /** 选项（…） when {@code ordered} is false; 等级（highest, …, lowest） when true. */
        /** 数值: a plain number such as 容积率. */
        record Number(Span span) implements TypeRef {
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitNumber(this);
            }
        }

        record Choice(Span span, List<Name> values, boolean ordered) implements TypeRef {
            public Choice {
                values = List.copyOf(values);
            }

            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitChoice(this);
            }
        }
    }

    /** 定义 名称 = 表达式. */
    public record Definition(Span span, String name, Expr expr) {}

    public enum Frequency { ONCE, YEARLY }

    /**
     * 补助/奖励/资助/配套/补贴/计算 名称 [一次性|每年] [最高 cap] [，单调 输入…]：award.
     *
     * @param kind the keyword as written (补助, 奖励 …)
     * @param monotoneIn inputs in which the drafter declares the result never decreases
     * @param frequencySpan where 一次性 or 每年 is written: the span of the input 一次性 introduces
     */
    public record Calculator(Span span, String kind, String name, Span nameSpan, Optional<Frequency> frequency,
            Optional<Expr> cap, List<Name> monotoneIn, Award body, Optional<Cumulative> cumulative, Optional<Span> frequencySpan) {
        public Calculator {
            monotoneIn = List.copyOf(monotoneIn);
        }

        public Calculator(Span span, String kind, String name, Span nameSpan, Optional<Frequency> frequency,
                Optional<Expr> cap, List<Name> monotoneIn, Award body, Optional<Cumulative> cumulative) {
            this(span, kind, name, nameSpan, frequency, cap, monotoneIn, body, cumulative, Optional.empty());
        }

        public Calculator(Span span, String kind, String name, Span nameSpan, Optional<Frequency> frequency,
                Optional<Expr> cap, List<Name> monotoneIn, Award body) {
            this(span, kind, name, nameSpan, frequency, cap, monotoneIn, body, Optional.empty());
        }
    }

    /** 累计最高 cap，已获 received: the calculator gives at most cap less what was already received. */
    public record Cumulative(Span span, Expr cap, Name received) {}

    /** 认定 名称：条件 — an eligibility rule (视同 …) that yields 是/否. */
    public record Eligibility(Span span, String name, Condition condition) {}

    /**
     * 合规 名称 [约束 主体]：requirement；requirement … [，否则 “理由”] — what the text requires.
     *
     * @param subject who must comply, when the text binds someone other than the applicant (an authority)
     * @param reason what to show when a requirement is not met
     */
    public record ComplianceRule(Span span, String name, Optional<String> subject, List<Requirement> requirements, Optional<String> reason) {
        public ComplianceRule {
            requirements = List.copyOf(requirements);
        }
    }

    /**
     * One requirement of a 合规 rule: {@code condition} must hold, when {@code when} holds (always
     * when empty). A {@code general} requirement is one the text softens with 一般: not meeting it is
     * 未达一般要求, which the text allows exceptions to, not 不合规.
     */
    public record Requirement(Span span, Optional<Condition> when, Condition condition, boolean general) {}

    /** 例 “说明”：bindings ⇒ expectations. */
    public record Example(Span span, Optional<String> title, List<Binding> bindings, List<Expectation> expectations) {
        public Example {
            bindings = List.copyOf(bindings);
            expectations = List.copyOf(expectations);
        }
    }

    /** What a 例 gives an input or expects of a rule: 是/否, or an expression (an amount, a count, a choice value). */
    public sealed interface ExampleValue {
        <R> R accept(Visitor<R> visitor);

        /** 是 or 否, when the value is one. */
        default Optional<Boolean> truth() {
            return Optional.empty();
        }

        /** The expression, when the value is one. */
        default Optional<Expr> expression() {
            return Optional.empty();
        }

        interface Visitor<R> {
            R visitTruth(Truth truth);

            R visitValue(Value value);
        }

        record Truth(boolean value) implements ExampleValue {
            @Override
            public Optional<Boolean> truth() {
                return Optional.of(value);
            }

            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitTruth(this);
            }
        }

        record Value(Expr expr) implements ExampleValue {
            @Override
            public Optional<Expr> expression() {
                return Optional.of(expr);
            }

            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitValue(this);
            }
        }
    }

    public record Binding(Span span, String name, ExampleValue value) {}

    /** What a 例 expects: of a calculator 最高可得/给予/不予/an amount; of a payment 应缴 X/免费; of a 合规 rule its verdict. */
    public enum ExpectKind { CEILING, FIXED, NONE, VALUE, PAYABLE, FREE, COMPLIANT, NOT_COMPLIANT, GENERAL_NOT_MET }

    public record Expectation(Span span, String name, ExpectKind kind, Optional<ExampleValue> value) {}

    /**
     * 预算 名称 [由 省 安排，] [2023—2025年 每年] total 其中：item amount ….
     *
     * @param total the amount written: the total, or with a period each year's amount
     * @param source who provides the money, when the text says (由 省 安排)
     * @param period the years each of which gets {@code total} (2023—2025年 每年)
     */
    public record Budget(Span span, Optional<String> name, Expr.Literal total, List<BudgetItem> items, Optional<Overlap> overlap,
            Optional<String> source, Optional<Period> period) {
        public Budget {
            items = List.copyOf(items);
        }

        public Budget(Span span, Optional<String> name, Expr.Literal total, List<BudgetItem> items, Optional<Overlap> overlap) {
            this(span, name, total, items, overlap, Optional.empty(), Optional.empty());
        }

        public Budget(Span span, Optional<String> name, Expr.Literal total, List<BudgetItem> items) {
            this(span, name, total, items, Optional.empty());
        }
    }

    /** 2023—2025年 每年, 2023年 至 2025年 每年: both years included; {@code from} may omit 年, as 2023—2025年 does. */
    public record Period(Span span, Expr.Literal from, Expr.Literal to) {}

    /**
     * 除交叉重叠部分外，各部分 “label” 共 8个: the total is over the budget labelled {@code partLabel}
     * of each of {@code parts} Parts, less what they have in common.
     */
    public record Overlap(Span span, String partLabel, Expr.Literal parts) {}

    public record BudgetItem(Span span, String name, Expr.Literal amount) {}

    /**
     * 目标 [2024年] [力争|争取|确保] goal [且 goal …].
     *
     * @param goals one or more, all of which the target asks (集体经济总收入 80万元 以上 且 经营性收入 50万元 以上)
     */
    public record Target(Span span, Optional<Expr.Literal> year, Optional<String> strength, List<Goal> goals) {
        public Target {
            goals = List.copyOf(goals);
        }
    }

    /**
     * One indicator of a target and the figure it should reach.
     *
     * @param qualifier present when the indicator counts the items that meet a threshold (1亿美元以上项目)
     * @param growth whether the figure is the growth over last year's (同比增长 5.5%)
     * @param comparison empty when the text states a plain value (新增高新技术企业2000家)
     * @param approx the word 约 or 左右 when the value is approximate, else empty
     * @param tolerance how far the figure may miss (相差 10个 以内), for this goal only
     * @param text the goal as written, layout folded
     */
    public record Goal(Span span, String indicator, Optional<Qualifier> qualifier, boolean growth, Optional<Comparison> comparison,
            String comparisonWords, Optional<String> approx, TargetValue value, Optional<Tolerance> tolerance, String text) {}

    /** （年产值 超过 10亿元）: the threshold each counted item meets. */
    public record Qualifier(Span span, Optional<String> attribute, Comparison comparison, String comparisonWords, Expr.Literal threshold) {}

    /** 相差 5% 以内: a share of the figure, or an amount in its unit. As a Part or header item: 约数 相差 5% 以内. */
    public record Tolerance(Span span, Expr.Literal amount) {}

    /** What a goal's indicator is compared with. */
    public sealed interface TargetValue {
        Span span();

        <R> R accept(Visitor<R> visitor);

        interface Visitor<R> {
            R visitFigure(Figure figure);

            R visitRange(Range range);

            R visitIndicator(Indicator indicator);

            R visitBudget(Budget budget);
        }

        /** 3.95%, 2000家, 三分之二. */
        record Figure(Span span, Expr.Literal value) implements TargetValue {
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitFigure(this);
            }
        }

        /** 1~2个, 1个 至 2个: both ends included. The low end may omit the unit, as 1~2个 does. */
        record Range(Span span, Expr.Literal low, Expr.Literal high) implements TargetValue {
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitRange(this);
            }
        }

        /** 各项贷款平均增速; 疫情前境外航班数 的 90%: another indicator's actual figure, times a factor. */
        record Indicator(Span span, String name, Optional<Expr.Literal> factor) implements TargetValue {
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitIndicator(this);
            }
        }

        /** 预算 省级外资招引激励资金 的 40%: a budget's amount for the target's year, times a factor. */
        record Budget(Span span, String name, Optional<Expr.Literal> factor) implements TargetValue {
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visitBudget(this);
            }
        }
    }
}
