package org.polc.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Every value a calculator uses that the text changed (由 50% 提高至 60%), in source order, each once:
 * its declared cap, its cumulative ceiling, then those in its body. The catalog and the generated
 * Javadoc list them beside the new values the calculator computes with.
 */
public final class Changes extends ModelWalk {

    private final List<Change> found = new ArrayList<>();

    private Changes() {}

    public static List<Change> of(Calculator calculator) {
        Changes changes = new Changes();
        calculator.capChange().ifPresent(changes.found::add);
        calculator.cumulative().flatMap(Cumulative::change)
                .filter(c -> calculator.capChange().filter(c::equals).isEmpty())
                .ifPresent(changes.found::add);
        changes.walk(calculator.body());
        // the same change written at the head and in the body (最高 由 200万元 提高至 500万元 twice) is one change
        return changes.found.stream().distinct().toList();
    }

    @Override
    public Void visitConstant(CheckedExpr.Constant constant) {
        constant.change().ifPresent(found::add);
        return null;
    }
}
