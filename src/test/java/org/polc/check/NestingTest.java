package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polc.ast.Award;
import org.polc.ast.Condition;
import org.polc.ast.Expr;
import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.SourceText;
import org.polc.diagnostics.Span;

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
}
