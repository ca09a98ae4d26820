package org.polc.syntax;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.RuleNode;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.polc.ast.Award;
import org.polc.ast.Condition;
import org.polc.ast.Declarations.Binding;
import org.polc.ast.Declarations.Budget;
import org.polc.ast.Declarations.BudgetItem;
import org.polc.ast.Declarations.Calculator;
import org.polc.ast.Declarations.Cumulative;
import org.polc.ast.Declarations.Definition;
import org.polc.ast.Declarations.Eligibility;
import org.polc.ast.Declarations.Example;
import org.polc.ast.Declarations.ExampleValue;
import org.polc.ast.Declarations.ExpectKind;
import org.polc.ast.Declarations.Fact;
import org.polc.ast.Declarations.Requirement;
import org.polc.ast.Declarations.ComplianceRule;
import org.polc.ast.Declarations.Expectation;
import org.polc.ast.Declarations.Frequency;
import org.polc.ast.Declarations.Input;
import org.polc.ast.Declarations.Narrative;
import org.polc.ast.Declarations.Piece;
import org.polc.ast.Declarations.Overlap;
import org.polc.ast.Declarations.Period;
import org.polc.ast.Declarations.Rounding;
import org.polc.ast.Declarations.RoundingRule;
import org.polc.ast.Declarations.Goal;
import org.polc.ast.Declarations.Qualifier;
import org.polc.ast.Declarations.Target;
import org.polc.ast.Declarations.TargetValue;
import org.polc.ast.Declarations.Text;
import org.polc.ast.Declarations.Tolerance;
import org.polc.ast.Declarations.TypeRef;
import org.polc.ast.Declarations.Validity;
import org.polc.ast.Document;
import org.polc.ast.Expr;
import org.polc.ast.Name;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.SourceText;
import org.polc.diagnostics.Span;
import org.polc.syntax.antlr.PolLexer;
import org.polc.syntax.antlr.PolParser.*;
import org.polc.syntax.antlr.PolParserBaseVisitor;
import org.polc.vocabulary.ChineseNumerals;
import org.polc.vocabulary.Comparison;
import org.polc.vocabulary.ComparisonWords;
import org.polc.vocabulary.LegalWords;
import org.polc.vocabulary.Units;

/**
 * Turns ANTLR's parse tree into the immutable AST, with a {@link Span} on every node. Problems that
 * the grammar cannot see (a clause with two 原文, a date that does not exist, 超过…以上) are reported
 * here, in Chinese.
 *
 * <p>The labelled alternatives of {@code expr}, {@code condition}, {@code awardTerm} and {@code type}
 * are built by one {@code visitXxx} each; the typed helpers {@link #expr}, {@link #condition},
 * {@link #awardTerm} and {@link #type} dispatch to them. The other rules are built by plain methods.
 */
final class AstBuilder extends PolParserBaseVisitor<Object> {

    private final SourceFile source;
    private final Diagnostics diagnostics;
    /** 第十四条 while building a clause, so messages name it. */
    private String where = "";
    /** The clause being built, 0 outside clauses (as PolParsing numbers syntax errors). */
    private int clause;
    /** Clauses whose AST holds a guess in place of something polc could not read. */
    private final Set<Integer> clausesWithErrors = new HashSet<>();

    AstBuilder(SourceFile source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    /** The header of a file, when its first unit has one. */
    Optional<Document.Header> header(HeaderUnitContext ctx) {
        return Optional.ofNullable(ctx.header()).map(this::header);
    }

    /** A Part heading with the clauses that follow it in the file. */
    Document.Part part(PartHeadContext ctx, List<Document.Clause> clauses) {
        Document.Part heading = part(ctx);
        return new Document.Part(heading.span(), heading.number(), heading.title(), heading.leads(), heading.text(),
                heading.targets(), heading.budgets(), List.copyOf(clauses), heading.tolerances(), heading.narratives());
    }

    Document.Clause clauseUnit(ClauseUnitContext ctx) {
        return clause(ctx.clause());
    }

    /**
     * The clauses (0: outside any clause) in which the builder met something it could not read, such
     * as a comparison word missing from {@link ComparisonWords}; like a clause repaired after a syntax
     * error, such a clause is checked but not proven or run.
     */
    Set<Integer> clausesWithErrors() {
        return Set.copyOf(clausesWithErrors);
    }

    // ------------------------------------------------------------ structure

    private Document.Header header(HeaderContext ctx) {
        clause = 0;
        Optional<Validity> validity = Optional.empty();
        Optional<Rounding> rounding = Optional.empty();
        List<Text> texts = new ArrayList<>();
        List<Budget> budgets = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Tolerance> tolerances = new ArrayList<>();
        List<Narrative> narratives = new ArrayList<>();
        for (HeaderItemContext item : ctx.headerItem()) {
            if (item.validity() != null) {
                validity = once(validity, validity(item.validity()), Validity::span, "有效期", "政策");
            } else if (item.rounding() != null) {
                rounding = once(rounding, rounding(item.rounding()), Rounding::span, "舍入", "政策");
            } else if (item.text() != null) {
                texts.add(text(item.text()));
            } else if (item.budget() != null) {
                budgets.add(budget(item.budget()));
            } else if (item.target() != null) {
                targets.add(target(item.target()));
            } else if (item.facts() != null) {
                item.facts().factDecl().forEach(d -> facts.add(fact(d)));
            } else if (item.tolerance() != null) {
                tolerances.add(tolerance(item.tolerance()));
            } else if (item.narrative() != null) {
                narratives.add(narrative(item.narrative()));
            }
        }
        return new Document.Header(span(ctx.POLICY().getSymbol()), withoutComment(ctx.TITLE().getText()), validity, rounding,
                texts, budgets, targets, facts, tolerances, narratives);
    }

    private Document.Part part(PartHeadContext ctx) {
        Span span = span(ctx.PART().getSymbol());
        int number = number(ctx.H_NUMBER(), "部分");
        String title = title(ctx.TITLE(), span, "部分");
        List<String> leads = new ArrayList<>();
        Optional<Text> text = Optional.empty();
        List<Target> targets = new ArrayList<>();
        List<Budget> budgets = new ArrayList<>();
        List<Narrative> narratives = new ArrayList<>();
        List<Tolerance> tolerances = new ArrayList<>();
        clause = 0;
        where = "第" + ChineseNumerals.format(number) + "部分";
        for (PartItemContext item : ctx.partItem()) {
            if (item.nameList() != null) {
                item.nameList().label().forEach(l -> leads.add(label(l)));
            } else if (item.text() != null) {
                text = once(text, text(item.text()), Text::span, "原文", where);
            } else if (item.target() != null) {
                targets.add(target(item.target()));
            } else if (item.budget() != null) {
                budgets.add(budget(item.budget()));
            } else if (item.tolerance() != null) {
                tolerances.add(tolerance(item.tolerance()));
            } else if (item.narrative() != null) {
                narratives.add(narrative(item.narrative()));
            }
        }
        where = "";
        return new Document.Part(span, number, title, leads, text, targets, budgets, List.of(), tolerances, narratives);
    }

    Document.Clause clause(ClauseContext ctx) {
        Span span = span(ctx.CLAUSE().getSymbol());
        int number = number(ctx.H_NUMBER(), "条款");
        String title = title(ctx.TITLE(), span, "条款");
        where = "第" + ChineseNumerals.format(number) + "条";
        clause = number;
        Document.Clause.Builder items = Document.Clause.builder(span, number, title);
        for (ClauseItemContext item : ctx.clauseItem()) {
            if (item.text() != null) {
                once(items.text(), text(item.text()), Text::span, "原文", where).ifPresent(items::text);
            } else if (item.validity() != null) {
                once(items.validity(), validity(item.validity()), Validity::span, "有效期", where).ifPresent(items::validity);
            } else if (item.rounding() != null) {
                once(items.rounding(), rounding(item.rounding()), Rounding::span, "舍入", where).ifPresent(items::rounding);
            } else if (item.inputs() != null) {
                item.inputs().inputDecl().forEach(d -> items.input(input(d)));
            } else if (item.definition() != null) {
                DefinitionContext d = item.definition();
                items.definition(new Definition(span(d.NAME().getSymbol()), d.NAME().getText(), expr(d.expr())));
            } else if (item.calculator() != null) {
                items.calculator(calculator(item.calculator()));
            } else if (item.eligibility() != null) {
                EligibilityContext e = item.eligibility();
                items.eligibility(new Eligibility(span(e.NAME().getSymbol()), e.NAME().getText(), condition(e.condition())));
            } else if (item.complianceRule() != null) {
                items.complianceRule(complianceRule(item.complianceRule()));
            } else if (item.example() != null) {
                items.example(example(item.example()));
            } else if (item.budget() != null) {
                items.budget(budget(item.budget()));
            } else if (item.target() != null) {
                items.target(target(item.target()));
            } else if (item.narrative() != null) {
                items.narrative(narrative(item.narrative()));
            }
        }
        return items.build();
    }

    private int number(TerminalNode node, String what) {
        if (node == null) {
            return 0;
        }
        OptionalInt n = ChineseNumerals.parse(digitsToAscii(node.getText()));
        if (n.isEmpty()) {
            diagnostics.error("syntax.number", span(node.getSymbol()),
                    "“" + node.getText() + "”不是" + what + "编号：请写成 一、十四、七十六 这样的中文数字");
            return 0;
        }
        return n.getAsInt();
    }

    private String title(TerminalNode node, Span at, String what) {
        if (node == null) {
            diagnostics.error("syntax.title", at, what + "缺少标题：编号后面写标题，如"
                    + (what.equals("部分") ? "「部分 二 科技创新政策」" : "「条款 十四 更大力度实施企业研发投入补助政策」"));
            return "";
        }
        return withoutComment(node.getText());
    }

    /** A comment after a title is not part of it. */
    private static String withoutComment(String title) {
        return title.replaceFirst("\\s+(#|＃|//).*$", "").strip();
    }

    /** The first of an item that may be written once; a second is reported at its own place. */
    private <T> Optional<T> once(Optional<T> existing, T next, Function<T, Span> span, String what, String where) {
        if (existing.isPresent()) {
            diagnostics.error("syntax.duplicate", span.apply(next), where + "：「" + what + "」写了两次，只能写一次");
            return existing;
        }
        return Optional.of(next);
    }

    private Text text(TextContext ctx) {
        return new Text(span(ctx.STRING().getSymbol()), unquote(ctx.STRING().getText()));
    }

    private Validity validity(ValidityContext ctx) {
        Span span = span(ctx.VALIDITY().getSymbol());
        LocalDate from = date(ctx.DATE(0));
        LocalDate to = date(ctx.DATE(1));
        if (to.isBefore(from)) {
            diagnostics.error("syntax.validity", span, "有效期的结束日期 " + to + " 早于开始日期 " + from);
        }
        return new Validity(span, from, to);
    }

    private LocalDate date(TerminalNode node) {
        String t = digitsToAscii(node.getText());
        String[] parts = t.split("[-年月日]");
        try {
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            diagnostics.error("syntax.date", span(node.getSymbol()), "日期“" + node.getText() + "”不存在");
            return LocalDate.of(2000, 1, 1);
        }
    }

    private Rounding rounding(RoundingContext ctx) {
        RoundingRule rule = ctx.HALF_UP() != null ? RoundingRule.HALF_UP
                : ctx.ROUND_DOWN() != null ? RoundingRule.DOWN : RoundingRule.UP;
        return new Rounding(span(ctx.ROUNDING().getSymbol()), rule);
    }

    private String label(LabelContext ctx) {
        return ctx.NAME() != null ? ctx.NAME().getText() : unquote(ctx.STRING().getText());
    }

    // ------------------------------------------------------------ inputs, calculators

    private Input input(InputDeclContext ctx) {
        return new Input(span(ctx.NAME().getSymbol()), ctx.NAME().getText(), type(ctx.type()));
    }

    private Fact fact(FactDeclContext ctx) {
        return new Fact(span(ctx.NAME().getSymbol()), ctx.NAME().getText(), type(ctx.type()),
                Optional.ofNullable(ctx.STRING()).map(s -> unquote(s.getText())));
    }

    private TypeRef type(TypeContext ctx) {
        return (TypeRef) visit(ctx);
    }

    @Override
    public TypeRef visitMoneyType(MoneyTypeContext ctx) {
        return new TypeRef.Money(span(ctx));
    }

    @Override
    public TypeRef visitRateType(RateTypeContext ctx) {
        return new TypeRef.Rate(span(ctx));
    }

    @Override
    public TypeRef visitBoolType(BoolTypeContext ctx) {
        return new TypeRef.Bool(span(ctx));
    }

    @Override
    public TypeRef visitDateType(DateTypeContext ctx) {
        return new TypeRef.Date(span(ctx));
    }

    @Override
    public TypeRef visitQuantityType(QuantityTypeContext ctx) {
        return new TypeRef.Quantity(span(ctx), ctx.NAME().getText());
    }

    @Override
    public TypeRef visitNumberType(NumberTypeContext ctx) {
        return new TypeRef.Number(span(ctx));
    }

    @Override
    public TypeRef visitChoiceType(ChoiceTypeContext ctx) {
        return new TypeRef.Choice(span(ctx), names(ctx.NAME()), false);
    }

    @Override
    public TypeRef visitGradeType(GradeTypeContext ctx) {
        return new TypeRef.Choice(span(ctx), names(ctx.NAME()), true);
    }

    private Calculator calculator(CalculatorContext ctx) {
        Optional<Frequency> frequency = Optional.ofNullable(ctx.frequency())
                .map(f -> f.ONCE() != null ? Frequency.ONCE : Frequency.YEARLY);
        Optional<Expr> cap = Optional.ofNullable(ctx.expr()).map(this::expr);
        List<Name> monotone = ctx.monotone() == null ? List.of() : names(ctx.monotone().NAME());
        Optional<Cumulative> cumulative = Optional.ofNullable(ctx.cumulative()).map(c -> new Cumulative(span(c),
                expr(c.expr()), new Name(c.NAME().getText(), span(c.NAME().getSymbol()))));
        return new Calculator(span(ctx.calculatorKind()), ctx.calculatorKind().getText(), ctx.NAME().getText(),
                span(ctx.NAME().getSymbol()), frequency, cap, monotone, award(ctx.award()), cumulative,
                Optional.ofNullable(ctx.frequency()).map(this::span));
    }

    private Award award(AwardContext ctx) {
        List<Award> parts = new ArrayList<>();
        parts.add(awardTerm(ctx.awardTerm()));
        for (AgainTermContext again : ctx.againTerm()) {
            if (again.awardTerm() != null) {
                parts.add(awardTerm(again.awardTerm()));
            } else if (again.MAX() != null) {
                parts.add(new Award.Ceiling(span(again), expr(again.expr()), Optional.empty()));
            } else {
                parts.add(new Award.Fixed(span(again), expr(again.expr()), cap(again.capSuffix())));
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Award.Sum(span(ctx), List.copyOf(parts));
    }

    private Award awardTerm(AwardTermContext ctx) {
        return (Award) visit(ctx);
    }

    @Override
    public Award visitIfAward(IfAwardContext ctx) {
        List<Award.Branch> branches = new ArrayList<>();
        List<ConditionContext> conditions = ctx.condition();
        List<AwardTermContext> terms = ctx.awardTerm();
        for (int i = 0; i < conditions.size(); i++) {
            branches.add(new Award.Branch(span(conditions.get(i)), condition(conditions.get(i)), awardTerm(terms.get(i))));
        }
        return new Award.If(span(ctx), branches, awardTerm(terms.get(terms.size() - 1)));
    }

    @Override
    public Award visitCeilingAward(CeilingAwardContext ctx) {
        return new Award.Ceiling(span(ctx), expr(ctx.expr()), Optional.empty());
    }

    @Override
    public Award visitFixedAward(FixedAwardContext ctx) {
        return new Award.Fixed(span(ctx), expr(ctx.expr()), cap(ctx.capSuffix()));
    }

    @Override
    public Award visitUpToAward(UpToAwardContext ctx) {
        return new Award.Ceiling(span(ctx), expr(ctx.expr()), cap(ctx.capSuffix()));
    }

    @Override
    public Award visitNoAward(NoAwardContext ctx) {
        return new Award.None(span(ctx), Optional.ofNullable(ctx.STRING()).map(s -> unquote(s.getText())));
    }

    @Override
    public Award visitTableAward(TableAwardContext ctx) {
        return new Award.Table(span(ctx), expr(ctx.expr()), map(ctx.tableRow(), r -> new Award.Row(span(r),
                r.NAME() != null ? Optional.of(r.NAME().getText()) : Optional.empty(), awardTerm(r.awardTerm()))));
    }

    @Override
    public Award visitGroupAward(GroupAwardContext ctx) {
        return award(ctx.award());
    }

    @Override
    public Award visitPayAward(PayAwardContext ctx) {
        return new Award.Pay(span(ctx), expr(ctx.expr()), cap(ctx.capSuffix()));
    }

    @Override
    public Award visitFreeAward(FreeAwardContext ctx) {
        return new Award.Free(span(ctx), Optional.ofNullable(ctx.STRING()).map(s -> unquote(s.getText())));
    }

    private Optional<Expr> cap(CapSuffixContext ctx) {
        return Optional.ofNullable(ctx).map(c -> expr(c.expr()));
    }

    // ------------------------------------------------------------ conditions

    private Condition condition(ConditionContext ctx) {
        return (Condition) visit(ctx);
    }

    @Override
    public Condition visitNotCondition(NotConditionContext ctx) {
        return new Condition.Not(span(ctx), text(ctx), condition(ctx.condition()));
    }

    @Override
    public Condition visitAndCondition(AndConditionContext ctx) {
        return new Condition.And(span(ctx), text(ctx), condition(ctx.condition(0)), condition(ctx.condition(1)));
    }

    @Override
    public Condition visitOrCondition(OrConditionContext ctx) {
        return new Condition.Or(span(ctx), text(ctx), condition(ctx.condition(0)), condition(ctx.condition(1)));
    }

    @Override
    public Condition visitGroupCondition(GroupConditionContext ctx) {
        return condition(ctx.condition());
    }

    @Override
    public Condition visitSuffixComparison(SuffixComparisonContext ctx) {
        return compare(ctx, ctx.expr(0), ctx.comparePrefix(), ctx.expr(1), ctx.compareSuffix());
    }

    @Override
    public Condition visitPrefixComparison(PrefixComparisonContext ctx) {
        return compare(ctx, ctx.expr(0), ctx.comparePrefix(), ctx.expr(1), null);
    }

    @Override
    public Condition visitIsComparison(IsComparisonContext ctx) {
        Span span = span(ctx);
        SourceText text = text(ctx);
        return ctx.YES() != null ? new Condition.IsBoolean(span, text, expr(ctx.expr(0)), true)
                : ctx.NO() != null ? new Condition.IsBoolean(span, text, expr(ctx.expr(0)), false)
                : new Condition.Is(span, text, expr(ctx.expr(0)), expr(ctx.expr(1)));
    }

    @Override
    public Condition visitBelongsComparison(BelongsComparisonContext ctx) {
        return new Condition.Belongs(span(ctx), text(ctx), expr(ctx.expr()), names(ctx.NAME()));
    }

    @Override
    public Condition visitBoolCondition(BoolConditionContext ctx) {
        return new Condition.Truth(span(ctx), text(ctx), expr(ctx.expr()));
    }

    private Condition compare(ConditionContext ctx, ExprContext left, ComparePrefixContext prefix, ExprContext right,
            CompareSuffixContext suffix) {
        Span span = span(ctx);
        Optional<Token> before = word(prefix);
        Optional<Token> after = word(suffix);
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalStateException("a comparison without a word: a tree repaired after a syntax error");
        }
        Comparison op;
        // | rather than ||, so that both words are reported when both are unknown
        if (unknownWord(before) | unknownWord(after)) {
            // a stand-in: the clause is marked as having an error, so no proof or example relies on it
            op = Comparison.GE;
        } else {
            Optional<String> b = before.map(Token::getText);
            Optional<String> a = after.map(Token::getText);
            Optional<Comparison> combined = LegalWords.combine(b, a);
            if (combined.isEmpty()) {
                diagnostics.error("legal.conflict", span, prefix() + "比较用语矛盾：" + LegalWords.conflict(b.get(), a.get()),
                        "只保留一个用语，例如「新增额 200万元 以上」或「新增额 超过 200万元」");
            }
            op = combined.orElse(Comparison.GE);
        }
        return new Condition.Compare(span, text(ctx), expr(left), op, expr(right));
    }

    /**
     * The comparison word of a comparePrefix or compareSuffix. Empty when there is none, or when error
     * recovery left the rule without its token (nothing, or the stray token it skipped): the syntax
     * error is already reported, and the word is then treated as absent.
     */
    private static Optional<Token> word(ParserRuleContext ctx) {
        if (ctx == null || ctx.getChildCount() != 1 || ctx.getChild(ErrorNode.class, 0) != null) {
            return Optional.empty();
        }
        return Optional.of(ctx.getStart());
    }

    /**
     * Reports a word that the lexer takes for a comparison word but {@link ComparisonWords} does not
     * know: the grammar and the table disagree (VocabularyAgreementTest should have failed). Guessing
     * its meaning could turn 以上 into 超过, so the clause is marked as having an error instead.
     */
    private boolean unknownWord(Optional<Token> word) {
        if (word.isEmpty() || ComparisonWords.find(word.get().getText()).isPresent()) {
            return false;
        }
        String text = word.get().getText();
        diagnostics.error("vocabulary.unknown", span(word.get()),
                prefix() + "不认识的比较用语「" + text + "」：polc 的比较用语表中没有它，不知道它是否包括本数",
                "请改用「超过」「以上」「不足」等已知用语；这是 polc 的缺陷（词法规则与 org.polc.vocabulary.ComparisonWords 不一致），请报告");
        clausesWithErrors.add(clause);
        return true;
    }

    // ------------------------------------------------------------ expressions

    Expr expr(ExprContext ctx) {
        return (Expr) visit(ctx);
    }

    @Override
    public Expr visitNegate(NegateContext ctx) {
        return new Expr.Negate(span(ctx), text(ctx), expr(ctx.expr()));
    }

    @Override
    public Expr visitMultiply(MultiplyContext ctx) {
        return new Expr.Binary(span(ctx), text(ctx),
                ctx.op.getType() == PolLexer.DIVIDE ? Expr.Operator.DIVIDE : Expr.Operator.MULTIPLY, expr(ctx.expr(0)), expr(ctx.expr(1)));
    }

    @Override
    public Expr visitAdd(AddContext ctx) {
        return new Expr.Binary(span(ctx), text(ctx),
                ctx.op.getType() == PolLexer.PLUS ? Expr.Operator.ADD : Expr.Operator.SUBTRACT, expr(ctx.expr(0)), expr(ctx.expr(1)));
    }

    @Override
    public Expr visitMinMax(MinMaxContext ctx) {
        if (ctx.expr().isEmpty()) {
            // only a tree repaired after a syntax error lacks the arguments; PolParsing leaves the unit out
            throw new IllegalStateException("较小值/较大值 without arguments");
        }
        return new Expr.MinMax(span(ctx), text(ctx), ctx.MAX_OF() != null, map(ctx.expr(), this::expr));
    }

    @Override
    public Expr visitDateLiteral(DateLiteralContext ctx) {
        return new Expr.DateLiteral(span(ctx), text(ctx), date(ctx.DATE()));
    }

    @Override
    public Expr visitShare(ShareContext ctx) {
        return new Expr.Share(span(ctx), text(ctx), expr(ctx.expr(0)), expr(ctx.expr(1)));
    }

    @Override
    public Expr visitGroup(GroupContext ctx) {
        return expr(ctx.expr());
    }

    @Override
    public Expr visitQuantity(QuantityContext ctx) {
        return quantity(span(ctx), ctx.QUANTITY().getText());
    }

    @Override
    public Expr visitNumber(NumberContext ctx) {
        return decimal(span(ctx), ctx.NUMBER().getText(), "");
    }

    @Override
    public Expr visitDiscount(DiscountContext ctx) {
        return discount(span(ctx), ctx.DISCOUNT().getText());
    }

    @Override
    public Expr visitFraction(FractionContext ctx) {
        return fraction(span(ctx), ctx.FRACTION().getText());
    }

    @Override
    public Expr visitRatio(RatioContext ctx) {
        return ratio(span(ctx), ctx.RATIO().getText());
    }

    @Override
    public Expr visitReference(ReferenceContext ctx) {
        return new Expr.Reference(span(ctx), text(ctx), ctx.NAME().getText());
    }

    @Override
    public Expr visitChanged(ChangedContext ctx) {
        return new Expr.Changed(span(ctx), text(ctx), changeValue(ctx.changeValue(0)), ctx.changeVerb().getText(),
                changeValue(ctx.changeValue(1)));
    }

    private Expr.Literal changeValue(ChangeValueContext ctx) {
        Span span = span(ctx);
        String raw = ctx.getText();
        if (ctx.QUANTITY() != null) {
            return quantity(span, raw);
        } else if (ctx.NUMBER() != null) {
            return decimal(span, raw, "");
        } else if (ctx.DISCOUNT() != null) {
            return discount(span, raw);
        } else if (ctx.FRACTION() != null) {
            return fraction(span, raw);
        }
        return ratio(span, raw);
    }

    /**
     * Reached only for a context that is none of the labelled alternatives: the parser gave up on the
     * rule before choosing one. Such a tree was repaired after a syntax error; PolParsing leaves the
     * unit out.
     */
    @Override
    public Object visitChildren(RuleNode node) {
        throw new IllegalStateException("no alternative of " + node.getClass().getSimpleName() + ": a tree repaired after a syntax error");
    }

    private Expr.Literal quantity(Span span, String raw) {
        String text = digitsToAscii(raw).replace('．', '.');
        int i = 0;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        String unit = Units.canonical(text.substring(i).strip());
        return decimal(span, text.substring(0, i), unit, raw);
    }

    private Expr.Literal decimal(Span span, String digits, String unit) {
        return decimal(span, digitsToAscii(digits).replace('．', '.'), unit, digits);
    }

    private Expr.Literal decimal(Span span, String digits, String unit, String raw) {
        BigDecimal value = new BigDecimal(digits);
        BigInteger numerator = value.unscaledValue();
        BigInteger denominator = BigInteger.TEN.pow(Math.max(value.scale(), 0));
        if (value.scale() < 0) {
            numerator = numerator.multiply(BigInteger.TEN.pow(-value.scale()));
        }
        return literal(span, raw, numerator, denominator, unit);
    }

    private Expr.Literal discount(Span span, String raw) {
        String digits = raw.substring(0, raw.length() - 1);
        int value = 0;
        for (char c : digits.toCharArray()) {
            value = value * 10 + "零一二三四五六七八九".indexOf(c == '两' ? '二' : c);
        }
        // 八折 = 80%, 六五折 = 65%
        int percent = digits.length() == 1 ? value * 10 : value;
        return literal(span, raw, BigInteger.valueOf(percent), BigInteger.ONE, "%");
    }

    private Expr.Literal fraction(Span span, String raw) {
        String[] parts = raw.split("分之");
        OptionalInt d = ChineseNumerals.parse(parts[0]);
        OptionalInt n = ChineseNumerals.parse(parts[1]);
        if (d.isEmpty() || n.isEmpty()) {
            diagnostics.error("syntax.fraction", span, prefix() + "“" + raw + "”不是合法的分数：分子分母要写成 三、二十五、一百 这样的中文数字",
                    "例如 三分之二、百分之五");
            return literal(span, raw, BigInteger.ONE, BigInteger.ONE, "");
        }
        int denominator = d.getAsInt();
        int numerator = n.getAsInt();
        return literal(span, raw, BigInteger.valueOf(numerator), BigInteger.valueOf(denominator), "");
    }

    private Expr.Literal ratio(Span span, String raw) {
        String[] parts = digitsToAscii(raw).replace('：', ':').replace(" ", "").replace("\t", "").split(":");
        BigInteger a = new BigInteger(parts[0]);
        BigInteger b = new BigInteger(parts[1]);
        if (a.signum() == 0) {
            diagnostics.error("syntax.ratio", span, "“" + raw + "”的前项不能为零");
            a = BigInteger.ONE;
        }
        // 1:1 matching means the city gives 1 for each 1 the province gives: the ratio b/a.
        return literal(span, raw, b, a, "");
    }

    private Expr.Literal literal(Span span, String raw, BigInteger numerator, BigInteger denominator, String unit) {
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Expr.Literal(span, SourceText.of(raw.strip()), numerator, denominator, unit);
    }

    // ------------------------------------------------------------ examples, budgets, targets

    private Example example(ExampleContext ctx) {
        Optional<String> title = Optional.ofNullable(ctx.STRING()).map(s -> unquote(s.getText()));
        List<Binding> bindings = map(ctx.binding(), b -> new Binding(span(b.NAME().getSymbol()), b.NAME().getText(),
                b.YES() != null ? new ExampleValue.Truth(true)
                        : b.NO() != null ? new ExampleValue.Truth(false) : new ExampleValue.Value(expr(b.expr()))));
        List<Expectation> expectations = map(ctx.expectation(), this::expectation);
        return new Example(span(ctx.EXAMPLE().getSymbol()), title, bindings, expectations);
    }

    private ComplianceRule complianceRule(ComplianceRuleContext ctx) {
        List<Requirement> requirements = map(ctx.requirement(), r -> (Requirement) visit(r));
        return new ComplianceRule(span(ctx.NAME().getSymbol()), ctx.NAME().getText(), Optional.ofNullable(ctx.label()).map(this::label),
                requirements, Optional.ofNullable(ctx.STRING()).map(s -> unquote(s.getText())));
    }

    @Override
    public Requirement visitConditionalRequirement(ConditionalRequirementContext ctx) {
        return new Requirement(span(ctx), Optional.of(condition(ctx.condition(0))), condition(ctx.condition(1)), ctx.GENERALLY() != null);
    }

    @Override
    public Requirement visitPlainRequirement(PlainRequirementContext ctx) {
        return new Requirement(span(ctx), Optional.empty(), condition(ctx.condition()), ctx.GENERALLY() != null);
    }

    private Expectation expectation(ExpectationContext e) {
        Span span = span(e.NAME().getSymbol());
        if (e.NO_AWARD() != null) {
            return new Expectation(span, e.NAME().getText(), ExpectKind.NONE, Optional.empty());
        }
        if (e.RULE() != null || e.NONCOMPLIANT() != null || e.GENERAL_UNMET() != null) {
            ExpectKind verdict = e.RULE() != null ? ExpectKind.COMPLIANT : e.NONCOMPLIANT() != null ? ExpectKind.NOT_COMPLIANT : ExpectKind.GENERAL_NOT_MET;
            return new Expectation(span, e.NAME().getText(), verdict, Optional.empty());
        }
        if (e.FREE() != null) {
            return new Expectation(span, e.NAME().getText(), ExpectKind.FREE, Optional.empty());
        }
        if (e.PAY_KIND() != null) {
            return new Expectation(span, e.NAME().getText(), ExpectKind.PAYABLE, Optional.of(new ExampleValue.Value(expr(e.expr()))));
        }
        Optional<ExampleValue> value = Optional.of(e.YES() != null ? new ExampleValue.Truth(true)
                : e.NO() != null ? new ExampleValue.Truth(false) : new ExampleValue.Value(expr(e.expr())));
        ExpectKind kind = e.CEILING() != null ? ExpectKind.CEILING : e.GIVE() != null ? ExpectKind.FIXED : ExpectKind.VALUE;
        return new Expectation(span, e.NAME().getText(), kind, value);
    }

    private Budget budget(BudgetContext ctx) {
        Optional<String> name = Optional.ofNullable(ctx.label()).map(this::label);
        Expr.Literal total = quantity(span(ctx.QUANTITY().getSymbol()), ctx.QUANTITY().getText());
        List<BudgetItem> items = map(ctx.budgetItem(), i -> new BudgetItem(span(i), label(i.label()),
                quantity(span(i.QUANTITY().getSymbol()), i.QUANTITY().getText())));
        Optional<Overlap> overlap = Optional.ofNullable(ctx.overlap()).map(o -> new Overlap(span(o), label(o.label()),
                quantity(span(o.QUANTITY().getSymbol()), o.QUANTITY().getText())));
        Optional<String> source = Optional.ofNullable(ctx.budgetSource()).map(s -> label(s.label()));
        Optional<Period> period = Optional.ofNullable(ctx.budgetPeriod()).map(this::period);
        return new Budget(span(ctx.BUDGET().getSymbol()), name, total, items, overlap, source, period);
    }

    /** 2023—2025年 每年: the first year may omit 年, as the text writes it. */
    private Period period(BudgetPeriodContext p) {
        TerminalNode last = p.QUANTITY(p.QUANTITY().size() - 1);
        Expr.Literal from = p.NUMBER() != null ? decimal(span(p.NUMBER().getSymbol()), p.NUMBER().getText(), "年")
                : quantity(span(p.QUANTITY(0).getSymbol()), p.QUANTITY(0).getText());
        return new Period(span(p), from, quantity(span(last.getSymbol()), last.getText()));
    }

    private Target target(TargetContext ctx) {
        Optional<Expr.Literal> year = Optional.ofNullable(ctx.QUANTITY()).map(q -> quantity(span(q.getSymbol()), q.getText()));
        Optional<String> strength = Optional.ofNullable(ctx.STRIVE()).map(TerminalNode::getText);
        return new Target(span(ctx.TARGET().getSymbol()), year, strength, map(ctx.goal(), this::goal));
    }

    private Goal goal(GoalContext ctx) {
        Optional<Comparison> op = comparison(ctx, ctx.comparePrefix(), ctx.compareSuffix());
        String words = words(ctx.comparePrefix(), ctx.compareSuffix());
        List<TerminalNode> approx = ctx.APPROX();
        if (approx.size() > 1) {
            diagnostics.error("target.approx", span(approx.get(1).getSymbol()),
                    prefix() + "「" + approx.get(0).getText() + "」与「" + approx.get(1).getText() + "」重复：一个数只写一次约数",
                    "写「约 120个」或「120个 左右」");
        }
        Optional<String> approxWord = approx.stream().findFirst().map(TerminalNode::getText);
        Optional<Qualifier> qualifier = Optional.ofNullable(ctx.qualifier()).map(this::qualifier);
        Optional<Tolerance> tolerance = Optional.ofNullable(ctx.goalTolerance())
                .map(t -> new Tolerance(span(t), quantity(span(t.QUANTITY().getSymbol()), t.QUANTITY().getText())));
        // the goal as written, with a quoted indicator shown by its name (““专精特新”板累计入板企业” → “专精特新”板累计入板企业)
        String written = text(ctx).text();
        String labelWritten = text(ctx.label()).text();
        String shown = written.startsWith(labelWritten) ? label(ctx.label()) + written.substring(labelWritten.length()) : written;
        return new Goal(span(ctx), label(ctx.label()), qualifier, ctx.GROWTH() != null, op, words, approxWord,
                targetValue(ctx.targetValue()), tolerance, shown);
    }

    private Qualifier qualifier(QualifierContext ctx) {
        Optional<Comparison> op = comparison(ctx, ctx.comparePrefix(), ctx.compareSuffix());
        Optional<String> attribute = Optional.ofNullable(ctx.label()).map(this::label);
        // （1亿美元）without a word: the text's "1亿美元以上" is the usual reading, but the word is the drafter's to write
        if (op.isEmpty() && ctx.comparePrefix() == null && ctx.compareSuffix() == null) {
            diagnostics.error("target.qualifier", span(ctx), prefix() + "计数的条件要写比较用语，如「（1亿美元 以上）」「（年产值 超过 10亿元）」");
        }
        return new Qualifier(span(ctx), attribute, op.orElse(Comparison.GE), words(ctx.comparePrefix(), ctx.compareSuffix()),
                quantity(span(ctx.QUANTITY().getSymbol()), ctx.QUANTITY().getText()));
    }

    private TargetValue targetValue(TargetValueContext ctx) {
        return (TargetValue) visit(ctx);
    }

    @Override
    public TargetValue visitRangeValue(RangeValueContext r) {
        TerminalNode high = r.QUANTITY(r.QUANTITY().size() - 1);
        Expr.Literal low = r.NUMBER() != null ? decimal(span(r.NUMBER().getSymbol()), r.NUMBER().getText(), "")
                : quantity(span(r.QUANTITY(0).getSymbol()), r.QUANTITY(0).getText());
        return new TargetValue.Range(span(r), low, quantity(span(high.getSymbol()), high.getText()));
    }

    @Override
    public TargetValue visitAmountValue(AmountValueContext a) {
        return new TargetValue.Figure(span(a), quantity(span(a.QUANTITY().getSymbol()), a.QUANTITY().getText()));
    }

    @Override
    public TargetValue visitFractionValue(FractionValueContext f) {
        return new TargetValue.Figure(span(f), fraction(span(f.FRACTION().getSymbol()), f.FRACTION().getText()));
    }

    @Override
    public TargetValue visitIndicatorValue(IndicatorValueContext i) {
        Optional<Expr.Literal> factor = Optional.empty();
        if (i.QUANTITY() != null) {
            factor = Optional.of(quantity(span(i.QUANTITY().getSymbol()), i.QUANTITY().getText()));
        } else if (i.FRACTION() != null) {
            factor = Optional.of(fraction(span(i.FRACTION().getSymbol()), i.FRACTION().getText()));
        }
        return new TargetValue.Indicator(span(i), label(i.label()), factor);
    }

    @Override
    public TargetValue visitBudgetValue(BudgetValueContext b) {
        Optional<Expr.Literal> factor = Optional.empty();
        if (b.QUANTITY() != null) {
            factor = Optional.of(quantity(span(b.QUANTITY().getSymbol()), b.QUANTITY().getText()));
        } else if (b.FRACTION() != null) {
            factor = Optional.of(fraction(span(b.FRACTION().getSymbol()), b.FRACTION().getText()));
        }
        return new TargetValue.Budget(span(b), label(b.label()), factor);
    }

    private Tolerance tolerance(ToleranceContext ctx) {
        return new Tolerance(span(ctx), quantity(span(ctx.QUANTITY().getSymbol()), ctx.QUANTITY().getText()));
    }

    /** The relation of a target's words, or empty when it has none or they conflict (reported). */
    private Optional<Comparison> comparison(ParserRuleContext ctx, ComparePrefixContext prefix, CompareSuffixContext suffix) {
        Optional<Token> beforeWord = word(prefix);
        Optional<Token> afterWord = word(suffix);
        if (unknownWord(beforeWord) | unknownWord(afterWord)) {
            return Optional.empty();
        }
        Optional<String> before = beforeWord.map(Token::getText);
        Optional<String> after = afterWord.map(Token::getText);
        Optional<Comparison> op = LegalWords.combine(before, after);
        if (op.isEmpty() && before.isPresent() && after.isPresent()) {
            diagnostics.error("legal.conflict", span(ctx), prefix() + "比较用语矛盾：" + LegalWords.conflict(before.get(), after.get()),
                    "只保留一个用语，例如「达到 2000家」或「2000家 以上」");
        }
        return op;
    }

    private static String words(ComparePrefixContext prefix, CompareSuffixContext suffix) {
        return (word(prefix).map(Token::getText).orElse("") + " " + word(suffix).map(Token::getText).orElse("")).strip();
    }

    // ------------------------------------------------------------ number coverage

    /** 叙述 “315”，“415X”：reason. Whether the pieces are in the 原文 is for the checker to say. */
    private Narrative narrative(NarrativeContext ctx) {
        // a piece the parser conjured up while recovering from a syntax error (already reported) is left out
        List<Piece> pieces = map(ctx.STRING().stream().filter(s -> s.getSymbol().getStartIndex() >= 0).toList(),
                s -> new Piece(span(s.getSymbol()), unquote(s.getText())));
        Optional<String> reason = Optional.ofNullable(ctx.REASON()).map(r -> reason(withoutComment(r.getText())));
        return new Narrative(span(ctx.NARRATIVE().getSymbol()), pieces, reason);
    }

    /** The rest of the line, without the quotes when it is one quoted text (“…” or 「…」) and nothing else. */
    private static String reason(String line) {
        boolean curly = line.startsWith("“") && line.endsWith("”");
        boolean corner = line.startsWith("「") && line.endsWith("」");
        if (line.length() >= 2 && (curly || corner)) {
            char open = line.charAt(0);
            char close = line.charAt(line.length() - 1);
            int depth = 0;
            for (int i = 0; i < line.length(); i++) {
                depth += line.charAt(i) == open ? 1 : line.charAt(i) == close ? -1 : 0;
                if (depth == 0 && i < line.length() - 1) {
                    return line; // “315”科技创新…：the quotes close before the end
                }
            }
            return line.substring(1, line.length() - 1);
        }
        return line;
    }

    // ------------------------------------------------------------ helpers

    private String prefix() {
        return where.isEmpty() ? "" : where + "：";
    }

    private Span span(Token token) {
        int length = token.getStopIndex() >= token.getStartIndex() ? token.getStopIndex() - token.getStartIndex() + 1 : 1;
        return new Span(source, token.getLine(), token.getCharPositionInLine() + 1, length);
    }

    private Span span(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop() == null ? start : ctx.getStop();
        int length = stop.getStopIndex() - start.getStartIndex() + 1;
        if (stop.getLine() != start.getLine()) {
            length = Math.max(1, source.line(start.getLine()).codePointCount(0, source.line(start.getLine()).length())
                    - start.getCharPositionInLine());
        }
        return new Span(source, start.getLine(), start.getCharPositionInLine() + 1, Math.max(length, 1));
    }

    /** The source text of a node with its inner layout folded to single spaces. */
    private SourceText text(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop() == null ? start : ctx.getStop();
        if (stop.getStopIndex() < start.getStartIndex()) {
            return SourceText.of(start.getText());
        }
        return SourceText.slice(source, start.getStartIndex(), stop.getStopIndex());
    }

    static String unquote(String quoted) {
        String inner = quoted.substring(1, quoted.length() - 1);
        if (quoted.startsWith("\"")) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\' && i + 1 < inner.length()) {
                    sb.append(inner.charAt(++i));
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
        return inner;
    }

    static String digitsToAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return sb.toString();
    }

    private List<Name> names(List<TerminalNode> nodes) {
        return nodes.stream().map(n -> new Name(n.getText(), span(n.getSymbol()))).toList();
    }

    private static <A, B> List<B> map(List<A> items, Function<A, B> f) {
        List<B> out = new ArrayList<>(items.size());
        for (A a : items) {
            out.add(f.apply(a));
        }
        return List.copyOf(out);
    }
}
