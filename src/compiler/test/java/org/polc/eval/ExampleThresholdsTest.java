package org.polc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.polc.model.Calculator;
import org.polc.model.CheckedCondition;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Eligibility;
import org.polc.model.Example;
import org.polc.model.ModelWalk;
import org.polc.model.Origin;
import org.polc.model.Program;
import org.polc.model.Requirement;
import org.polc.diagnostics.Span;
import org.polc.testing.Fixtures;

/**
 * The examples of policies/ test every threshold from both sides and every cap at the cap: for each
 * comparison (达 1000万元, 不低于 35%, 达到 三星 以上 …), each choice test (为, 属于) and each 是否 test inside a calculator, 认定 or 合规
 * rule, at least one example of that calculator or rule makes it hold and one makes it fail; each
 * calculator with a declared cap has an example whose expected amount is the cap. A comparison a
 * drafter never tried from one side is where a wrong legal word (以上 for 超过) hides.
 *
 * <p>An example that does not reach a comparison (its inputs leave it undecided) does not count for it.
 */
class ExampleThresholdsTest {

    @Test
    void everyThresholdOfThePoliciesIsTriedFromBothSidesAndEveryCapIsReached() {
        List<String> missing = new ArrayList<>();
        for (Program program : Fixtures.realPolicies().programs()) {
            for (Clause clause : program.clauses()) {
                for (Calculator c : clause.calculators()) {
                    List<Example> examples = examplesOf(clause, c.name());
                    List<CheckedCondition> atoms = new ArrayList<>();
                    new Atoms(atoms::add).walk(c.body());
                    bothSides(clause, c.kind() + "「" + c.name() + "」", atoms, examples, missing);
                    c.cap().ifPresent(cap -> {
                        boolean reached = examples.stream().flatMap(e -> e.expectations().stream())
                                .anyMatch(x -> x.name().equals(c.name()) && x.amount().filter(cap::equals).isPresent());
                        if (!reached) {
                            missing.add(clause.citation() + " " + c.kind() + "「" + c.name() + "」：没有一个例恰好得到上限 " + c.capText().orElse(""));
                        }
                    });
                }
                for (Eligibility e : clause.eligibilities()) {
                    List<CheckedCondition> atoms = new ArrayList<>();
                    new Atoms(atoms::add).walk(e.condition());
                    bothSides(clause, "认定「" + e.name() + "」", atoms, examplesOf(clause, e.name()), missing);
                }
                for (ComplianceRule rule : clause.complianceRules()) {
                    List<CheckedCondition> atoms = new ArrayList<>();
                    Atoms walk = new Atoms(atoms::add);
                    for (Requirement r : rule.requirements()) {
                        r.when().ifPresent(walk::walk);
                        walk.walk(r.condition());
                    }
                    bothSides(clause, "合规「" + rule.name() + "」", atoms, examplesOf(clause, rule.name()), missing);
                }
            }
        }
        assertEquals(List.of(), missing, String.join("\n", missing));
    }

    private static List<Example> examplesOf(Clause clause, String name) {
        return clause.examples().stream().filter(e -> e.expectations().stream().anyMatch(x -> x.name().equals(name))).toList();
    }

    private static void bothSides(Clause clause, String what, List<CheckedCondition> atoms, List<Example> examples, List<String> missing) {
        for (CheckedCondition atom : atoms) {
            Set<Boolean> seen = new LinkedHashSet<>();
            for (Example e : examples) {
                try {
                    seen.add(new Interpreter(clause, e.bindings()).test(atom));
                } catch (RuntimeException undecided) {
                    // an input this comparison reads is not given, or a share of a zero whole: not reached
                }
            }
            if (seen.size() < 2) {
                String side = seen.isEmpty() ? "没有一个例用到它" : seen.contains(true) ? "没有一个例使它不成立" : "没有一个例使它成立";
                missing.add(clause.citation() + " " + what + "：条件「" + shown(atom) + "」（" + where(atom) + "）" + side);
            }
        }
    }

    /** The condition as the drafter wrote it. */
    private static String shown(CheckedCondition atom) {
        return origin(atom).source().text();
    }

    private static String where(CheckedCondition atom) {
        Span at = origin(atom).span();
        return at.source().displayName() + ":" + at.line() + ":" + at.column();
    }

    private static Origin origin(CheckedCondition atom) {
        return atom.accept(new CheckedCondition.Visitor<Origin>() {
            public Origin visitCompare(CheckedCondition.Compare c) {
                return c.origin();
            }

            public Origin visitTruth(CheckedCondition.Truth t) {
                return t.origin();
            }

            public Origin visitOneOf(CheckedCondition.OneOf o) {
                return o.origin();
            }

            public Origin visitGrade(CheckedCondition.Grade g) {
                return g.origin();
            }

            public Origin visitNot(CheckedCondition.Not n) {
                return n.origin();
            }

            public Origin visitAnd(CheckedCondition.And a) {
                return a.origin();
            }

            public Origin visitOr(CheckedCondition.Or o) {
                return o.origin();
            }
        });
    }

    /** The comparisons, grade and choice tests and 是否 tests of a tree: the leaves that 且, 或 and 非 join. */
    private static final class Atoms extends ModelWalk {
        private final Consumer<CheckedCondition> found;

        Atoms(Consumer<CheckedCondition> found) {
            this.found = found;
        }

        @Override
        public Void visitCompare(CheckedCondition.Compare compare) {
            found.accept(compare);
            return super.visitCompare(compare);
        }

        @Override
        public Void visitTruth(CheckedCondition.Truth truth) {
            found.accept(truth);
            return super.visitTruth(truth);
        }

        @Override
        public Void visitOneOf(CheckedCondition.OneOf oneOf) {
            found.accept(oneOf);
            return super.visitOneOf(oneOf);
        }

        @Override
        public Void visitGrade(CheckedCondition.Grade grade) {
            found.accept(grade);
            return super.visitGrade(grade);
        }
    }
}
