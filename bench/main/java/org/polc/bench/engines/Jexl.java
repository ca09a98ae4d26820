package org.polc.bench.engines;

import java.math.RoundingMode;
import java.util.Map;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * One Commons JEXL expression, parsed once, evaluated over a case's variables. JEXL has no static field
 * access, so the rounding mode is the variable {@code HALF_UP}; the amounts are {@code BigDecimal} yuan and
 * the literals carry JEXL's {@code B} suffix, so the arithmetic is decimal, not binary.
 */
public final class Jexl {

    // java.math is outside JEXL's default (restricted) permissions' reach for method calls such as setScale.
    private static final JexlEngine ENGINE = new JexlBuilder()
            .permissions(JexlPermissions.RESTRICTED.compose("java.math.*"))
            .strict(true).silent(false).safe(false).create();

    private final JexlExpression expression;

    public Jexl(String text) {
        this.expression = ENGINE.createExpression(text);
    }

    public Object evaluate(Map<String, Object> vars) {
        return expression.evaluate(new Vars(vars));
    }

    /** The case's variables, read only, plus HALF_UP. */
    private record Vars(Map<String, Object> vars) implements JexlContext {
        @Override
        public Object get(String name) {
            return "HALF_UP".equals(name) ? RoundingMode.HALF_UP : vars.get(name);
        }

        @Override
        public void set(String name, Object value) {
            throw new UnsupportedOperationException(name);
        }

        @Override
        public boolean has(String name) {
            return "HALF_UP".equals(name) || vars.containsKey(name);
        }
    }
}
