package org.polc.codegen;

import java.util.List;
import java.util.Map;
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
import org.polc.runtime.Explain;
import org.polc.runtime.Facts;
import org.polc.runtime.InputDescriptor;
import org.polc.runtime.Money;
import org.polc.runtime.Result;
import org.polc.runtime.Trace;

/**
 * Calls a generated clause through its descriptor, as an embedder does through the policy's entry
 * point: the interpreter's runtime values (Money, Boolean, Long, choice values as Strings) become a
 * {@link Facts} keyed by the descriptor's inputs, and the descriptor's lambdas call the generated
 * methods, so tests walk every calculator of every clause with no hand work per clause and compare
 * it with the interpreter. A null value is an input not given.
 */
final class GeneratedCode {

    private final Clause clause;
    private final Class<?> type;
    private final ClauseDescriptor descriptor;

    /** A clause of the committed policy, through its entry point {@link Hangzhou2024}. */
    GeneratedCode(Program program, Clause clause) {
        if (!program.id().equals("hangzhou2024")) {
            throw new AssertionError("only hangzhou2024 is compiled into the test's class path, not " + program.id());
        }
        this.clause = clause;
        this.descriptor = Hangzhou2024.clause(clause.number())
                .orElseThrow(() -> new AssertionError("generated class missing for " + clause.citation() + ": run mvn verify"));
        this.type = descriptorClass(descriptor);
    }

    /** The clause's class as loaded by {@code loader}: a test may compile generated code of its own. */
    GeneratedCode(Program program, Clause clause, ClassLoader loader) {
        this(clause, load(program, clause, loader));
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

    private static Class<?> descriptorClass(ClauseDescriptor descriptor) {
        try {
            return Class.forName("org.polc.policies.hangzhou2024." + JavaNames.className(descriptor.number()));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Class<?> load(Program program, Clause clause, ClassLoader loader) {
        try {
            return Class.forName(JavaNames.packageName(program) + "." + JavaNames.className(clause.number()), true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("generated class missing for " + clause.citation() + ": run mvn verify", e);
        }
    }

    Class<?> type() {
        return type;
    }

    ClauseDescriptor descriptor() {
        return descriptor;
    }

    /** The explained variant. */
    Result explained(Calculator calculator, Map<String, Object> inputs) {
        CalculatorDescriptor c = calculator(calculator);
        return c.evaluate(facts(c.inputs(), inputs));
    }

    /** The fast variant. */
    Money fast(Calculator calculator, Map<String, Object> inputs) {
        CalculatorDescriptor c = calculator(calculator);
        return c.amount(facts(c.inputs(), inputs));
    }

    /** A 合规 rule's explained method. */
    Compliance compliance(ComplianceRule rule, Map<String, Object> inputs) {
        ComplianceDescriptor r = compliance(rule);
        return r.evaluate(facts(r.inputs(), inputs));
    }

    /** A 合规 rule's fast method: the verdict only. */
    ComplianceKind verdict(ComplianceRule rule, Map<String, Object> inputs) {
        ComplianceDescriptor r = compliance(rule);
        return r.verdict(facts(r.inputs(), inputs));
    }

    boolean eligible(Eligibility rule, Map<String, Object> inputs) {
        EligibilityDescriptor e = eligibility(rule);
        return e.holds(facts(e.inputs(), inputs));
    }

    String explanation(Eligibility rule, Map<String, Object> inputs) {
        EligibilityDescriptor e = eligibility(rule);
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

    private CalculatorDescriptor calculator(Calculator calculator) {
        return descriptor.calculators().stream().filter(c -> c.name().equals(calculator.name())).findFirst()
                .orElseThrow(() -> new AssertionError(clause.citation() + " has no calculator " + calculator.name()));
    }

    private ComplianceDescriptor compliance(ComplianceRule rule) {
        return descriptor.complianceRules().stream().filter(c -> c.name().equals(rule.name())).findFirst()
                .orElseThrow(() -> new AssertionError(clause.citation() + " has no 合规 " + rule.name()));
    }

    private EligibilityDescriptor eligibility(Eligibility rule) {
        return descriptor.eligibilities().stream().filter(c -> c.name().equals(rule.name())).findFirst()
                .orElseThrow(() -> new AssertionError(clause.citation() + " has no 认定 " + rule.name()));
    }

    /** The interpreter's values as facts keyed by the descriptor's inputs; a choice value named as in Pol. */
    static Facts facts(List<InputDescriptor<?>> keys, Map<String, Object> values) {
        Facts.Builder facts = Facts.builder();
        for (InputDescriptor<?> key : keys) {
            put(facts, key, values.get(key.name()));
        }
        return facts.build();
    }

    private static <T> void put(Facts.Builder facts, InputDescriptor<T> key, Object value) {
        if (value instanceof String s && !key.choices().isEmpty()) {
            T choice = key.choices().stream().filter(c -> c.toString().equals(JavaNames.identifier(s))).findFirst()
                    .orElseThrow(() -> new AssertionError(key + " has no value " + s));
            facts.set(key, choice);
        } else {
            facts.set(key, key.type().cast(value));
        }
    }

    /** The enum a choice input's key takes. */
    Class<?> javaType(Type type) {
        return descriptor.inputs().stream().filter(i -> i.typeText().equals(type.chinese()) && !i.choices().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no input of " + type.chinese())).type();
    }
}
