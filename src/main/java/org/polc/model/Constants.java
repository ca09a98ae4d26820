package org.polc.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The constants a clause mentions, by type: where its conditions change their answer and where its
 * amounts are clamped. The monotonicity check and the property tests probe around them, since
 * random inputs rarely hit "exactly 200万元".
 */
public final class Constants extends ModelWalk {

    private final Class<? extends Type> type;
    private final List<Rational> found = new ArrayList<>();

    private Constants(Class<? extends Type> type) {
        this.type = type;
    }

    public static List<Rational> of(Clause clause, Class<? extends Type> type) {
        Constants constants = new Constants(type);
        clause.definitions().forEach(d -> constants.walk(d.expr()));
        clause.eligibilities().forEach(e -> constants.walk(e.condition()));
        clause.calculators().forEach(c -> constants.walk(c.body()));
        return constants.found;
    }

    @Override
    public Void visitConstant(CheckedExpr.Constant constant) {
        if (type.isInstance(constant.type())) {
            found.add(constant.value());
        }
        return null;
    }
}
