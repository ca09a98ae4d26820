package org.polc.codegen;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.polc.model.Program;

/**
 * How Pol names become Java names. Pol names are Chinese words (and ASCII letters and "_") and
 * almost always legal Java identifiers as they are; a few need a change, made deterministically
 * and the same on every JDK (the lists below are fixed, not asked of the running JDK):
 *
 * <ul>
 *   <li>a name starting with "_" gets an "x" in front: "_" starts the generated locals
 *       ({@code _amount}, {@code _part1_1});</li>
 *   <li>a Java keyword or literal ({@code int}, {@code class}, {@code true}), a restricted
 *       identifier ({@code var}, {@code yield}, {@code record}, {@code sealed}, {@code permits}), a
 *       field of the generated class ({@code CLAUSE}, {@code TITLE}, {@code TEXT},
 *       {@code VALID_FROM}, {@code VALID_TO}, {@code DESCRIPTOR}), a member of the nested {@code Inputs}
 *       ({@code Inputs}, {@code Builder}, {@code builder}, {@code build}, {@code from},
 *       {@code facts}), a method of {@code Object} (a static
 *       {@code wait(long)} cannot hide {@code Object.wait(long)}) or a package root ({@code java},
 *       {@code javax}, {@code org}: qualified names start with them) gets "_" at the end;</li>
 *   <li>parameters and locals ({@link #variable}) also get "_" at the end when they are named like
 *       a type the generated method bodies name ({@code Money}, {@code String}, {@code Math} …): in
 *       Java a variable obscures a type of the same name, so {@code Money.ZERO} would read the
 *       parameter — or like {@code steps}, the recorder of an explained method. Methods, nested
 *       enums and enum constants keep such names: JavaPoet qualifies a
 *       type that a nested enum shadows.</li>
 * </ul>
 *
 * Two Pol names may therefore end up as one Java name (int and int_); {@link JavaNameCheck}
 * reports that as an error instead of guessing.
 */
public final class JavaNames {

    private JavaNames() {}

    /** Java 17 keywords and literals, and the identifiers it restricts. */
    static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_",
            "var", "yield", "record", "sealed", "permits");

    /** The fields every generated class declares; the methods read CLAUSE by its simple name. */
    static final Set<String> FIELDS = Set.of("CLAUSE", "TITLE", "TEXT", "VALID_FROM", "VALID_TO");

    /**
     * The members of the nested {@code Inputs} class and the clause's {@code DESCRIPTOR}: an input of
     * one of these names would clash with the builder's own methods.
     */
    static final Set<String> MEMBERS = Set.of("Inputs", "Builder", "DESCRIPTOR", "builder", "build", "from", "facts");

    /** The methods of java.lang.Object: a static method of the same signature cannot hide them. */
    static final Set<String> OBJECT_METHODS = Set.of(
            "getClass", "hashCode", "equals", "clone", "toString", "notify", "notifyAll", "wait", "finalize");

    /**
     * The roots of the qualified names JavaPoet writes when a nested enum shadows a type the code
     * uses (an enum named Money makes it write org.polc.runtime.Money): a variable or nested type of
     * that name would hide the package.
     */
    static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "org");

    /** Types the generated method bodies name by their simple name in expressions. */
    static final Set<String> BODY_NAMES = Set.of(
            "Money", "Rate", "Result", "ResultKind", "Rounding", "Trace", "Explain", "Steps", "steps", "Checks", "PolicyInputException",
            "PolicyArithmeticException", "LocalDate", "String", "Integer", "Long", "Math", "Object",
            "IllegalStateException", "ArithmeticException",
            // the keys and descriptors of named inputs
            "Facts", "InputDescriptor", "CalculatorDescriptor", "EligibilityDescriptor", "ComplianceDescriptor",
            "ClauseDescriptor", "BudgetDescriptor", "TargetDescriptor", "Policy",
            // the generated Targets class
            "Figure", "TargetCheck", "TargetRelation", "TargetResult", "List", "PLACE");

    /** The package of a policy document's calculators: org.polc.policies.hangzhou2024. */
    public static String packageName(Program program) {
        return "org.polc.policies." + program.id();
    }

    /** Clause09, Clause14, Clause76: ASCII, sorts by number. */
    public static String className(int clause) {
        return String.format(Locale.ROOT, "Clause%02d", clause);
    }

    /** A Pol name as a Java identifier: a method, a nested enum or an enum constant. */
    public static String identifier(String name) {
        String id = name;
        if (id.startsWith("_")) {
            id = "x" + id;
        }
        if (RESERVED.contains(id) || FIELDS.contains(id) || MEMBERS.contains(id) || OBJECT_METHODS.contains(id) || PACKAGE_ROOTS.contains(id)) {
            id = id + "_";
        }
        return id;
    }

    /** A Pol name as a parameter or local variable of a generated method. */
    public static String variable(String name) {
        String id = identifier(name);
        return BODY_NAMES.contains(id) ? id + "_" : id;
    }

    /** The policy's entry point: Hangzhou2024 for hangzhou2024. */
    public static String policyClass(Program program) {
        return Character.toUpperCase(program.id().charAt(0)) + program.id().substring(1);
    }

    /** The keys of the document's facts: Hangzhou2024Facts. */
    public static String factsClass(Program program) {
        return policyClass(program) + "Facts";
    }

    /** The fast variant of a calculator, returning only the amount: 研发投入补助金额. */
    public static String amountMethod(String calculator) {
        return identifier(calculator + "金额");
    }

    /** The explanation of a 认定 rule: 视同市重点科研计划项目说明. */
    public static String explanationMethod(String eligibility) {
        return identifier(eligibility + "说明");
    }

    /** The fast variant of a 合规 rule, returning only the verdict: 分割转让面积结论. */
    public static String verdictMethod(String rule) {
        return identifier(rule + "结论");
    }

    /** Whether {@code id} is a legal Java identifier (and not a keyword) on the running JDK. */
    static boolean legal(String id) {
        return SourceVersion.isIdentifier(id) && !SourceVersion.isKeyword(id) && !RESERVED.contains(id);
    }
}
