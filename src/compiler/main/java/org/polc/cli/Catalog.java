package org.polc.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.polc.codegen.JavaNames;
import org.polc.model.Budget;
import org.polc.model.Calculator;
import org.polc.model.Change;
import org.polc.model.Changes;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Eligibility;
import org.polc.model.Fact;
import org.polc.model.Frequency;
import org.polc.model.Input;
import org.polc.model.Part;
import org.polc.model.PartBudgets;
import org.polc.model.Program;
import org.polc.model.Rational;
import org.polc.model.Goal;
import org.polc.model.GoalValue;
import org.polc.model.Requirement;
import org.polc.model.Target;
import org.polc.model.TargetFigure;
import org.polc.model.Type;

/**
 * The catalog as JSON, for portals and reviewers. Amounts are strings in 元 with two decimals
 * ("2000000.00"), never JSON floating point numbers, plus a display text ("200万元").
 */
final class Catalog {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Catalog() {}

    static ObjectNode json(List<Program> programs) {
        ObjectNode root = JSON.objectNode();
        ArrayNode policies = root.putArray("policies");
        ArrayNode clauses = root.putArray("clauses");
        for (Program program : programs) {
            ObjectNode p = policies.addObject();
            p.put("id", program.id());
            p.put("title", program.title());
            p.put("validFrom", program.validFrom().toString());
            p.put("validTo", program.validTo().toString());
            // the header's own 原文: the closing section
            p.put("text", program.text());
            p.set("budgets", budgets(program.budgets()));
            p.set("partBudgets", partBudgets(program));
            p.set("targets", targets(program.targets()));
            p.set("facts", facts(program));
            ArrayNode parts = p.putArray("parts");
            for (Part part : program.parts()) {
                ObjectNode pn = parts.addObject();
                pn.put("number", part.number());
                pn.put("title", part.title());
                pn.put("lead", String.join("、", part.leads()));
                pn.put("text", part.text());
                pn.set("targets", targets(part.targets()));
                pn.set("budgets", budgets(part.budgets()));
                for (Clause clause : part.clauses()) {
                    clauses.add(clause(program, part, clause));
                }
            }
        }
        return root;
    }

    private static ObjectNode clause(Program program, Part part, Clause clause) {
        ObjectNode c = JSON.objectNode();
        c.put("number", clause.number());
        c.put("citation", clause.citation());
        c.put("title", clause.title());
        c.put("policy", program.id());
        c.put("part", part.number());
        c.put("partTitle", part.title());
        c.put("lead", String.join("、", part.leads()));
        c.put("validFrom", clause.validFrom().toString());
        c.put("validTo", clause.validTo().toString());
        c.put("text", clause.text());
        c.put("kind", clause.calculators().isEmpty() && clause.eligibilities().isEmpty() && clause.complianceRules().isEmpty()
                ? "measure" : "calculator");
        c.put("javaClass", JavaNames.packageName(program) + "." + JavaNames.className(clause.number()));
        ArrayNode calculators = c.putArray("calculators");
        for (Calculator calculator : clause.calculators()) {
            ObjectNode k = calculators.addObject();
            k.put("name", calculator.name());
            k.put("kind", calculator.kind());
            calculator.frequency().ifPresent(f -> k.put("frequency", f.chinese()));
            // 应缴: the amount is what the applicant pays, not what it receives
            k.put("pays", calculator.payment());
            if (calculator.cap().isPresent()) {
                k.put("cap", money(calculator.cap().get().yuan()));
                k.put("capText", calculator.capText().orElseThrow());
                calculator.capChange().ifPresent(ch -> k.set("capChange", change(ch)));
            } else {
                k.putNull("cap");
            }
            calculator.cumulative().ifPresent(cu -> {
                ObjectNode o = k.putObject("cumulative");
                o.put("cap", money(cu.cap().yuan()));
                o.put("capText", cu.capText());
                o.put("received", cu.received().origin().text());
                o.put("perYear", calculator.frequency().filter(f -> f == Frequency.YEARLY).isPresent());
            });
            List<Change> changes = Changes.of(calculator);
            if (!changes.isEmpty()) {
                ArrayNode list = k.putArray("changes");
                changes.forEach(ch -> list.add(change(ch)));
            }
            k.set("inputs", inputs(clause, calculator.inputs()));
            ArrayNode monotone = k.putArray("monotoneIn");
            calculator.monotoneIn().forEach(monotone::add);
            k.put("examples", clause.examples().stream().filter(e -> e.expectations().stream().anyMatch(x -> x.name().equals(calculator.name()))).count());
        }
        ArrayNode validators = c.putArray("validators");
        for (Eligibility rule : clause.eligibilities()) {
            ObjectNode v = validators.addObject();
            v.put("name", rule.name());
            v.put("condition", rule.condition().origin().text());
            v.set("inputs", inputs(clause, rule.inputs()));
        }
        ArrayNode rules = c.putArray("rules");
        for (ComplianceRule rule : clause.complianceRules()) {
            ObjectNode r = rules.addObject();
            r.put("name", rule.name());
            rule.subject().ifPresentOrElse(s -> r.put("subject", s), () -> r.putNull("subject"));
            ArrayNode requirements = r.putArray("requirements");
            for (Requirement q : rule.requirements()) {
                ObjectNode o = requirements.addObject();
                q.when().ifPresentOrElse(w -> o.put("when", w.origin().text()), () -> o.putNull("when"));
                o.put("condition", q.condition().origin().text());
                o.put("general", q.general());
            }
            rule.reason().ifPresentOrElse(s -> r.put("reason", s), () -> r.putNull("reason"));
            r.set("inputs", inputs(clause, rule.inputs()));
        }
        c.set("targets", targets(clause.targets()));
        c.set("budgets", budgets(clause.budgets()));
        return c;
    }

    private static ArrayNode inputs(Clause clause, List<String> names) {
        ArrayNode inputs = JSON.arrayNode();
        for (String name : names) {
            Input input = clause.input(name).orElseThrow();
            ObjectNode i = typed(inputs.addObject(), name, input.type());
            // A document fact goes by the same name in every clause: a portal asks for it once.
            i.put("documentFact", input.fact().isPresent());
            // 一次性: the compiler introduced the input, so a portal must ask for it though no drafter declared it
            input.oneOff().ifPresent(o -> i.put("oneOffOf", o.calculator()).put("meaning", o.meaning()));
        }
        return inputs;
    }

    /** The document's facts, each with the clauses that read it. */
    private static ArrayNode facts(Program program) {
        ArrayNode out = JSON.arrayNode();
        for (Fact fact : program.facts()) {
            ObjectNode f = typed(out.addObject(), fact.name(), fact.type());
            f.put("meaning", fact.meaning());
            ArrayNode readBy = f.putArray("clauses");
            program.clausesReading(fact.name()).forEach(c -> readBy.add(c.number()));
        }
        return out;
    }

    private static ObjectNode typed(ObjectNode node, String name, Type type) {
        node.put("name", name);
        node.put("type", typeId(type));
        node.put("typeChinese", type.chinese());
        if (type instanceof Type.Choice choice) {
            ArrayNode values = node.putArray("values");
            choice.values().forEach(values::add);
            node.put("ordered", choice.ordered());
        }
        if (type instanceof Type.Quantity q && !q.unit().isEmpty()) {
            node.put("unit", q.unit());
        }
        return node;
    }

    private static String typeId(Type type) {
        if (type instanceof Type.Money) {
            return "money";
        } else if (type instanceof Type.Rate) {
            return "rate";
        } else if (type instanceof Type.Bool) {
            return "boolean";
        } else if (type instanceof Type.Date) {
            return "date";
        } else if (type instanceof Type.Quantity q) {
            return q.isCount() ? "count" : q.baseUnit().isEmpty() ? "number" : "quantity";
        }
        return ((Type.Choice) type).ordered() ? "grade" : "choice";
    }

    /**
     * Targets with their goals. A figure is given in the unit the text writes it in — 6万亩 is
     * {"value":"6","unit":"万亩"}, 3.95% is {"value":"3.95","unit":"%"} —, exactly (a fraction as "2/3").
     */
    private static ArrayNode targets(List<Target> targets) {
        ArrayNode out = JSON.arrayNode();
        for (Target t : targets) {
            ObjectNode o = out.addObject();
            t.year().ifPresentOrElse(y -> o.put("year", y), () -> o.putNull("year"));
            o.put("strength", t.strength().orElse(""));
            o.put("text", t.text());
            ArrayNode goals = o.putArray("goals");
            for (Goal g : t.goals()) {
                goals.add(goal(g));
            }
        }
        return out;
    }

    private static ObjectNode goal(Goal g) {
        ObjectNode o = JSON.objectNode();
        o.put("indicator", g.indicator());
        o.put("comparison", g.comparison().symbol);
        o.put("words", g.comparisonWords());
        g.value().accept(new GoalValue.Visitor<Void>() {
            @Override
            public Void visitFixed(GoalValue.Fixed fixed) {
                figure(o, "", fixed.figure());
                return null;
            }

            @Override
            public Void visitRange(GoalValue.Range range) {
                o.put("range", true);
                figure(o, "low", range.low());
                figure(o, "high", range.high());
                return null;
            }

            @Override
            public Void visitRelative(GoalValue.Relative relative) {
                o.put("comparedWith", relative.baseline());
                relative.factor().ifPresent(f -> figure(o, "factor", f));
                return null;
            }

            @Override
            public Void visitBudgeted(GoalValue.Budgeted budgeted) {
                o.put("budget", budgeted.budget());
                o.put("budgetYear", budgeted.year());
                figure(o, "budgetAmount", budgeted.amount());
                budgeted.factor().ifPresent(f -> figure(o, "factor", f));
                figure(o, "threshold", budgeted.threshold());
                return null;
            }
        });
        g.approx().ifPresent(a -> o.put("approx", a));
        g.tolerance().ifPresent(t -> {
            ObjectNode tolerance = o.putObject("tolerance");
            figure(tolerance, "", t.amount());
            tolerance.put("declaredIn", t.declaredIn());
        });
        if (g.growth()) {
            o.put("growth", true);
        }
        g.qualifier().ifPresent(q -> {
            ObjectNode counts = o.putObject("counts");
            q.attribute().ifPresent(a -> counts.put("attribute", a));
            counts.put("comparison", q.comparison().symbol);
            counts.put("words", q.comparisonWords());
            figure(counts, "", q.threshold());
        });
        return o;
    }

    /** value, unit and valueText (or lowValue, lowUnit …): the number in the unit written beside it. */
    private static void figure(ObjectNode o, String prefix, TargetFigure f) {
        o.put(prefix.isEmpty() ? "value" : prefix + "Value", f.value().toPlainString());
        o.put(prefix.isEmpty() ? "unit" : prefix + "Unit", f.unit());
        o.put(prefix.isEmpty() ? "valueText" : prefix + "Text", f.text());
    }

    private static ArrayNode budgets(List<Budget> budgets) {
        ArrayNode out = JSON.arrayNode();
        for (Budget b : budgets) {
            ObjectNode o = out.addObject();
            o.put("name", b.name());
            o.put("total", money(b.total()));
            o.put("totalText", b.totalText());
            ArrayNode items = o.putArray("items");
            for (Budget.Item item : b.items()) {
                items.addObject().put("name", item.name()).put("amount", money(item.amount())).put("amountText", item.amountText());
            }
            b.source().ifPresentOrElse(s -> o.put("source", s), () -> o.putNull("source"));
            // 2023—2025年 每年 5.5亿元: total is the sum over the period, items are each year's
            b.period().ifPresentOrElse(p -> o.putObject("period").put("from", p.from()).put("to", p.to()).put("years", p.years())
                    .put("perYear", money(p.perYear())).put("perYearText", p.perYearText()), () -> o.putNull("period"));
        }
        return out;
    }

    /** 由 50% 提高至 60%: the old and the new value, exact, as written and as one text. */
    private static ObjectNode change(Change change) {
        ObjectNode o = JSON.objectNode();
        // money as everywhere in the catalog: 元 with two decimals; other values exact in their base unit
        boolean money = change.type() instanceof Type.Money;
        o.put("type", change.type().chinese());
        o.put("before", money ? money(change.before()) : change.before().toPlainString());
        o.put("beforeText", change.beforeText());
        o.put("verb", change.verb());
        o.put("after", money ? money(change.after()) : change.after().toPlainString());
        o.put("afterText", change.afterText());
        o.put("text", change.text());
        return o;
    }

    /** Each total 除交叉重叠部分外: the Parts' budgets it covers, their sum, and the overlap once all are listed. */
    private static ArrayNode partBudgets(Program program) {
        ArrayNode out = JSON.arrayNode();
        for (PartBudgets p : PartBudgets.of(program)) {
            ObjectNode o = out.addObject();
            o.put("name", p.total().name());
            o.put("total", money(p.total().total()));
            o.put("totalText", p.total().totalText());
            o.put("partLabel", p.overlap().partLabel());
            o.put("parts", p.overlap().parts());
            ArrayNode listed = o.putArray("listed");
            for (PartBudgets.Listed l : p.listed()) {
                listed.addObject().put("part", l.part()).put("total", money(l.budget().total())).put("totalText", l.budget().totalText());
            }
            o.put("sum", money(p.sum()));
            o.put("complete", p.complete());
            p.impliedOverlap().ifPresentOrElse(v -> o.put("overlap", money(v)), () -> o.putNull("overlap"));
            o.put("report", p.report());
        }
        return out;
    }

    /** An exact amount in 元 with two decimals. */
    static String money(Rational yuan) {
        return new BigDecimal(yuan.numerator()).divide(new BigDecimal(yuan.denominator()))
                .setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
