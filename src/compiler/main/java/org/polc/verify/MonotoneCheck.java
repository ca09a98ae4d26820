package org.polc.verify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.polc.diagnostics.Diagnostics;
import org.polc.eval.Interpreter;
import org.polc.model.Amount;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.Constants;
import org.polc.model.Example;
import org.polc.model.Rational;
import org.polc.model.RuntimeValues;
import org.polc.model.Type;
import org.polc.runtime.Money;
import org.polc.runtime.PolicyInputException;
import org.polc.runtime.Rate;
import org.polc.runtime.internal.Explain;

/**
 * Checks a 单调 declaration by trying to refute it: with the other inputs held at each example's
 * values (and at a plain default), the declared input is walked across every constant of the clause,
 * one 分 either side, and the amount must never fall. A refutation is a concrete pair of inputs,
 * reported to the drafter; the property tests then probe random points too.
 */
final class MonotoneCheck {

    private MonotoneCheck() {}

    static void run(Clause clause, Diagnostics diagnostics) {
        for (Calculator calculator : clause.calculators()) {
            for (String input : calculator.monotoneIn()) {
                check(clause, calculator, input, diagnostics);
            }
        }
    }

    private static void check(Clause clause, Calculator calculator, String input, Diagnostics diagnostics) {
        Type type = clause.input(input).orElseThrow().type();
        List<Object> walk = points(clause, type);
        for (Map<String, Object> base : bases(clause, calculator)) {
            Money previous = null;
            Object previousValue = null;
            for (Object value : walk) {
                Map<String, Object> facts = new LinkedHashMap<>(base);
                facts.put(input, value);
                Money amount;
                try {
                    amount = new Interpreter(clause, facts).calculate(calculator).amount();
                } catch (PolicyInputException undefined) {
                    // a share of a zero whole is undefined at this point, not smaller: walk on
                    continue;
                } catch (RuntimeException overflow) {
                    break;
                }
                if (previous != null && amount.compareTo(previous) < 0) {
                    // a payment's amount is what the applicant pays, never what it gets
                    String gets = calculator.payment() ? "应缴" : "得";
                    diagnostics.error("monotone.violated", calculator.span(), clause.citation() + "：「" + calculator.name()
                            + "」声明对「" + input + "」单调（不减），但「" + input + "」为 " + show(previousValue) + " 时" + gets + " " + previous
                            + "，增加到 " + show(value) + " 时只" + gets + " " + amount + others(base, input),
                            "核对条款是否真的单调；不是的话删去「单调 " + input + "」");
                    return;
                }
                previous = amount;
                previousValue = value;
            }
        }
    }

    /**
     * Values of a measure (亩, 美元, 数值 …) in increasing order: 0, 1 and every quantity constant of the
     * clause, 0.01 either side (measures are exact and have no smallest step; a hundredth of the
     * unit separates 以上 from 超过 at every constant the text writes), and one beyond the largest.
     */
    private static List<Object> measurePoints(Clause clause, Type.Quantity type) {
        Rational step = Rational.of(BigInteger.ONE, BigInteger.valueOf(100));
        TreeSet<Rational> values = new TreeSet<>(List.of(Rational.ZERO, Rational.ONE));
        for (Rational c : Constants.of(clause, Type.Quantity.class)) {
            for (Rational v : List.of(c.minus(step), c, c.plus(step))) {
                if (v.signum() >= 0) {
                    values.add(v);
                }
            }
        }
        values.add(values.last().plus(values.last()).plus(Rational.ONE));
        List<Object> out = new ArrayList<>();
        for (Rational v : values) {
            try {
                out.add(RuntimeValues.quantity(type, v));
            } catch (ArithmeticException tooLarge) {
                break;
            }
        }
        return out;
    }

    /** Values of the input in increasing order: 0 and every constant of its type, one step either side. */
    private static List<Object> points(Clause clause, Type type) {
        if (type instanceof Type.Quantity q && !q.isCount()) {
            return measurePoints(clause, q);
        }
        TreeSet<Long> values = new TreeSet<>(List.of(0L, 1L));
        boolean money = type instanceof Type.Money;
        for (Rational c : Constants.of(clause, money ? Type.Money.class : Type.Quantity.class)) {
            long v = money ? Amount.of(c).fen() : c.numerator().divide(c.denominator()).longValueExact();
            for (long d : new long[] {-1, 0, 1}) {
                if (v + d >= 0) {
                    values.add(v + d);
                }
            }
        }
        long top = values.last();
        values.add(top * 2 + 1);
        List<Object> out = new ArrayList<>();
        for (long v : values) {
            out.add(money ? Money.ofFen(v) : (Object) v);
        }
        return out;
    }

    /** The other inputs: each example's values, and a default (0, 是, the first choice, the first day of validity). */
    private static List<Map<String, Object>> bases(Clause clause, Calculator calculator) {
        List<Map<String, Object>> bases = new ArrayList<>();
        for (Example e : clause.examples()) {
            if (e.bindings().keySet().containsAll(calculator.inputs())) {
                bases.add(e.bindings());
            }
        }
        Map<String, Object> plain = new LinkedHashMap<>();
        for (String name : calculator.inputs()) {
            Type t = clause.input(name).orElseThrow().type();
            plain.put(name, t instanceof Type.Money ? Money.ZERO : t instanceof Type.Bool ? (Object) Boolean.TRUE
                    : t instanceof Type.Choice c ? c.values().get(0)
                    : t instanceof Type.Quantity q && !q.isCount() ? RuntimeValues.quantity(q, Rational.ZERO)
                    : t instanceof Type.Quantity ? (Object) 0L
                    : t instanceof Type.Date ? clause.validFrom()
                    : Rate.ZERO);
        }
        // 已获得… 是 makes a one-off award 不予 at every point: the default walks the award itself
        calculator.oneOff().ifPresent(o -> plain.replace(o.inputName(), Boolean.FALSE));
        bases.add(plain);
        return bases;
    }

    private static String show(Object value) {
        return String.valueOf(value);
    }

    private static String others(Map<String, Object> base, String input) {
        List<String> parts = new ArrayList<>();
        base.forEach((k, v) -> {
            if (!k.equals(input)) {
                parts.add(k + " " + Explain.show(v));
            }
        });
        return parts.isEmpty() ? "" : "（其他输入：" + String.join("，", parts) + "）";
    }
}
