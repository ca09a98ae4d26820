package org.polc.codegen;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.polc.eval.Interpreter;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Eligibility;
import org.polc.model.Program;
import org.polc.model.Type;
import org.polc.policies.hangzhou2024.Hangzhou2024;
import org.polc.runtime.CalculatorDescriptor;
import org.polc.runtime.ClauseDescriptor;
import org.polc.runtime.Compliance;
import org.polc.runtime.ComplianceDescriptor;
import org.polc.runtime.ComplianceKind;
import org.polc.runtime.EligibilityDescriptor;
import org.polc.runtime.Facts;
import org.polc.runtime.InputDescriptor;
import org.polc.runtime.Money;
import org.polc.runtime.Result;
import org.polc.runtime.internal.Explain;
import org.polc.runtime.internal.Trace;

/**
 * Calls a generated clause through its descriptor, as an embedder does through the policy's entry
 * point: the interpreter's runtime values (Money, Boolean, Long, choice values as Strings; null for an
 * input not given) become a {@link Facts} keyed by the descriptor's inputs, and the descriptor's
 * lambdas call the generated methods. So tests walk every calculator of every clause with no hand
 * work per clause, and compare it with the interpreter.
 */
final class GeneratedCode {

    private final Clause clause;
    private final ClauseDescriptor descriptor;
    /** The class a test compiled itself; null for the committed policy. */
    private final Class<?> type;

    /** A clause of the committed policy, through its entry point {@link Hangzhou2024}. */
    GeneratedCode(Program program, Clause clause) {
        if (!program.id().equals("hangzhou2024")) {
            throw new AssertionError("only hangzhou2024 is compiled into the test's class path, not " + program.id());
        }
        this.clause = clause;
        this.descriptor = Hangzhou2024.clause(clause.number()).orElseThrow(() -> new AssertionError("no " + clause.citation()));
        this.type = null;
    }

    /** The clause's class as loaded by {@code loader}: a test may compile generated code of its own. */
    GeneratedCode(Program program, Clause clause, ClassLoader loader) {
        this(clause, load(JavaNames.packageName(program) + "." + JavaNames.className(clause.number()), loader));
    }

    /** A clause class a test has compiled and loaded itself; its descriptor is its DESCRIPTOR field. */
    GeneratedCode(Clause clause, Class<?> type) {
        this.clause = clause;
        this.type = type;
        try {
            this.descriptor = (ClauseDescriptor) type.getField("DESCRIPTOR").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type + " has no DESCRIPTOR", e);
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the test compiled no " + name, e);
        }
    }

    Class<?> type() {
        if (type == null) {
            throw new AssertionError("the committed classes are reached through Hangzhou2024, not by class");
        }
        return type;
    }

    Result explained(Calculator calculator, Map<String, Object> inputs) {
        CalculatorDescriptor c = find(descriptor.calculators(), CalculatorDescriptor::name, calculator.name());
        return c.evaluate(facts(c.inputs(), inputs));
    }

    Money fast(Calculator calculator, Map<String, Object> inputs) {
        CalculatorDescriptor c = find(descriptor.calculators(), CalculatorDescriptor::name, calculator.name());
        return c.amount(facts(c.inputs(), inputs));
    }

    Compliance compliance(ComplianceRule rule, Map<String, Object> inputs) {
        ComplianceDescriptor r = find(descriptor.complianceRules(), ComplianceDescriptor::name, rule.name());
        return r.evaluate(facts(r.inputs(), inputs));
    }

    ComplianceKind verdict(ComplianceRule rule, Map<String, Object> inputs) {
        ComplianceDescriptor r = find(descriptor.complianceRules(), ComplianceDescriptor::name, rule.name());
        return r.verdict(facts(r.inputs(), inputs));
    }

    boolean eligible(Eligibility rule, Map<String, Object> inputs) {
        EligibilityDescriptor e = find(descriptor.eligibilities(), EligibilityDescriptor::name, rule.name());
        return e.holds(facts(e.inputs(), inputs));
    }

    String explanation(Eligibility rule, Map<String, Object> inputs) {
        EligibilityDescriptor e = find(descriptor.eligibilities(), EligibilityDescriptor::name, rule.name());
        return e.explain(facts(e.inputs(), inputs));
    }

    /** What the interpreter says for the same rule: the generated 说明 method must say the same. */
    String interpretedExplanation(Eligibility rule, Map<String, Object> inputs) {
        Trace trace = new Trace(clause.citation());
        trace.step(Explain.basis(clause.citation()));
        new Interpreter(clause, inputs).eligible(rule, trace);
        return Explain.sentence(trace.steps());
    }

    Result interpreted(Calculator calculator, Map<String, Object> inputs) {
        return new Interpreter(clause, inputs).calculate(calculator);
    }

    private <D> D find(List<D> all, Function<D, String> name, String wanted) {
        return all.stream().filter(d -> name.apply(d).equals(wanted)).findFirst()
                .orElseThrow(() -> new AssertionError(clause.citation() + " describes no " + wanted));
    }

    /** The interpreter's values as facts keyed by the descriptor's inputs; a choice value named as in Pol. */
    static Facts facts(List<InputDescriptor<?>> keys, Map<String, Object> values) {
        Facts.Builder facts = Facts.builder();
        keys.forEach(key -> put(facts, key, values.get(key.name())));
        return facts.build();
    }

    private static <T> void put(Facts.Builder facts, InputDescriptor<T> key, Object value) {
        T typed = value instanceof String s && !key.choices().isEmpty()
                ? key.choices().stream().filter(c -> c.toString().equals(JavaNames.identifier(s))).findFirst()
                        .orElseThrow(() -> new AssertionError(key + " has no value " + s))
                : key.type().cast(value);
        facts.set(key, typed);
    }

    /** The enum a choice input of this type takes. */
    Class<?> javaType(Type choice) {
        return descriptor.inputs().stream().filter(i -> !i.choices().isEmpty() && i.typeText().equals(choice.chinese())).findFirst()
                .orElseThrow(() -> new AssertionError("no input of " + choice.chinese())).type();
    }
}
