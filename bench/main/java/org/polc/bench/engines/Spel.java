package org.polc.bench.engines;

import java.util.List;
import org.springframework.expression.spel.SpelCompilerMode;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * One Spring Expression Language expression over a root object (a case's bean), interpreted or compiled to
 * bytecode. SpEL compiles only what it can type statically: arithmetic on primitives, not on
 * {@code BigDecimal} ({@link #compiles()} says whether it did). An instance is for one thread.
 */
public final class Spel {

    private final SpelExpression expression;
    private final StandardEvaluationContext context = new StandardEvaluationContext();
    private final boolean compiled;

    private Spel(String text, List<?> samples, boolean compile) {
        SpelExpressionParser parser = new SpelExpressionParser(
                new SpelParserConfiguration(SpelCompilerMode.OFF, Spel.class.getClassLoader()));
        this.expression = (SpelExpression) parser.parseExpression(text);
        // SpEL learns the types it compiles from interpreted evaluations, and only for the branches they took:
        // a branch never taken is not compilable. So the samples must take every branch (the check's cases do).
        for (Object sample : samples) {
            expression.getValue(context, sample);
        }
        this.compiled = compile && expression.compileExpression();
        if (compile && !compiled) {
            throw new IllegalStateException("SpEL 不能编译这个表达式：" + text);
        }
    }

    /** Interpreted: every evaluation walks the parsed tree. */
    public static Spel interpreted(String text, List<?> samples) {
        return new Spel(text, samples, false);
    }

    /** Compiled to bytecode (fails if SpEL cannot compile it). */
    public static Spel compiled(String text, List<?> samples) {
        return new Spel(text, samples, true);
    }

    /** Whether SpEL can compile this expression at all (tried on a fresh copy, for the report). */
    public static boolean compiles(String text, List<?> samples) {
        SpelExpression e = (SpelExpression) new SpelExpressionParser().parseExpression(text);
        StandardEvaluationContext context = new StandardEvaluationContext();
        for (Object sample : samples) {
            e.getValue(context, sample);
        }
        return e.compileExpression();
    }

    public Object evaluate(Object root) {
        return expression.getValue(context, root);
    }

    public boolean isCompiled() {
        return compiled;
    }
}
