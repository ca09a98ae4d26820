package org.polc.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polc.model.Change;
import org.polc.model.CheckedAward;
import org.polc.model.CheckedCondition;
import org.polc.model.CheckedExpr;
import org.polc.model.References;
import org.polc.model.Roundings;
import org.polc.model.Type;
import org.polc.runtime.Explain;
import org.polc.runtime.ResultKind;

/**
 * Writes a calculator body as Java statements that assign the amount to a local. In the explained
 * variant every decision also appends the step the interpreter would append, worded by
 * {@link Explain}; the fast variant makes the same decisions and nothing else.
 */
final class AwardWriter {

    static final ClassName EXPLAIN = ClassName.get(Explain.class);
    static final ClassName KIND = ClassName.get(ResultKind.class);

    private final ExpressionWriter expressions;
    private final boolean explained;
    /** A payment's (应缴) 缴纳 is what the applicant pays and its 免费 nothing to pay. */
    private final boolean payment;
    private int locals;

    AwardWriter(ExpressionWriter expressions, boolean explained) {
        this(expressions, explained, false);
    }

    AwardWriter(ExpressionWriter expressions, boolean explained, boolean payment) {
        this.expressions = expressions;
        this.explained = explained;
        this.payment = payment;
    }

    /** Statements assigning {@code amount} (and, when explained, {@code kind}). */
    CodeBlock write(CheckedAward award, String amount, String kind) {
        CodeBlock.Builder code = CodeBlock.builder();
        award(code, award, amount, kind);
        return code.build();
    }

    private void award(CodeBlock.Builder code, CheckedAward award, String amount, String kind) {
        award.accept(new CheckedAward.Visitor<Void>() {
            public Void visitFixed(CheckedAward.Fixed f) {
                leaf(code, f.amount(), f.cap().orElse(null), payment ? ResultKind.PAYABLE : ResultKind.FIXED, amount, kind);
                return null;
            }

            public Void visitCeiling(CheckedAward.Ceiling c) {
                leaf(code, c.amount(), c.cap().orElse(null), ResultKind.CEILING, amount, kind);
                return null;
            }

            public Void visitNone(CheckedAward.None n) {
                if (explained) {
                    code.addStatement("_trace.step($T.$N($L))", EXPLAIN, payment ? "free" : "none", JavaLiteral.of(n.reason().orElse("")));
                    code.addStatement("$N = $T.$N", kind, KIND, payment ? ResultKind.FREE.name() : ResultKind.NONE.name());
                }
                code.addStatement("$N = $T.ZERO", amount, ExpressionWriter.MONEY);
                return null;
            }

            public Void visitIf(CheckedAward.If i) {
                ifChain(code, i.branches(), 0, i.otherwise(), amount, kind);
                return null;
            }

            public Void visitTable(CheckedAward.Table t) {
                table(code, t, amount, kind);
                return null;
            }

            public Void visitSum(CheckedAward.Sum s) {
                sum(code, s, amount, kind);
                return null;
            }
        });
    }

    private void leaf(CodeBlock.Builder code, CheckedExpr value, CheckedExpr cap, ResultKind resultKind, String amount, String kind) {
        CodeBlock valueCode = expressions.expr(value);
        if (!explained) {
            if (cap == null) {
                code.addStatement("$N = $L", amount, valueCode);
            } else {
                code.addStatement("$N = $T.min($L, $L)", amount, ExpressionWriter.MONEY, valueCode, expressions.expr(cap));
            }
            return;
        }
        String text = value.asConstant().isPresent() ? null : value.origin().text();
        code.addStatement("$N = $L", amount, valueCode);
        String word = switch (resultKind) {
            case FIXED -> "give";
            case PAYABLE -> "pay";
            default -> "upTo";
        };
        // As the interpreter: a product at the root shows its exact value and rounding in place, any other rounding after.
        List<CheckedExpr.Arithmetic> inner = new ArrayList<>(Roundings.of(value));
        Optional<CheckedExpr.Arithmetic> root = Roundings.root(value);
        root.ifPresent(r -> inner.remove(inner.size() - 1));
        CodeBlock shown = root.isPresent() ? expressions.product(root.get()) : CodeBlock.of("$N", amount);
        CodeBlock step = CodeBlock.of("$T.$N($L, $L)", EXPLAIN, word, JavaLiteral.of(text), shown);
        Optional<Change> change = value.change();
        if (change.isPresent()) {
            step = CodeBlock.of("$L + $T.changed($L)", step, EXPLAIN, JavaLiteral.of(change.get().text()));
        }
        code.addStatement("_trace.step($L)", withRoundings(step, expressions.within(inner)));
        CodeBlock capRoundings = cap == null ? null : expressions.within(Roundings.of(cap));
        if (cap != null && cap.change().isPresent()) {
            code.addStatement("_trace.step($L)", withRoundings(CodeBlock.of("$T.cap($N, $L, $L)", EXPLAIN, amount, expressions.expr(cap),
                    JavaLiteral.of(cap.change().get().text())), capRoundings));
            code.addStatement("$N = $T.min($N, $L)", amount, ExpressionWriter.MONEY, amount, expressions.expr(cap));
        } else if (cap != null) {
            code.addStatement("_trace.step($L)", withRoundings(CodeBlock.of("$T.cap($N, $L)", EXPLAIN, amount, expressions.expr(cap)), capRoundings));
            code.addStatement("$N = $T.min($N, $L)", amount, ExpressionWriter.MONEY, amount, expressions.expr(cap));
        }
        code.addStatement("$N = $T.$N", kind, KIND, resultKind.name());
    }

    private void ifChain(CodeBlock.Builder code, List<CheckedAward.Branch> branches, int index, CheckedAward otherwise,
            String amount, String kind) {
        if (!explained) {
            for (int i = 0; i < branches.size(); i++) {
                CodeBlock test = expressions.condition(branches.get(i).condition());
                if (i == 0) {
                    code.beginControlFlow("if ($L)", test);
                } else {
                    code.nextControlFlow("else if ($L)", test);
                }
                award(code, branches.get(i).award(), amount, kind);
            }
            code.nextControlFlow("else");
            award(code, otherwise, amount, kind);
            code.endControlFlow();
            return;
        }
        // Explained: each test is recorded before the next is tried, so the chain nests.
        CheckedAward.Branch branch = branches.get(index);
        String holds = "_test" + (++locals);
        code.addStatement("boolean $N = $L", holds, expressions.condition(branch.condition()));
        code.addStatement("_trace.step($L)", withRoundings(CodeBlock.of("$T.condition($L, $N, $L)", EXPLAIN,
                JavaLiteral.of(branch.condition().origin().text()), holds, values(branch.condition())),
                expressions.within(Roundings.of(branch.condition()))));
        code.beginControlFlow("if ($N)", holds);
        award(code, branch.award(), amount, kind);
        code.nextControlFlow("else");
        if (index + 1 < branches.size()) {
            ifChain(code, branches, index + 1, otherwise, amount, kind);
        } else {
            award(code, otherwise, amount, kind);
        }
        code.endControlFlow();
    }

    /** A step followed by the note on its roundings, when it has any. */
    static CodeBlock withRoundings(CodeBlock step, CodeBlock roundings) {
        return roundings == null ? step : CodeBlock.of("$L + $L", step, roundings);
    }

    /** The bracket of a condition step: the values it read. */
    CodeBlock values(CheckedCondition condition) {
        List<CheckedExpr> refs = References.of(condition);
        if (refs.isEmpty()) {
            return CodeBlock.of("$L", JavaLiteral.of(""));
        }
        CodeBlock.Builder args = CodeBlock.builder();
        for (int i = 0; i < refs.size(); i++) {
            CheckedExpr ref = refs.get(i);
            if (References.isShare(ref)) {
                CheckedExpr.Share share = ref.asShare().orElseThrow();
                args.add(i == 0 ? "" : ", ").add("$T.share($L, $T.shown($L, $L))", EXPLAIN, JavaLiteral.of(References.name(ref)),
                        ExpressionWriter.SHARE, expressions.expr(share.part()), expressions.expr(share.whole()));
                continue;
            }
            CodeBlock value = shown(ref);
            if (ref.type() instanceof Type.Quantity q && q.isCount()) {
                value = CodeBlock.of("$L + $L", value, JavaLiteral.of(q.unit()));
            }
            args.add(i == 0 ? "" : ", ").add("$T.value($L, $L)", EXPLAIN, JavaLiteral.of(References.name(ref)), value);
        }
        return CodeBlock.of("$T.values($L)", EXPLAIN, args.build());
    }

    /**
     * A value as an explanation shows it. Explanations show a choice by its enum constant's name,
     * which is the Pol value unless {@link JavaNames} renamed it (class → class_); a renamed value
     * is shown by its Pol text instead, as the interpreter shows it.
     */
    private CodeBlock shown(CheckedExpr e) {
        CodeBlock value = expressions.expr(e);
        if (!(e.type() instanceof Type.Choice choice)) {
            return value;
        }
        CodeBlock shown = value;
        List<String> values = choice.values();
        for (int i = values.size() - 1; i >= 0; i--) {
            String v = values.get(i);
            if (!JavaNames.identifier(v).equals(v)) {
                shown = CodeBlock.of("$L == $L ? $L : $L", value, expressions.constantOf(choice, v), JavaLiteral.of(v), shown);
            }
        }
        return shown == value ? value : CodeBlock.of("($L)", shown);
    }

    private void table(CodeBlock.Builder code, CheckedAward.Table t, String amount, String kind) {
        if (explained) {
            code.addStatement("_trace.step($T.row($L, $L))", EXPLAIN, JavaLiteral.of(t.key().origin().text()), shown(t.key()));
        }
        code.beginControlFlow("switch ($L)", expressions.expr(t.key()));
        boolean other = false;
        for (CheckedAward.Row row : t.rows()) {
            if (row.value().isPresent()) {
                code.beginControlFlow("case $N ->", JavaNames.identifier(row.value().get()));
            } else {
                code.beginControlFlow("default ->");
                other = true;
            }
            award(code, row.award(), amount, kind);
            code.endControlFlow();
        }
        if (!other) {
            code.addStatement("default -> throw new $T($L)", IllegalStateException.class, JavaLiteral.of("查表没有这一项"));
        }
        code.endControlFlow();
    }

    private void sum(CodeBlock.Builder code, CheckedAward.Sum s, String amount, String kind) {
        int n = ++locals;
        for (int i = 0; i < s.parts().size(); i++) {
            String partAmount = "_part" + n + "_" + (i + 1);
            String partKind = "_partKind" + n + "_" + (i + 1);
            code.addStatement("$T $N", ExpressionWriter.MONEY, partAmount);
            if (explained) {
                code.addStatement("$T $N", KIND, partKind);
                if (i > 0) {
                    code.addStatement("_trace.step($T.again())", EXPLAIN);
                }
            }
            award(code, s.parts().get(i), partAmount, partKind);
        }
        CodeBlock total = CodeBlock.of("$N", "_part" + n + "_1");
        CodeBlock kinds = CodeBlock.of("$N", "_partKind" + n + "_1");
        for (int i = 2; i <= s.parts().size(); i++) {
            total = CodeBlock.of("$L.plus($N)", total, "_part" + n + "_" + i);
            kinds = CodeBlock.of("$T.combine($L, $N)", KIND, kinds, "_partKind" + n + "_" + i);
        }
        code.addStatement("$N = $L", amount, total);
        if (explained) {
            code.addStatement("$N = $L", kind, kinds);
        }
    }
}
