package org.polc.check;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.Span;
import org.polc.syntax.Award;
import org.polc.syntax.Comparison;
import org.polc.syntax.Condition;
import org.polc.syntax.Declarations;
import org.polc.syntax.Declarations.RoundingRule;
import org.polc.syntax.Document;
import org.polc.syntax.Expr;
import org.polc.syntax.Hints;

/**
 * Checks one clause: every name resolves, every expression has a type whose units agree, every
 * calculator body yields money, examples bind what they must. Produces the checked clause.
 */
final class ClauseChecker {

    private final Document.Clause clause;
    private final Diagnostics diagnostics;
    private final String where;
    private final RoundingRule rounding;
    private final Map<String, Program.Input> inputs = new LinkedHashMap<>();
    private final Map<String, Program.Definition> definitions = new LinkedHashMap<>();
    private final Map<String, Program.Eligibility> eligibilities = new LinkedHashMap<>();
    private final Set<String> calculatorNames = new LinkedHashSet<>();

    ClauseChecker(Document.Clause clause, RoundingRule documentRounding, Diagnostics diagnostics) {
        this.clause = clause;
        this.diagnostics = diagnostics;
        this.where = "第" + org.polc.syntax.ChineseNumerals.format(clause.number()) + "条";
        this.rounding = clause.rounding().map(Declarations.Rounding::rule).orElse(documentRounding);
    }

    Program.Clause check(int part, LocalDate documentFrom, LocalDate documentTo, boolean repaired) {
        long errorsAtStart = diagnostics.errorCount();
        for (Declarations.Input input : clause.inputs()) {
            declare(input.name(), input.span());
            inputs.put(input.name(), new Program.Input(input.name(), type(input.name(), input.type()), input.span()));
        }
        for (Declarations.Definition d : clause.definitions()) {
            if (Nesting.depth(d.expr()) > Nesting.LIMIT) {
                diagnostics.error("nesting.depth", d.span(), where + "：「" + d.name() + "」的表达式嵌套超过 " + Nesting.LIMIT + " 层");
                continue;
            }
            CheckedExpr expr = expr(d.expr());
            declare(d.name(), d.span());
            definitions.put(d.name(), new Program.Definition(d.name(), expr, d.span()));
        }
        for (Declarations.Eligibility e : clause.eligibilities()) {
            if (Nesting.depth(e.condition()) > Nesting.LIMIT) {
                diagnostics.error("nesting.depth", e.span(), where + "：「" + e.name() + "」的条件嵌套超过 " + Nesting.LIMIT + " 层");
                continue;
            }
            CheckedCondition condition = condition(e.condition());
            declare(e.name(), e.span());
            eligibilities.put(e.name(), new Program.Eligibility(e.name(), condition, used(condition), e.span()));
        }
        List<Program.Calculator> calculators = new ArrayList<>();
        for (Declarations.Calculator c : clause.calculators()) {
            calculators.add(calculator(c));
        }
        List<Program.Example> examples = new ArrayList<>();
        for (Declarations.Example e : clause.examples()) {
            example(e, calculators).ifPresent(examples::add);
        }
        if (diagnostics.errorCount() == errorsAtStart && !repaired) {
            // With errors, an input may look unused only because the name meant for it was misspelt.
            warnUnusedInputs(calculators);
        }
        LocalDate from = clause.validity().map(Declarations.Validity::from).orElse(documentFrom);
        LocalDate to = clause.validity().map(Declarations.Validity::to).orElse(documentTo);
        List<Program.Input> checkedInputs = List.copyOf(inputs.values());
        List<Program.Definition> checkedDefinitions = List.copyOf(definitions.values());
        List<Program.Eligibility> checkedEligibilities = List.copyOf(eligibilities.values());
        Limits.check(checkedInputs, checkedDefinitions, calculators, checkedEligibilities, clause.span(), where, diagnostics);
        List<Program.Budget> budgets = Structure.budgets(clause.budgets(), where, diagnostics);
        List<Program.Target> targets = Structure.targets(clause.targets(), where, diagnostics);
        return new Program.Clause(clause.number(), clause.title(), clause.text().map(Declarations.Text::text).orElse(""),
                part, from, to, rounding, checkedInputs, checkedDefinitions, calculators, checkedEligibilities, examples, budgets, targets,
                clause.span(), !repaired && diagnostics.errorCount() == errorsAtStart);
    }

    // ------------------------------------------------------------ declarations

    private void declare(String name, Span span) {
        if (inputs.containsKey(name) || definitions.containsKey(name) || eligibilities.containsKey(name)
                || calculatorNames.contains(name)) {
            diagnostics.error("name.duplicate", span, where + "：名称「" + name + "」已经用过，同一条款中的名称不能重复");
        }
    }

    private Type type(String inputName, Declarations.TypeRef ref) {
        if (ref instanceof Declarations.TypeRef.Money) {
            return Type.MONEY;
        } else if (ref instanceof Declarations.TypeRef.Rate) {
            return Type.RATE;
        } else if (ref instanceof Declarations.TypeRef.Bool) {
            return Type.BOOL;
        } else if (ref instanceof Declarations.TypeRef.Date) {
            return Type.DATE;
        } else if (ref instanceof Declarations.TypeRef.Quantity q) {
            Optional<Unit> unit = Unit.parse(q.unit());
            if (unit.isEmpty() || unit.get().dimension() == Unit.Dimension.MONEY || unit.get().dimension() == Unit.Dimension.RATE) {
                diagnostics.error("type.unit", q.span(), where + "：「数量（" + q.unit() + "）」的单位不是数量单位",
                        "金额用「金额」，比例用「比例」，数量写成 数量（家）、数量（个）等计数单位");
                return Type.RATE;
            }
            if (!unit.get().dimension().isCount() || !unit.get().scale().equals(Rational.ONE)) {
                diagnostics.error("type.unsupported", q.span(), where + "：输入暂只支持计数单位（家、个、人…），不支持「" + q.unit() + "」",
                        "可以改用计数，或在条件中与常量比较");
            }
            return new Type.Quantity(unit.get().dimension(), unit.get().dimension().id());
        } else if (ref instanceof Declarations.TypeRef.Choice c) {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < c.values().size(); i++) {
                if (!seen.add(c.values().get(i))) {
                    diagnostics.error("type.choice", c.valueSpans().get(i), where + "：选项「" + c.values().get(i) + "」重复");
                }
            }
            return new Type.Choice(inputName, List.copyOf(seen), c.ordered());
        }
        throw new IllegalStateException(ref.toString());
    }

    private Program.Calculator calculator(Declarations.Calculator c) {
        if (Nesting.depth(c.body()) > Nesting.LIMIT) {
            diagnostics.error("nesting.depth", c.nameSpan(), where + "：「" + c.name() + "」嵌套超过 " + Nesting.LIMIT
                    + " 层，无法生成代码", "把深层的条件拆成「定义」或几个计算器");
            declare(c.name(), c.nameSpan());
            calculatorNames.add(c.name());
            return new Program.Calculator(c.kind(), c.name(), c.frequency(), Optional.empty(), List.of(),
                    new CheckedAward.None(Optional.empty(), c.body()), List.of(), c.span());
        }
        declare(c.name(), c.nameSpan());
        calculatorNames.add(c.name());
        Optional<Rational> cap = c.cap().flatMap(e -> {
            CheckedExpr capExpr = expr(e);
            if (isError(capExpr)) {
                return Optional.empty();
            }
            if (capExpr instanceof CheckedExpr.Constant k && k.type() instanceof Type.Money) {
                return Optional.of(k.value());
            }
            if (!(capExpr.type() instanceof Type.Money)) {
                diagnostics.error("cap.type", e.span(), where + "：「" + c.name() + "」的最高额必须是金额，而「" + e.text() + "」是" + capExpr.type().chinese());
            } else {
                diagnostics.error("cap.constant", e.span(), where + "：「" + c.name() + "」的最高额必须是一个确定的金额，如 300万元");
            }
            return Optional.empty();
        });
        CheckedAward body = award(c.body());
        for (int i = 0; i < c.monotoneIn().size(); i++) {
            String name = c.monotoneIn().get(i);
            Program.Input input = inputs.get(name);
            if (input == null) {
                unknown(name, c.monotoneSpans().get(i));
            } else if (!(input.type() instanceof Type.Money || input.type() instanceof Type.Quantity)) {
                diagnostics.error("monotone.type", c.monotoneSpans().get(i), where + "：单调只能针对金额或数量输入，「" + name + "」是" + input.type().chinese());
            }
        }
        return new Program.Calculator(c.kind(), c.name(), c.frequency(), cap, c.monotoneIn(), body, used(body), c.span());
    }

    // ------------------------------------------------------------ awards

    private CheckedAward award(Award award) {
        if (award instanceof Award.Fixed f) {
            return new CheckedAward.Fixed(money(f.amount(), "给予的金额"), f.cap().map(e -> money(e, "最高额")), f);
        } else if (award instanceof Award.Ceiling c) {
            return new CheckedAward.Ceiling(money(c.amount(), "最高额"), c.cap().map(e -> money(e, "最高额")), c);
        } else if (award instanceof Award.None n) {
            return new CheckedAward.None(n.reason(), n);
        } else if (award instanceof Award.If i) {
            List<CheckedAward.Branch> branches = new ArrayList<>();
            for (Award.Branch b : i.branches()) {
                branches.add(new CheckedAward.Branch(condition(b.condition()), award(b.award())));
            }
            return new CheckedAward.If(branches, award(i.otherwise()), i);
        } else if (award instanceof Award.Table t) {
            CheckedExpr key = expr(t.key());
            List<CheckedAward.Row> rows = new ArrayList<>();
            Set<String> covered = new LinkedHashSet<>();
            boolean other = false;
            if (!(key.type() instanceof Type.Choice choice)) {
                diagnostics.error("table.key", t.key().span(), where + "：查表只能按选项或等级查，「" + t.key().text() + "」是" + key.type().chinese());
                return new CheckedAward.None(Optional.empty(), t);
            }
            for (Award.Row row : t.rows()) {
                if (row.value().isPresent()) {
                    String v = row.value().get();
                    if (!choice.values().contains(v)) {
                        diagnostics.error("table.value", row.span(), where + "：「" + v + "」不是「" + choice.name() + "」的选项",
                                "可选：" + String.join("、", choice.values()));
                    } else if (!covered.add(v)) {
                        diagnostics.error("table.duplicate", row.span(), where + "：查表中「" + v + "」出现了两次");
                    }
                } else {
                    other = true;
                }
                rows.add(new CheckedAward.Row(row.value(), award(row.award())));
            }
            if (!other && !covered.containsAll(choice.values())) {
                List<String> missing = choice.values().stream().filter(v -> !covered.contains(v)).toList();
                diagnostics.error("table.incomplete", t.span(), where + "：查表没有覆盖「" + String.join("、", missing) + "」",
                        "为它们各写一行，或加一行「其他 ⇒ 不予」");
            }
            return new CheckedAward.Table(key, rows, t);
        } else if (award instanceof Award.Sum s) {
            return new CheckedAward.Sum(s.parts().stream().map(this::award).toList(), s);
        }
        throw new IllegalStateException(award.toString());
    }

    private CheckedExpr money(Expr e, String what) {
        CheckedExpr checked = expr(e);
        if (!(checked.type() instanceof Type.Money) && !isError(checked)) {
            diagnostics.error("type.money", e.span(), where + "：" + what + "应是金额，而「" + e.text() + "」是" + checked.type().chinese());
        }
        return checked;
    }

    // ------------------------------------------------------------ conditions

    CheckedCondition condition(Condition c) {
        if (c instanceof Condition.Not n) {
            return new CheckedCondition.Not(condition(n.operand()), c);
        } else if (c instanceof Condition.And a) {
            return new CheckedCondition.And(condition(a.left()), condition(a.right()), c);
        } else if (c instanceof Condition.Or o) {
            return new CheckedCondition.Or(condition(o.left()), condition(o.right()), c);
        } else if (c instanceof Condition.Truth t) {
            CheckedExpr value = expr(t.value());
            requireBool(value, t.value());
            return new CheckedCondition.Truth(value, true, c);
        } else if (c instanceof Condition.IsBoolean b) {
            CheckedExpr value = expr(b.left());
            requireBool(value, b.left());
            return new CheckedCondition.Truth(value, b.value(), c);
        } else if (c instanceof Condition.Is is) {
            CheckedExpr left = expr(is.left());
            if (left.type() instanceof Type.Choice choice) {
                String value = choiceValue(choice, is.right());
                return new CheckedCondition.OneOf(left, List.of(value), c);
            }
            return compare(c, left, Comparison.EQ, is.right());
        } else if (c instanceof Condition.Belongs b) {
            CheckedExpr left = expr(b.left());
            if (!(left.type() instanceof Type.Choice choice)) {
                if (!isError(left)) {
                    diagnostics.error("type.choice", b.left().span(), where + "：「属于」只用于选项，「" + b.left().text() + "」是" + left.type().chinese());
                }
                return new CheckedCondition.OneOf(left, List.of(), c);
            }
            for (int i = 0; i < b.values().size(); i++) {
                if (!choice.values().contains(b.values().get(i))) {
                    diagnostics.error("choice.value", b.valueSpans().get(i), where + "：「" + b.values().get(i) + "」不是「" + choice.name() + "」的选项",
                            "可选：" + String.join("、", choice.values()));
                }
            }
            return new CheckedCondition.OneOf(left, b.values(), c);
        } else if (c instanceof Condition.Compare cmp) {
            return compare(c, expr(cmp.left()), cmp.op(), cmp.right());
        }
        throw new IllegalStateException(c.toString());
    }

    private CheckedCondition compare(Condition c, CheckedExpr left, Comparison op, Expr rightExpr) {
        if (left.type() instanceof Type.Choice choice) {
            String value = choiceValue(choice, rightExpr);
            if (op == Comparison.EQ) {
                return new CheckedCondition.OneOf(left, List.of(value), c);
            }
            if (!choice.ordered()) {
                diagnostics.error("choice.order", c.span(), where + "：「" + choice.name() + "」是选项，没有高低之分，不能用比较用语",
                        "需要比较高低时把它声明为 等级（最高，…，最低）");
            }
            return new CheckedCondition.Grade(left, op, value, c);
        }
        CheckedExpr right = expr(rightExpr);
        if (!isError(left) && !isError(right) && !left.type().equals(right.type())) {
            diagnostics.error("type.compare", c.span(), where + "：" + left.type().chinese() + "不能与" + right.type().chinese()
                    + "比较（" + c.text() + "）");
        } else if (left.type() instanceof Type.Bool || left.type() instanceof Type.Date) {
            diagnostics.error("type.compare", c.span(), where + "：" + left.type().chinese() + "不能用比较用语（" + c.text() + "）");
        }
        return new CheckedCondition.Compare(left, op, right, c);
    }

    private String choiceValue(Type.Choice choice, Expr e) {
        if (e instanceof Expr.Reference r && choice.values().contains(r.name())) {
            return r.name();
        }
        String shown = e instanceof Expr.Reference r ? r.name() : e.text();
        Optional<String> close = Names.closest(shown, choice.values());
        diagnostics.error("choice.value", e.span(), where + "：「" + shown + "」不是「" + choice.name() + "」的选项（可选："
                + String.join("、", choice.values()) + "）", close.map(s -> "您是不是要写「" + s + "」？").orElse(null));
        return choice.values().isEmpty() ? shown : choice.values().get(0);
    }

    private void requireBool(CheckedExpr value, Expr e) {
        if (!(value.type() instanceof Type.Bool) && !isError(value)) {
            diagnostics.error("type.bool", e.span(), where + "：「" + e.text() + "」是" + value.type().chinese() + "，不是一个条件",
                    "写成比较，如「" + e.text() + " 达到 …」");
        }
    }

    // ------------------------------------------------------------ expressions

    /** Marks an expression that already produced a diagnostic, so its parents stay quiet. */
    private static final Type ERROR = new Type.Quantity(new Unit.Dimension("?", "（有错误的表达式）"), "?");

    private static boolean isError(CheckedExpr e) {
        return e.type() == ERROR;
    }

    CheckedExpr expr(Expr e) {
        if (e instanceof Expr.Literal l) {
            return literal(l);
        } else if (e instanceof Expr.Reference r) {
            return reference(r);
        } else if (e instanceof Expr.Negate n) {
            CheckedExpr operand = expr(n.operand());
            if (operand instanceof CheckedExpr.Constant k) {
                return new CheckedExpr.Constant(k.type(), k.value().negate(), e);
            }
            if (!(operand.type() instanceof Type.Money) && !isError(operand)) {
                // Constants were folded above; the runtime negates money only.
                diagnostics.error("type.negate", e.span(), where + "：" + operand.type().chinese() + "不能取负（" + e.text() + "）",
                        "只有金额可以取负；比例、数量请写成正数");
            }
            return new CheckedExpr.Negate(operand.type(), operand, e);
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        } else if (e instanceof Expr.MinMax m) {
            List<CheckedExpr> args = m.arguments().stream().map(this::expr).toList();
            Type type = args.get(0).type();
            for (int i = 1; i < args.size(); i++) {
                if (!args.get(i).type().equals(type) && !isError(args.get(i)) && type != ERROR) {
                    diagnostics.error("type.minmax", m.span(), where + "：" + (m.max() ? "较大值" : "较小值") + "的各项必须同类，"
                            + type.chinese() + "与" + args.get(i).type().chinese() + "不同（" + m.text() + "）");
                    return new CheckedExpr.MinMax(ERROR, m.max(), args, e);
                }
            }
            if (type instanceof Type.Bool || type instanceof Type.Choice || type instanceof Type.Date) {
                diagnostics.error("type.minmax", m.span(), where + "：" + type.chinese() + "没有较大较小（" + m.text() + "）");
            }
            if (args.stream().allMatch(a -> a instanceof CheckedExpr.Constant)) {
                Rational v = ((CheckedExpr.Constant) args.get(0)).value();
                for (CheckedExpr a : args) {
                    Rational x = ((CheckedExpr.Constant) a).value();
                    v = m.max() ? v.max(x) : v.min(x);
                }
                return new CheckedExpr.Constant(type, v, e);
            }
            return new CheckedExpr.MinMax(type, m.max(), args, e);
        }
        throw new IllegalStateException(e.toString());
    }

    /**
     * A constant must fit the runtime: money in a long of 分, a rate as a fraction of longs, a count
     * in a long. A larger one would pass the check and then fail in code generation or at run time.
     */
    private CheckedExpr representable(CheckedExpr.Constant k) {
        boolean fits;
        if (k.type() instanceof Type.Money) {
            fits = fitsLong(k.value().times(Rational.of(100)).numerator());
        } else {
            fits = fitsLong(k.value().numerator()) && fitsLong(k.value().denominator());
        }
        if (!fits) {
            diagnostics.error("number.range", k.source().span(), where + "：「" + k.source().text() + "」超出可计算的范围"
                    + (k.type() instanceof Type.Money ? "（金额最多 92233720368547758.07元，约 9.2亿亿元）" : ""));
            return new CheckedExpr.Constant(ERROR, k.value(), k.source());
        }
        return k;
    }

    private static boolean fitsLong(java.math.BigInteger n) {
        return n.compareTo(java.math.BigInteger.valueOf(Long.MAX_VALUE)) <= 0 && n.compareTo(java.math.BigInteger.valueOf(Long.MIN_VALUE)) >= 0;
    }

    private CheckedExpr literal(Expr.Literal l) {
        Rational value = Rational.of(l.numerator(), l.denominator());
        if (l.unit().isEmpty()) {
            return representable(new CheckedExpr.Constant(Type.RATE, value, l));
        }
        Optional<Unit> unit = Unit.parse(l.unit());
        if (unit.isEmpty()) {
            diagnostics.error("unit.unknown", l.span(), where + "：不认识的单位「" + l.unit() + "」");
            return new CheckedExpr.Constant(ERROR, value, l);
        }
        Rational base = value.times(unit.get().scale());
        Unit.Dimension d = unit.get().dimension();
        if (d == Unit.Dimension.MONEY) {
            if (!base.times(Rational.of(100)).isInteger()) {
                diagnostics.error("money.precision", l.span(), where + "：金额精确到分，「" + l.text() + "」有分以下的位数");
                return new CheckedExpr.Constant(ERROR, base, l);
            }
            return representable(new CheckedExpr.Constant(Type.MONEY, base, l));
        }
        if (d == Unit.Dimension.RATE) {
            return representable(new CheckedExpr.Constant(Type.RATE, base, l));
        }
        return representable(new CheckedExpr.Constant(new Type.Quantity(d, d.id()), base, l));
    }

    private CheckedExpr reference(Expr.Reference r) {
        String name = r.name();
        if (inputs.containsKey(name)) {
            return new CheckedExpr.Input(inputs.get(name).type(), name, r);
        }
        if (definitions.containsKey(name)) {
            return new CheckedExpr.Definition(definitions.get(name).expr().type(), name, r);
        }
        if (eligibilities.containsKey(name)) {
            return new CheckedExpr.Eligibility(Type.BOOL, name, r);
        }
        unknown(name, r.span());
        return new CheckedExpr.Input(ERROR, name, r);
    }

    private void unknown(String name, Span span) {
        Set<String> known = new LinkedHashSet<>();
        known.addAll(inputs.keySet());
        known.addAll(definitions.keySet());
        known.addAll(eligibilities.keySet());
        boolean later = clause.definitions().stream().anyMatch(d -> d.name().equals(name))
                || clause.eligibilities().stream().anyMatch(d -> d.name().equals(name));
        // A keyword glued to a known name (非企业承担) is a missing space, not a misspelling: dropping
        // the keyword, as a did-you-mean would suggest, could invert the condition.
        Optional<String> glued = Hints.forToken(name).filter(h -> known.stream().anyMatch(k -> name.startsWith(k) || name.endsWith(k)));
        Optional<String> hint = later ? Optional.of("「" + name + "」在后面才定义；定义要写在使用之前")
                : glued.isPresent() ? glued : Names.closest(name, known).map(s -> "您是不是要写「" + s + "」？");
        if (hint.isEmpty()) {
            hint = Hints.forToken(name);
        }
        if (hint.isEmpty() && !known.isEmpty()) {
            hint = Optional.of("本条可用的名称：" + String.join("、", known));
        }
        diagnostics.error("name.unknown", span, where + "：未知的名称「" + name + "」", hint.orElse(null));
    }

    private CheckedExpr binary(Expr.Binary b) {
        CheckedExpr left = expr(b.left());
        CheckedExpr right = expr(b.right());
        if (isError(left) || isError(right)) {
            return new CheckedExpr.Arithmetic(ERROR, b.operator(), left, right, b);
        }
        Type lt = left.type();
        Type rt = right.type();
        Type result = switch (b.operator()) {
            case ADD, SUBTRACT -> lt.equals(rt) && (lt instanceof Type.Money || lt instanceof Type.Rate || lt instanceof Type.Quantity) ? lt : null;
            case MULTIPLY -> multiplyType(lt, rt);
            case DIVIDE -> divideType(lt, rt);
        };
        if (result == null) {
            String verb = switch (b.operator()) {
                case ADD -> "相加";
                case SUBTRACT -> "相减";
                case MULTIPLY -> "相乘";
                case DIVIDE -> "相除";
            };
            diagnostics.error("type.arithmetic", b.span(), where + "：" + lt.chinese() + "不能与" + rt.chinese() + verb + "（" + b.text() + "）");
            return new CheckedExpr.Arithmetic(ERROR, b.operator(), left, right, b);
        }
        if (left instanceof CheckedExpr.Constant x && right instanceof CheckedExpr.Constant y) {
            return fold(result, b, x.value(), y.value());
        }
        if (b.operator() == Expr.Operator.DIVIDE && right instanceof CheckedExpr.Constant k && k.value().signum() == 0) {
            diagnostics.error("arith.zero", b.span(), where + "：除数为零（" + b.text() + "）");
            return new CheckedExpr.Arithmetic(ERROR, b.operator(), left, right, b);
        }
        // The runtime multiplies money by a rate, money by a count, and divides money by a constant rate.
        boolean supported = switch (b.operator()) {
            case ADD, SUBTRACT -> !(result instanceof Type.Rate);
            case MULTIPLY -> result instanceof Type.Money;
            case DIVIDE -> result instanceof Type.Money && right instanceof CheckedExpr.Constant;
        };
        if (!supported) {
            diagnostics.error("type.unsupported", b.span(), where + "：暂不支持这种运算（" + b.text() + "）：只有金额乘以比例或数量、金额除以常数可以在输入上计算",
                    "把常数部分先算出来，例如写成「金额 × 10%」");
        }
        return new CheckedExpr.Arithmetic(result, b.operator(), left, right, b);
    }

    private CheckedExpr fold(Type result, Expr.Binary b, Rational x, Rational y) {
        Rational v = switch (b.operator()) {
            case ADD -> x.plus(y);
            case SUBTRACT -> x.minus(y);
            case MULTIPLY -> x.times(y);
            case DIVIDE -> {
                if (y.signum() == 0) {
                    diagnostics.error("arith.zero", b.span(), where + "：除数为零（" + b.text() + "）");
                    yield x;
                }
                yield x.dividedBy(y);
            }
        };
        if (result instanceof Type.Money && !v.times(Rational.of(100)).isInteger()) {
            v = v.round(100, roundingMode(rounding));
        }
        return representable(new CheckedExpr.Constant(result, v, b));
    }

    private static Type multiplyType(Type l, Type r) {
        if (l instanceof Type.Rate && r instanceof Type.Rate) {
            return Type.RATE;
        }
        if (l instanceof Type.Money && (r instanceof Type.Rate || isCount(r))) {
            return Type.MONEY;
        }
        if (r instanceof Type.Money && (l instanceof Type.Rate || isCount(l))) {
            return Type.MONEY;
        }
        if (l instanceof Type.Quantity && r instanceof Type.Rate) {
            return l;
        }
        if (r instanceof Type.Quantity && l instanceof Type.Rate) {
            return r;
        }
        return null;
    }

    private static Type divideType(Type l, Type r) {
        if ((l instanceof Type.Money || l instanceof Type.Rate || l instanceof Type.Quantity) && r instanceof Type.Rate) {
            return l;
        }
        if (l.equals(r) && (l instanceof Type.Money || l instanceof Type.Quantity)) {
            return Type.RATE;
        }
        return null;
    }

    private static boolean isCount(Type t) {
        return t instanceof Type.Quantity q && q.dimension().isCount();
    }

    static RoundingMode roundingMode(RoundingRule rule) {
        return switch (rule) {
            case HALF_UP -> RoundingMode.HALF_UP;
            case DOWN -> RoundingMode.DOWN;
            case UP -> RoundingMode.UP;
        };
    }

    // ------------------------------------------------------------ usage

    /** The inputs a body reads, directly or through definitions and 认定 rules, in declaration order. */
    private List<String> used(Object root) {
        Set<String> names = new LinkedHashSet<>();
        Uses.collect(root, names, definitions, eligibilities);
        return inputs.keySet().stream().filter(names::contains).toList();
    }

    private void warnUnusedInputs(List<Program.Calculator> calculators) {
        Set<String> used = new LinkedHashSet<>();
        calculators.forEach(c -> used.addAll(c.inputs()));
        eligibilities.values().forEach(e -> used.addAll(e.inputs()));
        for (Program.Input input : inputs.values()) {
            if (!used.contains(input.name())) {
                diagnostics.warning("input.unused", input.span(), where + "：输入「" + input.name() + "」没有被任何计算用到");
            }
        }
    }

    // ------------------------------------------------------------ examples

    private Optional<Program.Example> example(Declarations.Example e, List<Program.Calculator> calculators) {
        String title = e.title().orElse("例");
        Map<String, Object> bindings = new LinkedHashMap<>();
        boolean ok = true;
        for (Declarations.Binding b : e.bindings()) {
            Program.Input input = inputs.get(b.name());
            if (input == null) {
                unknown(b.name(), b.span());
                ok = false;
                continue;
            }
            if (bindings.containsKey(b.name())) {
                diagnostics.error("example.duplicate", b.span(), where + "：例「" + title + "」中「" + b.name() + "」给了两次");
            }
            Optional<Object> value = exampleValue(input, b.value(), b.span(), title);
            if (value.isEmpty()) {
                ok = false;
            } else {
                bindings.put(b.name(), value.get());
            }
        }
        List<Program.Expectation> expectations = new ArrayList<>();
        for (Declarations.Expectation x : e.expectations()) {
            Optional<Program.Calculator> calculator = calculators.stream().filter(c -> c.name().equals(x.name())).findFirst();
            Program.Eligibility eligibility = eligibilities.get(x.name());
            List<String> needed;
            if (calculator.isPresent()) {
                needed = calculator.get().inputs();
                Optional<Rational> amount = Optional.empty();
                if (x.kind() != Declarations.ExpectKind.NONE) {
                    if (x.value().orElse(null) instanceof Declarations.ExampleValue.Value v
                            && expr(v.expr()) instanceof CheckedExpr.Constant k && k.type() instanceof Type.Money) {
                        amount = Optional.of(k.value());
                    } else {
                        diagnostics.error("example.expect", x.span(), where + "：例「" + title + "」对「" + x.name() + "」的期望应是一个金额，如 最高可得 10万元");
                        ok = false;
                    }
                }
                expectations.add(new Program.Expectation(x.name(), x.kind(), amount, Optional.empty(), x.span()));
            } else if (eligibility != null) {
                needed = eligibility.inputs();
                if (x.value().orElse(null) instanceof Declarations.ExampleValue.Truth t) {
                    expectations.add(new Program.Expectation(x.name(), x.kind(), Optional.empty(), Optional.of(t.value()), x.span()));
                } else {
                    diagnostics.error("example.expect", x.span(), where + "：「" + x.name() + "」是认定规则，期望应写「为 是」或「为 否」");
                    ok = false;
                    continue;
                }
            } else {
                Set<String> known = new LinkedHashSet<>(calculatorNames);
                known.addAll(eligibilities.keySet());
                diagnostics.error("name.unknown", x.span(), where + "：例「" + title + "」期望的「" + x.name() + "」不是本条的计算或认定",
                        Names.closest(x.name(), known).map(s -> "您是不是要写「" + s + "」？").orElse(null));
                ok = false;
                continue;
            }
            for (String n : needed) {
                if (!bindings.containsKey(n) && e.bindings().stream().noneMatch(b -> b.name().equals(n))) {
                    diagnostics.error("example.missing", e.span(), where + "：例「" + title + "」没有给出「" + x.name() + "」用到的输入「" + n + "」");
                    ok = false;
                }
            }
        }
        return ok ? Optional.of(new Program.Example(title, bindings, expectations, e.span())) : Optional.empty();
    }

    private Optional<Object> exampleValue(Program.Input input, Declarations.ExampleValue value, Span span, String title) {
        Type type = input.type();
        if (value instanceof Declarations.ExampleValue.Truth t) {
            if (type instanceof Type.Bool) {
                return Optional.of(t.value());
            }
        } else if (value instanceof Declarations.ExampleValue.Value v) {
            if (type instanceof Type.Choice choice) {
                return Optional.of(choiceValue(choice, v.expr()));
            }
            CheckedExpr checked = expr(v.expr());
            if (isError(checked)) {
                return Optional.empty();
            }
            if (checked instanceof CheckedExpr.Constant k) {
                boolean countOk = type instanceof Type.Quantity q && (k.type().equals(q)
                        || k.type() instanceof Type.Rate && k.value().isInteger());
                if (k.type().equals(type) || countOk) {
                    if (type instanceof Type.Quantity && !k.value().isInteger()) {
                        diagnostics.error("example.value", span, where + "：例「" + title + "」中「" + input.name() + "」应是整数");
                        return Optional.empty();
                    }
                    if (type instanceof Type.Money && k.value().signum() < 0) {
                        diagnostics.error("example.value", span, where + "：例「" + title + "」中金额「" + input.name() + "」不能为负");
                        return Optional.empty();
                    }
                    return Optional.of(k.value());
                }
            } else if (isError(checked)) {
                return Optional.empty();
            }
        }
        diagnostics.error("example.value", span, where + "：例「" + title + "」中「" + input.name() + "」应是" + type.chinese());
        return Optional.empty();
    }
}
