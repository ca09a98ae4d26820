package org.polc.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.polc.bench.engines.Dmn;
import org.polc.bench.engines.Jexl;
import org.polc.bench.engines.Mvel;
import org.polc.bench.engines.Spel;
import org.polc.runtime.Money;
import org.polc.runtime.Result;

/**
 * One clause in every engine: the engines built from the clause's expressions, and the calls that are the
 * same for every clause. A ClauseNNEngines gives the expressions, the hand-written code and the cases.
 *
 * @param <C> the clause's case
 */
abstract class ClauseEngines<C extends ClauseEngines.Inputs> {

    /** One enterprise's inputs in the forms the engines take, built once, before timing. */
    abstract static class Inputs {
        /** For JEXL, MVEL and DMN. */
        final Map<String, Object> vars;
        /** SpEL's root over BigDecimal yuan. */
        final Object big;
        /** SpEL's root over double yuan. */
        final Object dbl;

        Inputs(Map<String, Object> vars, Object big, Object dbl) {
            this.vars = vars;
            this.big = big;
            this.dbl = dbl;
        }
    }

    private final Jexl jexl;
    private final Mvel mvel;
    private final Spel spelInterpreted;
    private final Spel spelCompiled;
    private final Dmn dmn;

    /** SpEL is given the check's cases first, so that it has seen every branch before it compiles. */
    ClauseEngines(String jexl, String mvel, String spelDecimal, String spelDouble, String dmnModel, List<C> samples) {
        this.jexl = new Jexl(jexl);
        this.mvel = new Mvel(mvel);
        this.spelInterpreted = Spel.interpreted(spelDecimal, samples.stream().map(c -> c.big).toList());
        this.spelCompiled = Spel.compiled(spelDouble, samples.stream().map(c -> c.dbl).toList());
        this.dmn = new Dmn(dmnModel);
    }

    /** The floor: hand-written over long 分. */
    abstract long handLong(C c);

    abstract BigDecimal handBigDecimal(C c);

    abstract Money generatedFast(C c);

    abstract Result generatedExplained(C c);

    Object jexl(C c) {
        return jexl.evaluate(c.vars);
    }

    Object mvel(C c) {
        return mvel.evaluate(c.vars);
    }

    Object spelInterpreted(C c) {
        return spelInterpreted.evaluate(c.big);
    }

    Object spelCompiled(C c) {
        return spelCompiled.evaluate(c.dbl);
    }

    Object dmnTable(C c) {
        return dmn.evaluate("decision table", c.vars);
    }

    Object dmnLiteral(C c) {
        return dmn.evaluate("literal expression", c.vars);
    }

    /** Every engine, for the check before timing; the generated fast method is the reference. */
    List<Engine<C>> all() {
        return List.of(
                Engine.exact("hand-written long 分", c -> Amounts.yuan(handLong(c))),
                Engine.exact("generated fast", c -> Amounts.decimal(generatedFast(c))),
                Engine.exact("generated explained", c -> Amounts.decimal(generatedExplained(c).amount())),
                Engine.exact("hand-written BigDecimal", this::handBigDecimal),
                Engine.exact("Commons JEXL (BigDecimal)", c -> Amounts.decimal(jexl(c))),
                Engine.exact("MVEL (BigDecimal)", c -> Amounts.decimal(mvel(c))),
                Engine.exact("SpEL interpreted (BigDecimal)", c -> Amounts.decimal(spelInterpreted(c))),
                Engine.inexact("SpEL compiled (double)", c -> Amounts.decimal(spelCompiled(c))),
                Engine.exact("Drools DMN decision table", c -> Amounts.decimal(dmnTable(c))),
                Engine.exact("Drools DMN FEEL literal", c -> Amounts.decimal(dmnLiteral(c))));
    }
}
