package org.polc.check;

import java.util.List;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.Span;
import org.polc.model.Calculator;
import org.polc.model.CheckedAward;
import org.polc.model.ComplianceRule;
import org.polc.model.Definition;
import org.polc.model.Eligibility;
import org.polc.model.Input;
import org.polc.model.ModelWalk;
import org.polc.model.Reads;
import org.polc.model.Requirement;
import org.polc.model.Type;

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

    static void check(List<Input> inputs, List<Definition> definitions, List<Calculator> calculators,
            List<Eligibility> eligibilities, List<ComplianceRule> complianceRules, Span clause, String where, Diagnostics diagnostics) {
        for (Input input : inputs) {
            if (input.type() instanceof Type.Choice c && c.values().size() > CHOICE_VALUES) {
                diagnostics.error("limit.choice", input.span(), where + "：「" + input.name() + "」有 " + c.values().size() + " 个选项，超过上限 "
                        + CHOICE_VALUES + " 个", "把选项分组，或拆成几个输入");
            }
        }
        int members = calculators.size() + eligibilities.size() + complianceRules.size();
        if (members > MEMBERS) {
            diagnostics.error("limit.members", clause, where + "有 " + members + " 个计算器、认定和合规规则，超过上限 " + MEMBERS + " 个",
                    "把这一条拆成几条，或合并相近的计算器");
        }
        for (Calculator c : calculators) {
            check(definitions, c.reads(), c.name(), size(c.body()), c.span(), where, diagnostics);
        }
        for (Eligibility e : eligibilities) {
            Counter counter = new Counter();
            counter.walk(e.condition());
            check(definitions, e.reads(), e.name(), counter.nodes, e.span(), where, diagnostics);
        }
        for (ComplianceRule r : complianceRules) {
            Counter counter = new Counter();
            for (Requirement q : r.requirements()) {
                q.when().ifPresent(counter::walk);
                counter.walk(q.condition());
            }
            check(definitions, r.reads(), r.name(), counter.nodes, r.span(), where, diagnostics);
        }
    }

    private static void check(List<Definition> definitions, Reads reads, String name, long bodyNodes, Span span,
            String where, Diagnostics diagnostics) {
        if (reads.inputs().size() > INPUTS) {
            diagnostics.error("limit.inputs", span, where + "：「" + name + "」用到 " + reads.inputs().size() + " 个输入，超过上限 " + INPUTS + " 个",
                    "先用「定义」把一部分输入合起来，或拆成几个计算器");
        }
        long nodes = bodyNodes;
        for (Definition d : definitions) {
            if (reads.definitions().contains(d.name())) {
                Counter counter = new Counter();
                counter.walk(d.expr());
                nodes += counter.nodes;
            }
        }
        if (nodes > NODES) {
            diagnostics.error("limit.size", span, where + "：「" + name + "」连同它用到的定义共有 " + nodes + " 个运算和取值，超过上限 " + NODES + " 个",
                    "拆成几个计算器，或把重复的部分写成一个「认定」");
        }
    }

    /** Nodes of a calculator's body: each award, condition and expression counts one, and each branch and table row. */
    static long size(CheckedAward body) {
        Counter counter = new Counter();
        counter.walk(body);
        return counter.nodes;
    }

    /** Counts every node of a checked tree, branches and table rows included. */
    private static final class Counter extends ModelWalk {
        long nodes;

        @Override
        protected void enter(Object node) {
            nodes++;
        }
    }
}
