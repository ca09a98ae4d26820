package org.polc.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The constants a clause mentions, by kind, in the order written: where its conditions change their
 * answer and where its amounts are clamped. The monotonicity check and the property tests probe
 * around them, since random inputs rarely hit "exactly 200万元". Found once, when the clause is
 * built ({@link Clause#constants()}).
 *
 * @param money amounts in 元
 * @param quantities counts and other quantities, in their base units
 * @param rates rates and plain numbers
 */
public record Constants(List<Rational> money, List<Rational> quantities, List<Rational> rates) {

    public Constants {
        money = List.copyOf(money);
        quantities = List.copyOf(quantities);
        rates = List.copyOf(rates);
    }

    /** The constants of {@code type}'s kind ({@code Type.Money.class}, {@code Type.Quantity.class}, {@code Type.Rate.class}). */
    public static List<Rational> of(Clause clause, Class<? extends Type> type) {
        Constants c = clause.constants();
        return type == Type.Money.class ? c.money() : type == Type.Quantity.class ? c.quantities()
                : type == Type.Rate.class ? c.rates() : List.of();
    }

    /** The constants of a clause's definitions, 认定 rules, 合规 rules and calculators, in that order. */
    static Constants in(List<Definition> definitions, List<Eligibility> rules, List<ComplianceRule> complianceRules,
            List<Calculator> calculators) {
        Finder finder = new Finder();
        definitions.forEach(d -> finder.walk(d.expr()));
        rules.forEach(e -> finder.walk(e.condition()));
        for (ComplianceRule rule : complianceRules) {
            for (Requirement r : rule.requirements()) {
                r.when().ifPresent(finder::walk);
                finder.walk(r.condition());
            }
        }
        calculators.forEach(c -> finder.walk(c.body()));
        return new Constants(finder.money, finder.quantities, finder.rates);
    }

    private static final class Finder extends ModelWalk {
        final List<Rational> money = new ArrayList<>();
        final List<Rational> quantities = new ArrayList<>();
        final List<Rational> rates = new ArrayList<>();

        @Override
        public Void visitConstant(CheckedExpr.Constant constant) {
            Type type = constant.type();
            if (type instanceof Type.Money) {
                money.add(constant.value());
            } else if (type instanceof Type.Quantity) {
                quantities.add(constant.value());
            } else if (type instanceof Type.Rate) {
                rates.add(constant.value());
            }
            return null;
        }
    }
}
