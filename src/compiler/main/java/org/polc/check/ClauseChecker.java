package org.polc.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polc.ast.Declarations;
import org.polc.ast.Document;
import org.polc.diagnostics.Diagnostics;
import org.polc.model.Budget;
import org.polc.model.Calculator;
import org.polc.model.CheckedCondition;
import org.polc.model.CheckedExpr;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Definition;
import org.polc.model.Eligibility;
import org.polc.model.Example;
import org.polc.model.Fact;
import org.polc.model.Input;
import org.polc.model.Rounding;
import org.polc.model.Goal;
import org.polc.model.Target;
import org.polc.vocabulary.ChineseNumerals;

/**
 * Checks one clause, in declaration order: inputs, definitions, 认定 rules, calculators, examples;
 * then unused inputs, limits, budgets and targets. Each job has its own class; this one holds the
 * order and builds the checked clause.
 */
final class ClauseChecker {

    private final Document.Clause clause;
    private final Diagnostics diagnostics;
    private final String citation;
    private final Where where;
    private final Rounding rounding;
    private final Scope scope;
    private final Expressions expressions;
    private final Conditions conditions;
    private final Optional<Goal.Tolerance> tolerance;

    private final Map<String, Fact> facts;

    ClauseChecker(Document.Clause clause, Map<String, Fact> facts, Rounding documentRounding, Diagnostics diagnostics) {
        this(clause, facts, documentRounding, diagnostics, Optional.empty());
    }

    /** @param tolerance the tolerance for 约/左右 in force in the clause's Part */
    ClauseChecker(Document.Clause clause, Map<String, Fact> facts, Rounding documentRounding, Diagnostics diagnostics,
            Optional<Goal.Tolerance> tolerance) {
        this.tolerance = tolerance;
        this.facts = facts;
        this.clause = clause;
        this.diagnostics = diagnostics;
        this.citation = "第" + ChineseNumerals.format(clause.number()) + "条";
        this.where = new Where(citation, diagnostics);
        this.rounding = clause.rounding().map(r -> Checker.rounding(r.rule())).orElse(documentRounding);
        this.scope = new Scope(clause, facts, where);
        this.expressions = new Expressions(scope, new Folding(where, rounding), where);
        this.conditions = new Conditions(expressions, where);
    }

    Clause check(int part, LocalDate documentFrom, LocalDate documentTo, boolean repaired) {
        long errorsAtStart = diagnostics.errorCount();
        InputTypes types = new InputTypes(where);
        for (Declarations.Input input : clause.inputs()) {
            scope.input(new Input(input.name(), types.of(input.name(), input.type()), input.span()));
        }
        OneOffs.declare(clause.calculators(), scope, where);
        for (Declarations.Definition d : clause.definitions()) {
            if (Nesting.depth(d.expr()) > Nesting.LIMIT) {
                where.error("nesting.depth", d.span(), "「" + d.name() + "」的表达式嵌套超过 " + Nesting.LIMIT + " 层");
                continue;
            }
            CheckedExpr expr = expressions.check(d.expr());
            scope.definition(new Definition(d.name(), expr, d.span()));
        }
        // Every fact is ordered before the clause's own inputs, so what a tree reads is sorted the same
        // way whichever facts the clause turns out to refer to.
        List<Input> ordered = new ArrayList<>(facts.values().stream().map(Input::of).toList());
        ordered.addAll(scope.inputs());
        Uses uses = new Uses(ordered, scope.definitions(), scope.rules());
        scope.definitions().keySet().forEach(uses::declared);
        for (Declarations.Eligibility e : clause.eligibilities()) {
            if (Nesting.depth(e.condition()) > Nesting.LIMIT) {
                where.error("nesting.depth", e.span(), "「" + e.name() + "」的条件嵌套超过 " + Nesting.LIMIT + " 层");
                continue;
            }
            CheckedCondition condition = conditions.check(e.condition());
            scope.rule(new Eligibility(e.name(), condition, uses.of(condition), e.span()));
            uses.declared(e.name());
        }
        ComplianceRules complianceRules = new ComplianceRules(conditions, where);
        for (Declarations.ComplianceRule r : clause.complianceRules()) {
            complianceRules.check(r, uses).ifPresent(scope::complianceRule);
        }
        Awards awards = new Awards(scope, expressions, conditions, where);
        List<Calculator> calculators = new ArrayList<>();
        for (Declarations.Calculator c : clause.calculators()) {
            calculators.add(awards.calculator(c, uses));
        }
        Examples examples = new Examples(scope, expressions, conditions, where);
        List<Example> checkedExamples = new ArrayList<>();
        for (Declarations.Example e : clause.examples()) {
            examples.check(e, calculators).ifPresent(checkedExamples::add);
        }
        List<Input> inputs = Facts.inputs(facts, scope.referencedFacts(), List.copyOf(scope.inputs()));
        if (diagnostics.errorCount() == errorsAtStart && !repaired) {
            // With errors, an input may look unused only because the name meant for it was misspelt.
            UnusedInputs.warn(inputs, calculators, scope.rules().values(), scope.complianceRules(), where);
        }
        List<Definition> definitions = List.copyOf(scope.definitions().values());
        List<Eligibility> eligibilities = List.copyOf(scope.rules().values());
        List<ComplianceRule> checkedRules = List.copyOf(scope.complianceRules());
        Limits.check(inputs, definitions, calculators, eligibilities, checkedRules, clause.span(), citation, diagnostics);
        List<Budget> budgets = Structure.budgets(clause.budgets(), citation, diagnostics);
        List<Target> targets = Goals.check(clause.targets(), citation, tolerance, clause.budgets(), budgets, diagnostics);
        return Clause.builder(clause.number(), clause.title(), clause.span())
                .text(clause.text().map(Declarations.Text::text).orElse(""))
                .part(part)
                .validity(clause.validity().map(Declarations.Validity::from).orElse(documentFrom),
                        clause.validity().map(Declarations.Validity::to).orElse(documentTo))
                .rounding(rounding)
                .inputs(inputs).definitions(definitions).calculators(calculators).eligibilities(eligibilities).complianceRules(checkedRules)
                .examples(checkedExamples).budgets(budgets).targets(targets)
                .narratives(CoverageCheck.narratives(clause.narratives()))
                .clean(!repaired && diagnostics.errorCount() == errorsAtStart)
                .build();
    }
}
