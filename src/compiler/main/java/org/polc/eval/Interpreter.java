package org.polc.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polc.model.Calculator;
import org.polc.model.Change;
import org.polc.model.CheckedAward;
import org.polc.model.CheckedCondition;
import org.polc.model.CheckedExpr;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Cumulative;
import org.polc.model.Eligibility;
import org.polc.model.Frequency;
import org.polc.model.Operator;
import org.polc.model.Reads;
import org.polc.model.References;
import org.polc.model.Requirement;
import org.polc.model.Roundings;
import org.polc.model.Type;
import org.polc.runtime.Compliance;
import org.polc.runtime.ComplianceKind;
import org.polc.runtime.Dates;
import org.polc.runtime.Money;
import org.polc.runtime.PolicyArithmeticException;
import org.polc.runtime.Quantity;
import org.polc.runtime.Rate;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.runtime.Rounding;
import org.polc.runtime.Share;
import org.polc.runtime.internal.Explain;
import org.polc.runtime.internal.Trace;

/**
 * Evaluates a checked clause on concrete inputs, with the runtime's exact arithmetic and wording,
 * so that {@code polc eval}, the examples and the generated Java agree to the 分 and to the word.
 *
 * <p>Input values: {@link Money} for 金额, {@link Rate} for 比例, {@link Long} for counts,
 * {@link Boolean} for 是否, {@link String} for a choice, {@link Quantity} for a measure (亩, 美元, 数值 …).
 * A share ({@code 占…的比重}) is an exact {@link Rate}.
 */
public final class Interpreter {

    private final Clause clause;
    private final Map<String, Object> inputs;
    private final Rounding rounding;
    private final Map<String, Object> cache = new HashMap<>();
    private final Values values = new Values();
    private final Tests tests = new Tests();

    public Interpreter(Clause clause, Map<String, Object> inputs) {
        this.clause = clause;
        this.inputs = inputs;
        this.rounding = clause.rounding().runtime();
    }

    public Result calculate(Calculator calculator) {
        Trace trace = new Trace(clause.citation());
        trace.step(Explain.basis(clause.citation()));
        prepare(calculator.reads());
        definitionRoundings(calculator.reads(), trace);
        Outcome outcome = calculator.body().accept(new Awards(trace, calculator.payment()));
        if (calculator.cumulative().isPresent()) {
            outcome = cumulative(calculator, outcome, trace);
        }
        return trace.result(calculator.name(), outcome.kind.nothing() ? Money.ZERO : outcome.amount, outcome.kind);
    }

    /**
     * 累计最高 … 已获 …: at most what is left under the ceiling, never below zero; nothing left is 不予.
     * A body that gives nothing needs no step.
     */
    private Outcome cumulative(Calculator calculator, Outcome outcome, Trace trace) {
        if (outcome.kind == ResultKind.NONE) {
            return outcome;
        }
        Cumulative cumulative = calculator.cumulative().orElseThrow();
        Money cap = cumulative.cap().toMoney();
        Money received = (Money) value(cumulative.received());
        boolean yearly = calculator.frequency().filter(f -> f == Frequency.YEARLY).isPresent();
        trace.step(Explain.cumulative(yearly, cumulative.capText(), cap, received, outcome.amount));
        Money remaining = Money.remaining(cap, received);
        return remaining.isZero() ? new Outcome(Money.ZERO, ResultKind.NONE) : new Outcome(outcome.amount.min(remaining), outcome.kind);
    }

    /** Whether an 认定 rule holds, with its explanation step appended to {@code trace}. */
    public boolean eligible(Eligibility eligibility, Trace trace) {
        prepare(eligibility.reads());
        definitionRoundings(eligibility.reads(), trace);
        boolean holds = test(eligibility.condition());
        trace.step(Explain.condition(eligibility.condition().origin().text(), holds, shown(eligibility.condition()))
                + Explain.within(roundings(Roundings.of(eligibility.condition()))));
        return holds;
    }

    /**
     * A 合规 rule's verdict: each requirement that applies is tested, and its explanation shows each
     * alternative of a 或 (each part of a 且) on its own, so the reader sees why it holds. The
     * generated method writes the same steps.
     */
    public Compliance comply(ComplianceRule rule) {
        Trace trace = new Trace(clause.citation());
        trace.step(Explain.basis(clause.citation()));
        prepare(rule.reads());
        definitionRoundings(rule.reads(), trace);
        int hardUnmet = 0;
        int generalUnmet = 0;
        for (Requirement r : rule.requirements()) {
            if (r.when().isPresent()) {
                CheckedCondition when = r.when().get();
                boolean applies = test(when);
                trace.step(Explain.applies(when.origin().text(), applies, shown(when), r.condition().origin().text())
                        + Explain.within(roundings(Roundings.of(when))));
                if (!applies) {
                    continue;
                }
            }
            List<CheckedCondition> parts = r.parts();
            if (parts.size() > 1) {
                parts.forEach(part -> trace.step(Explain.requirement(part.origin().text(), test(part), shown(part), false)
                        + Explain.within(roundings(Roundings.of(part)))));
            }
            boolean holds = test(r.condition());
            // With its parts shown one by one, the whole shows neither their values nor their roundings again.
            trace.step(Explain.requirement(r.condition().origin().text(), holds, parts.size() > 1 ? "" : shown(r.condition()), r.general())
                    + (parts.size() > 1 ? "" : Explain.within(roundings(Roundings.of(r.condition())))));
            if (!holds && r.general()) {
                generalUnmet++;
            } else if (!holds) {
                hardUnmet++;
            }
        }
        return trace.compliance(rule.name(), ComplianceKind.of(hardUnmet, generalUnmet), rule.reason().orElse(""));
    }

    /**
     * Computes what a body reads up front, as its generated method does: its definitions in
     * declaration order, then each rule it names, which computes its own definitions and rules
     * first. An overflow in a definition then fails both the same way, with the same message.
     */
    private void prepare(Reads reads) {
        reads.definitions().forEach(this::definition);
        reads.rules().forEach(this::eligibility);
    }

    private Object definition(String name) {
        Object cached = cache.get(name);
        if (cached == null) {
            cached = value(clause.definition(name).orElseThrow().expr());
            cache.put(name, cached);
        }
        return cached;
    }

    private Object eligibility(String name) {
        Object cached = cache.get(name);
        if (cached == null) {
            Eligibility rule = clause.eligibility(name).orElseThrow();
            prepare(rule.reads());
            cached = test(rule.condition());
            cache.put(name, cached);
        }
        return cached;
    }

    private record Outcome(Money amount, ResultKind kind) {}

    /** A calculator body, its steps recorded in the trace. */
    private final class Awards implements CheckedAward.Visitor<Outcome> {
        private final Trace trace;
        /** A payment's (应缴) 缴纳 is what the applicant pays and its 免费 nothing to pay. */
        private final boolean payment;

        Awards(Trace trace, boolean payment) {
            this.trace = trace;
            this.payment = payment;
        }

        public Outcome visitFixed(CheckedAward.Fixed f) {
            return leaf(f.amount(), f.cap(), payment ? ResultKind.PAYABLE : ResultKind.FIXED);
        }

        public Outcome visitCeiling(CheckedAward.Ceiling c) {
            return leaf(c.amount(), c.cap(), ResultKind.CEILING);
        }

        public Outcome visitNone(CheckedAward.None n) {
            if (payment) {
                trace.step(Explain.free(n.reason().orElse(null)));
                return new Outcome(Money.ZERO, ResultKind.FREE);
            }
            trace.step(Explain.none(n.reason().orElse(null)));
            return new Outcome(Money.ZERO, ResultKind.NONE);
        }

        public Outcome visitIf(CheckedAward.If i) {
            for (CheckedAward.Branch b : i.branches()) {
                boolean holds = test(b.condition());
                trace.step(Explain.condition(b.condition().origin().text(), holds, shown(b.condition()))
                        + Explain.within(roundings(Roundings.of(b.condition()))));
                if (holds) {
                    return b.award().accept(this);
                }
            }
            return i.otherwise().accept(this);
        }

        public Outcome visitTable(CheckedAward.Table t) {
            Object key = value(t.key());
            trace.step(Explain.row(t.key().origin().text(), key));
            for (CheckedAward.Row row : t.rows()) {
                if (row.value().isEmpty() || row.value().get().equals(key)) {
                    return row.award().accept(this);
                }
            }
            throw new IllegalStateException("table without a row for " + key);
        }

        public Outcome visitSum(CheckedAward.Sum s) {
            Money total = Money.ZERO;
            ResultKind kind = ResultKind.NONE;
            boolean first = true;
            for (CheckedAward part : s.parts()) {
                if (!first) {
                    trace.step(Explain.again());
                }
                first = false;
                Outcome o = part.accept(this);
                total = total.plus(o.amount);
                kind = ResultKind.combine(kind, o.kind);
            }
            return new Outcome(total, kind);
        }

        private Outcome leaf(CheckedExpr amountExpr, Optional<CheckedExpr> capExpr, ResultKind kind) {
            Money amount = (Money) value(amountExpr);
            String text = amountExpr.asConstant().isPresent() ? null : amountExpr.origin().text();
            // A product at the root shows its exact value and its rounding in place; any other rounding is noted after.
            List<CheckedExpr.Arithmetic> inner = new ArrayList<>(Roundings.of(amountExpr));
            Optional<CheckedExpr.Arithmetic> root = Roundings.root(amountExpr);
            String shown = root.isPresent() ? product(root.get()) : amount.toString();
            root.ifPresent(r -> inner.remove(inner.size() - 1));
            String step = switch (kind) {
                case FIXED -> Explain.give(text, shown);
                case PAYABLE -> Explain.pay(text, shown);
                default -> Explain.upTo(text, shown);
            };
            trace.step(step + Explain.changed(amountExpr.change().map(Change::text).orElse(null)) + Explain.within(roundings(inner)));
            if (capExpr.isPresent()) {
                Money cap = (Money) value(capExpr.get());
                Optional<Change> change = capExpr.get().change();
                trace.step((change.isEmpty() ? Explain.cap(amount, cap) : Explain.cap(amount, cap, change.get().text()))
                        + Explain.within(roundings(Roundings.of(capExpr.get()))));
                amount = amount.min(cap);
            }
            return new Outcome(amount, kind);
        }
    }

    // ------------------------------------------------------------ roundings

    /** A step for each definition read whose products were not whole 分, after the basis, as the generated method adds it. */
    private void definitionRoundings(Reads reads, Trace trace) {
        for (String name : reads.definitions()) {
            trace.note(Explain.definition(name, roundings(Roundings.of(clause.definition(name).orElseThrow().expr()))));
        }
    }

    /** What each rounding of an explained step says (empty when exact), computed from the same values. */
    private String[] roundings(List<CheckedExpr.Arithmetic> operations) {
        String[] notes = new String[operations.size()];
        for (int i = 0; i < notes.length; i++) {
            CheckedExpr.Arithmetic a = operations.get(i);
            notes[i] = Explain.rounded(a.origin().text(), (Money) value(Roundings.money(a)), factor(a), rounding);
        }
        return notes;
    }

    private String product(CheckedExpr.Arithmetic a) {
        return Explain.product((Money) value(Roundings.money(a)), factor(a), rounding);
    }

    /** The rate a rounding operation multiplies by: the rate itself, or one over the divisor. */
    private Rate factor(CheckedExpr.Arithmetic a) {
        Rate r = (Rate) value(Roundings.factor(a));
        return a.operator() == Operator.DIVIDE ? Rate.of(r.denominator(), r.numerator()) : r;
    }

    // ------------------------------------------------------------ conditions

    boolean test(CheckedCondition c) {
        return c.accept(tests);
    }

    private final class Tests implements CheckedCondition.Visitor<Boolean> {
        public Boolean visitCompare(CheckedCondition.Compare cmp) {
            return cmp.op().holds(compare(value(cmp.left()), value(cmp.right())));
        }

        public Boolean visitTruth(CheckedCondition.Truth t) {
            return (Boolean) value(t.value()) == t.expected();
        }

        public Boolean visitOneOf(CheckedCondition.OneOf o) {
            return o.values().contains((String) value(o.choice()));
        }

        public Boolean visitGrade(CheckedCondition.Grade g) {
            List<String> grades = ((Type.Choice) g.choice().type()).values();
            // Grades are listed from the highest, so a smaller index is a higher grade.
            int actual = grades.indexOf((String) value(g.choice()));
            int wanted = grades.indexOf(g.value());
            return g.op().holds(Integer.compare(wanted, actual));
        }

        public Boolean visitNot(CheckedCondition.Not n) {
            return !test(n.operand());
        }

        public Boolean visitAnd(CheckedCondition.And a) {
            return test(a.left()) && test(a.right());
        }

        public Boolean visitOr(CheckedCondition.Or o) {
            return test(o.left()) || test(o.right());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    /** The values a condition reads directly, for its explanation: 新增额 400万元，经营规模 符合认定标准. */
    private String shown(CheckedCondition c) {
        List<String> parts = new ArrayList<>();
        for (CheckedExpr ref : References.of(c)) {
            parts.add(References.isShare(ref) ? Explain.share(References.name(ref), shownShare(ref.asShare().orElseThrow()))
                    : Explain.value(References.name(ref), display(ref, value(ref))));
        }
        return Explain.values(parts.toArray(String[]::new));
    }

    static Object display(CheckedExpr ref, Object value) {
        if (value instanceof Long n && ref.type() instanceof Type.Quantity q) {
            return n + q.unit();
        }
        return value;
    }

    // ------------------------------------------------------------ expressions

    Object value(CheckedExpr e) {
        return e.accept(values);
    }

    private final class Values implements CheckedExpr.Visitor<Object> {
        public Object visitConstant(CheckedExpr.Constant k) {
            return k.runtimeValue();
        }

        public Object visitInput(CheckedExpr.Input i) {
            Object v = inputs.get(i.name());
            if (v == null) {
                throw new IllegalArgumentException(clause.citation() + "：缺少输入「" + i.name() + "」");
            }
            return v;
        }

        public Object visitDefinition(CheckedExpr.Definition d) {
            return definition(d.name());
        }

        public Object visitRule(CheckedExpr.Rule rule) {
            return eligibility(rule.name());
        }

        public Object visitNegate(CheckedExpr.Negate n) {
            Object v = value(n.operand());
            return v instanceof Money m ? m.negate() : Math.negateExact((Long) v);
        }

        public Object visitArithmetic(CheckedExpr.Arithmetic a) {
            return arithmetic(a);
        }

        public Object visitShare(CheckedExpr.Share s) {
            return share(s);
        }

        public Object visitMinMax(CheckedExpr.MinMax m) {
            Object best = null;
            for (CheckedExpr arg : m.arguments()) {
                Object v = value(arg);
                best = best == null || (m.max() ? compare(v, best) > 0 : compare(v, best) < 0) ? v : best;
            }
            return best;
        }
    }

    /** The exact share, computed by the runtime the generated code calls, so both refuse a zero whole alike. */
    private Rate share(CheckedExpr.Share s) {
        Object part = value(s.part());
        Object whole = value(s.whole());
        String citation = clause.citation();
        String wholeName = s.whole().origin().text();
        String text = s.origin().text();
        if (part instanceof Money m) {
            return Share.of(m, (Money) whole, citation, wholeName, text);
        }
        if (part instanceof Quantity q) {
            return Share.of(q, (Quantity) whole, citation, wholeName, text);
        }
        return Share.of((Long) part, (Long) whole, citation, wholeName, text);
    }

    private String shownShare(CheckedExpr.Share s) {
        Object part = value(s.part());
        Object whole = value(s.whole());
        if (part instanceof Money m) {
            return Share.shown(m, (Money) whole);
        }
        if (part instanceof Quantity q) {
            return Share.shown(q, (Quantity) whole);
        }
        return Share.shown((Long) part, (Long) whole);
    }

    private Object arithmetic(CheckedExpr.Arithmetic a) {
        Object l = value(a.left());
        Object r = value(a.right());
        try {
            switch (a.operator()) {
                case ADD:
                    if (l instanceof LocalDate date) {
                        return Dates.plus(date, (Quantity) r);
                    }
                    if (l instanceof Quantity q) {
                        return q.plus((Quantity) r);
                    }
                    return l instanceof Money m ? m.plus((Money) r) : (Object) Math.addExact((Long) l, (Long) r);
                case SUBTRACT:
                    if (l instanceof LocalDate date) {
                        return Dates.minus(date, (Quantity) r);
                    }
                    if (l instanceof Quantity q) {
                        return q.minus((Quantity) r);
                    }
                    return l instanceof Money m ? m.minus((Money) r) : (Object) Math.subtractExact((Long) l, (Long) r);
                case MULTIPLY:
                    if (l instanceof Quantity q) {
                        return q.times((Rate) r);
                    }
                    if (r instanceof Quantity q) {
                        return q.times((Rate) l);
                    }
                    if (l instanceof Money m) {
                        return r instanceof Rate rate ? m.times(rate, rounding) : m.times((Long) r);
                    }
                    if (r instanceof Money m) {
                        return l instanceof Rate rate ? m.times(rate, rounding) : m.times((Long) l);
                    }
                    break;
                case DIVIDE:
                    if (l instanceof Quantity q) {
                        return q.dividedBy((Rate) r);
                    }
                    if (l instanceof Money m && r instanceof Rate rate) {
                        return m.times(Rate.of(rate.denominator(), rate.numerator()), rounding);
                    }
                    break;
                default:
                    break;
            }
        } catch (ArithmeticException overflow) {
            throw overflow instanceof PolicyArithmeticException p ? p
                    : PolicyArithmeticException.overflow(clause.citation() + "「" + a.origin().excerpt() + "」");
        }
        throw new IllegalStateException("unsupported arithmetic " + a.origin().text());
    }
}
