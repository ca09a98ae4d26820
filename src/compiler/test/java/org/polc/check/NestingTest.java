package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polc.ast.Award;
import org.polc.ast.Condition;
import org.polc.ast.Expr;
import org.polc.ast.Name;
import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.SourceText;
import org.polc.diagnostics.Span;
import org.polc.vocabulary.Comparison;

/** Depth of a syntax tree: 1 for a leaf, one more for each node above it (the limit is 64, §13.1). */
class NestingTest {

    private static final Span AT = Span.unknown(new SourceFile("t.pol", ""));

    private static Expr name(String n) {
        return new Expr.Reference(AT, SourceText.of(n), n);
    }

    @Test
    void aLeafIsOneAndEachNodeAddsOne() {
        Expr leaf = name("甲");
        assertEquals(1, Nesting.depth(leaf));
        Expr negated = new Expr.Negate(AT, SourceText.of("-甲"), leaf);
        assertEquals(2, Nesting.depth(negated));
        assertEquals(3, Nesting.depth(new Expr.Negate(AT, SourceText.of("--甲"), negated)));
        Expr literal = new Expr.Literal(AT, SourceText.of("1元"), BigInteger.ONE, BigInteger.ONE, "元");
        assertEquals(1, Nesting.depth(literal));
        Expr binary = new Expr.Binary(AT, SourceText.of("甲+1元"), Expr.Operator.ADD, negated, literal);
        assertEquals(3, Nesting.depth(binary));
        assertEquals(4, Nesting.depth(new Expr.MinMax(AT, SourceText.of("较小值"), false, List.of(literal, binary))));
    }

    @Test
    void awardsAndConditionsCount() {
        Award fixed = new Award.Fixed(AT, name("甲"), Optional.empty());
        assertEquals(2, Nesting.depth(fixed));
        assertEquals(3, Nesting.depth(new Award.Fixed(AT, name("甲"), Optional.of(new Expr.Negate(AT, SourceText.of("-乙"), name("乙"))))));
        Condition truth = new Condition.Truth(AT, SourceText.of("甲"), name("甲"));
        assertEquals(2, Nesting.depth(truth));
        assertEquals(3, Nesting.depth(new Condition.Not(AT, SourceText.of("非 甲"), truth)));
        Award none = new Award.None(AT, Optional.empty());
        assertEquals(1, Nesting.depth(none));
        Award branchy = new Award.If(AT, List.of(new Award.Branch(AT, truth, fixed)), none);
        assertEquals(4, Nesting.depth(branchy));
    }

    private static Expr negated(int times, Expr e) {
        Expr out = e;
        for (int i = 0; i < times; i++) {
            out = new Expr.Negate(AT, SourceText.of("-"), out);
        }
        return out;
    }

    @Test
    void everyConditionIsOneLevelAboveItsDeepestPart() {
        // depth 3 on the left, 1 on the right: the condition is 4, whichever side is deeper
        Expr deep = negated(2, name("甲"));
        Expr flat = name("乙");
        assertEquals(4, Nesting.depth(new Condition.Compare(AT, SourceText.of("c"), deep, Comparison.GE, flat)));
        assertEquals(4, Nesting.depth(new Condition.Compare(AT, SourceText.of("c"), flat, Comparison.GE, deep)));
        assertEquals(4, Nesting.depth(new Condition.Is(AT, SourceText.of("c"), flat, deep)));
        assertEquals(4, Nesting.depth(new Condition.Is(AT, SourceText.of("c"), deep, flat)));
        assertEquals(4, Nesting.depth(new Condition.IsBoolean(AT, SourceText.of("c"), deep, true)));
        assertEquals(4, Nesting.depth(new Condition.Belongs(AT, SourceText.of("c"), deep, List.of(new Name("子", AT)))));
        assertEquals(4, Nesting.depth(new Condition.Truth(AT, SourceText.of("c"), deep)));
        Condition three = new Condition.Truth(AT, SourceText.of("c"), negated(1, name("甲")));
        Condition one = new Condition.Truth(AT, SourceText.of("c"), name("甲"));
        assertEquals(2, Nesting.depth(one));
        assertEquals(4, Nesting.depth(new Condition.And(AT, SourceText.of("c"), three, one)));
        assertEquals(4, Nesting.depth(new Condition.And(AT, SourceText.of("c"), one, three)));
        assertEquals(4, Nesting.depth(new Condition.Or(AT, SourceText.of("c"), three, one)));
        assertEquals(4, Nesting.depth(new Condition.Or(AT, SourceText.of("c"), one, three)));
        assertEquals(4, Nesting.depth(new Condition.Not(AT, SourceText.of("c"), three)));
    }

    @Test
    void everyAwardIsOneLevelAboveItsDeepestPart() {
        Expr deep = negated(2, name("甲"));
        assertEquals(4, Nesting.depth(new Award.Ceiling(AT, deep, Optional.empty())));
        assertEquals(5, Nesting.depth(new Award.Ceiling(AT, name("甲"), Optional.of(negated(3, name("乙"))))));
        Award fixedDeep = new Award.Fixed(AT, deep, Optional.empty());
        Award none = new Award.None(AT, Optional.empty());
        // a row is a level of its own: table 1 + row 1 + award 4
        assertEquals(6, Nesting.depth(new Award.Table(AT, name("类"), List.of(new Award.Row(AT, Optional.of("子"), fixedDeep),
                new Award.Row(AT, Optional.empty(), none)))));
        // a table whose key is deeper than its rows
        assertEquals(5, Nesting.depth(new Award.Table(AT, negated(3, name("类")), List.of(new Award.Row(AT, Optional.empty(), none)))));
        assertEquals(5, Nesting.depth(new Award.Sum(AT, List.of(none, fixedDeep))));
        assertEquals(5, Nesting.depth(new Award.Sum(AT, List.of(fixedDeep, none))));
    }

    @Test
    void eachElseIfOfAChainCountsOneLevel() {
        Condition truth = new Condition.Truth(AT, SourceText.of("甲"), name("甲"));
        Award fixed = new Award.Fixed(AT, name("甲"), Optional.empty());
        Award none = new Award.None(AT, Optional.empty());
        Award.Branch branch = new Award.Branch(AT, truth, fixed);
        // deepest part: branch (condition 2 or award 2, plus 1) = 3; plus one level per branch
        assertEquals(3 + 3, Nesting.depth(new Award.If(AT, List.of(branch, branch, branch), none)));
        // an otherwise deeper than every branch
        Award deepOtherwise = new Award.Fixed(AT, negated(5, name("甲")), Optional.empty());
        assertEquals(7 + 1, Nesting.depth(new Award.If(AT, List.of(branch), deepOtherwise)));
    }
}
