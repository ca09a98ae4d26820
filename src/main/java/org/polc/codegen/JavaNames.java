package org.polc.codegen;

import javax.lang.model.SourceVersion;
import org.polc.check.Program;

/**
 * How Pol names become Java names. Pol names are Chinese words and already legal Java identifiers;
 * only Java keywords, names starting with "_" (reserved for generated locals) and names of the
 * class's own members need a change, made deterministically.
 */
public final class JavaNames {

    private JavaNames() {}

    /** The package of a policy document's calculators: org.polc.policies.hangzhou2024. */
    public static String packageName(Program program) {
        return "org.polc.policies." + program.id();
    }

    /** Clause09, Clause14, Clause76: ASCII, sorts by number. */
    public static String className(int clause) {
        return String.format(java.util.Locale.ROOT, "Clause%02d", clause);
    }

    /** A Pol name as a Java identifier. */
    public static String identifier(String name) {
        String id = name;
        if (id.startsWith("_")) {
            id = "x" + id;
        }
        if (!SourceVersion.isName(id) || SourceVersion.isKeyword(id) || id.equals("CLAUSE") || id.equals("TITLE")
                || id.equals("VALID_FROM") || id.equals("VALID_TO") || id.equals("TEXT")) {
            id = id + "_";
        }
        return id;
    }

    /** The fast variant of a calculator, returning only the amount: 研发投入补助金额. */
    public static String amountMethod(String calculator) {
        return identifier(calculator + "金额");
    }
}
