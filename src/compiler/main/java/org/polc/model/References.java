package org.polc.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The distinct inputs, definitions and 认定 rules a condition reads directly, and the shares it
 * computes (each after the values it reads), in order: what its explanation shows.
 */
public final class References extends ModelWalk {

    private final Set<String> seen = new LinkedHashSet<>();
    private final List<CheckedExpr> found = new ArrayList<>();

    private References() {}

    public static List<CheckedExpr> of(CheckedCondition c) {
        References refs = new References();
        refs.walk(c);
        return refs.found;
    }

    /** The name of a reference that {@link #of} returned; a share is named by its text. */
    public static String name(CheckedExpr ref) {
        return ref.referencedName().orElse(ref.origin().text());
    }

    /** Whether a value {@link #of} returned is a share (shown 「A 占 B 的比重 为 7/20（35%）」) rather than a name. */
    public static boolean isShare(CheckedExpr ref) {
        return ref.asShare().isPresent();
    }

    private void add(CheckedExpr ref) {
        if (seen.add(name(ref))) {
            found.add(ref);
        }
    }

    @Override
    public Void visitShare(CheckedExpr.Share share) {
        super.visitShare(share);
        add(share);
        return null;
    }

    @Override
    public Void visitInput(CheckedExpr.Input input) {
        add(input);
        return null;
    }

    @Override
    public Void visitDefinition(CheckedExpr.Definition definition) {
        add(definition);
        return null;
    }

    @Override
    public Void visitRule(CheckedExpr.Rule rule) {
        add(rule);
        return null;
    }
}
