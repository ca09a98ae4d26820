package org.polc.bench.engines;

import java.io.Serializable;
import java.util.Map;
import org.mvel2.MVEL;

/**
 * One MVEL expression, compiled once ({@code MVEL.compileExpression}), executed over a case's variables.
 * Amounts are {@code BigDecimal} yuan; literals carry MVEL's {@code B} suffix (decimal arithmetic).
 */
public final class Mvel {

    private final Serializable compiled;

    public Mvel(String text) {
        this.compiled = MVEL.compileExpression(text);
    }

    public Object evaluate(Map<String, Object> vars) {
        return MVEL.executeExpression(compiled, vars);
    }
}
