package org.polc.codegen;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.polc.eval.Interpreter;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Eligibility;
import org.polc.model.Program;
import org.polc.model.Type;
import org.polc.runtime.Compliance;
import org.polc.runtime.ComplianceKind;
import org.polc.runtime.Explain;
import org.polc.runtime.Money;
import org.polc.runtime.Quantity;
import org.polc.runtime.Rate;
import org.polc.runtime.Result;
import org.polc.runtime.Trace;

/**
 * Calls a generated clause class through reflection, with the same runtime values the interpreter
 * takes (Money, Boolean, Long, choice values as Strings), so tests can walk every calculator of
 * every clause with no hand work per clause, and compare it with the interpreter. The class is the
 * one the build compiled into target/classes, or one a test compiled itself.
 */
final class GeneratedCode {

    private final Clause clause;
    private final Class<?> type;

    GeneratedCode(Program program, Clause clause) {
        this(program, clause, GeneratedCode.class.getClassLoader());
    }

    /** The clause's class as loaded by {@code loader}: a test may compile generated code of its own. */
    GeneratedCode(Program program, Clause clause, ClassLoader loader) {
        this(clause, load(program, clause, loader));
    }

    /** A clause class a test has compiled and loaded itself. */
    GeneratedCode(Clause clause, Class<?> type) {
        this.clause = clause;
        this.type = type;
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

    /** The explained variant. */
    Result explained(Calculator calculator, Map<String, Object> inputs) {
        return (Result) invoke(JavaNames.identifier(calculator.name()), calculator.inputs(), inputs);
    }

    /** The fast variant. */
    Money fast(Calculator calculator, Map<String, Object> inputs) {
        return (Money) invoke(JavaNames.amountMethod(calculator.name()), calculator.inputs(), inputs);
    }

    /** A 合规 rule's explained method. */
    Compliance compliance(ComplianceRule rule, Map<String, Object> inputs) {
        return (Compliance) invoke(JavaNames.identifier(rule.name()), rule.inputs(), inputs);
    }

    /** A 合规 rule's fast method: the verdict only. */
    ComplianceKind verdict(ComplianceRule rule, Map<String, Object> inputs) {
        return (ComplianceKind) invoke(JavaNames.verdictMethod(rule.name()), rule.inputs(), inputs);
    }

    boolean eligible(Eligibility rule, Map<String, Object> inputs) {
        return (Boolean) invoke(JavaNames.identifier(rule.name()), rule.inputs(), inputs);
    }

    String explanation(Eligibility rule, Map<String, Object> inputs) {
        return (String) invoke(JavaNames.explanationMethod(rule.name()), rule.inputs(), inputs);
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

    Object invoke(String method, List<String> names, Map<String, Object> inputs) {
        List<Class<?>> types = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (String name : names) {
            Class<?> t = javaType(clause.input(name).orElseThrow().type());
            types.add(t);
            Object value = inputs.get(name);
            args.add(t.isEnum() && value instanceof String s ? enumValue(t, s) : value);
        }
        try {
            Method m = type.getMethod(method, types.toArray(Class<?>[]::new));
            return m.invoke(null, args.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot call " + type.getSimpleName() + "." + method + types, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object enumValue(Class<?> enumType, String value) {
        return Enum.valueOf((Class) enumType, JavaNames.identifier(value));
    }

    Class<?> javaType(Type t) {
        if (t instanceof Type.Money) {
            return Money.class;
        } else if (t instanceof Type.Rate) {
            return Rate.class;
        } else if (t instanceof Type.Bool) {
            return boolean.class;
        } else if (t instanceof Type.Quantity q && !q.isCount()) {
            return Quantity.class;
        } else if (t instanceof Type.Quantity) {
            return long.class;
        } else if (t instanceof Type.Date) {
            return java.time.LocalDate.class;
        } else if (t instanceof Type.Choice c) {
            for (Class<?> nested : type.getClasses()) {
                if (nested.getSimpleName().equals(JavaNames.identifier(c.name()))) {
                    return nested;
                }
            }
            throw new AssertionError("no enum " + c.name() + " in " + type.getName());
        }
        throw new AssertionError(t.toString());
    }
}
