package org.polc.check;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.Span;

/**
 * The sizes a clause may reach and still become Java that javac accepts. javac refuses a method of
 * more than 64 KB of bytecode or 255 parameter slots, a class of more than 65,535 constants, and an
 * enum whose initialiser outgrows a method; polc must refuse such a clause itself, with a message
 * the drafter can act on, rather than write Java that does not compile. The limits sit far below
 * javac's and far above any real clause (Part 二's largest calculator, clause 十四's 研发投入补助,
 * reads 4 inputs and has 46 nodes).
 */
final class Limits {

    /** Inputs of one calculator or 认定 rule: its Java method's parameters. */
    static final int INPUTS = 100;

    /** Values of one 选项 or 等级: the constants of its Java enum. */
    static final int CHOICE_VALUES = 200;

    /** Nodes of one calculator or 认定 rule, with the definitions it reads: its Java method's size. */
    static final int NODES = 2_000;

    /** Calculators and 认定 rules of one clause: two Java methods each. */
    static final int MEMBERS = 200;

    private Limits() {}

    static void check(List<Program.Input> inputs, List<Program.Definition> definitions, List<Program.Calculator> calculators,
            List<Program.Eligibility> eligibilities, Span clause, String where, Diagnostics diagnostics) {
        for (Program.Input input : inputs) {
            if (input.type() instanceof Type.Choice c && c.values().size() > CHOICE_VALUES) {
                diagnostics.error("limit.choice", input.span(), where + "：「" + input.name() + "」有 " + c.values().size() + " 个选项，超过上限 "
                        + CHOICE_VALUES + " 个", "把选项分组，或拆成几个输入");
            }
        }
        int members = calculators.size() + eligibilities.size();
        if (members > MEMBERS) {
            diagnostics.error("limit.members", clause, where + "有 " + members + " 个计算器和认定，超过上限 " + MEMBERS + " 个",
                    "把这一条拆成几条，或合并相近的计算器");
        }
        Uses uses = new Uses(definitions, eligibilities);
        for (Program.Calculator c : calculators) {
            check(definitions, uses, c.name(), c.inputs(), c.body(), c.span(), where, diagnostics);
        }
        for (Program.Eligibility e : eligibilities) {
            check(definitions, uses, e.name(), e.inputs(), e.condition(), e.span(), where, diagnostics);
        }
    }

    private static void check(List<Program.Definition> definitions, Uses uses, String name, List<String> inputs, Object body, Span span,
            String where, Diagnostics diagnostics) {
        if (inputs.size() > INPUTS) {
            diagnostics.error("limit.inputs", span, where + "：「" + name + "」用到 " + inputs.size() + " 个输入，超过上限 " + INPUTS + " 个",
                    "先用「定义」把一部分输入合起来，或拆成几个计算器");
        }
        long nodes = size(body);
        Set<String> used = uses.direct(body);
        for (Program.Definition d : definitions) {
            if (used.contains(d.name())) {
                nodes += size(d.expr());
            }
        }
        if (nodes > NODES) {
            diagnostics.error("limit.size", span, where + "：「" + name + "」连同它用到的定义共有 " + nodes + " 个运算和取值，超过上限 " + NODES + " 个",
                    "拆成几个计算器，或把重复的部分写成一个「认定」");
        }
    }

    /** Nodes of a checked tree: each Checked* record counts one, with everything beneath it. */
    static long size(Object node) {
        long n = 0;
        if (node instanceof Collection<?> || node instanceof Optional<?>) {
            for (Object item : Trees.open(node)) {
                n += size(item);
            }
            return n;
        }
        if (!(node instanceof CheckedExpr || node instanceof CheckedCondition || node instanceof CheckedAward
                || node instanceof CheckedAward.Branch || node instanceof CheckedAward.Row)) {
            return 0;
        }
        for (Object child : Trees.children((Record) node)) {
            n += size(child);
        }
        return n + 1;
    }
}
