package org.polc.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polc.model.CheckedAward;
import org.polc.model.CheckedCondition;
import org.polc.model.CheckedExpr;
import org.polc.model.References;
import org.polc.model.Roundings;
import org.polc.model.Type;
import org.polc.runtime.internal.Steps;

/**
 * Writes a calculator body as Java statements that assign the amount to a local. Both variants have
 * one shape: the 若/否则若 of the .pol become one {@code if / else if / else} chain, nested only where
 * the .pol nests. In the explained variant each test is written {@code steps.condition(text, test, …)},
 * which records the step and returns the test, and each award {@code amount = steps.give(…)}, which
 * records the step (worded by {@link Steps}, as the interpreter words it) and returns the amount; so
 * the explained method is the fast one with a call per step, and a reviewer reads one to read both.
 */
final class AwardWriter {

    static final ClassName STEPS = ClassName.get(Steps.class);

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

    /** Statements assigning {@code amount}; the explained variant records its steps in {@code steps}. */
    CodeBlock write(CheckedAward award, String amount) {
        CodeBlock.Builder code = CodeBlock.builder();
        award(code, award, amount);
        return code.build();
    }

    private void award(CodeBlock.Builder code, CheckedAward award, String amount) {
        award.accept(new CheckedAward.Visitor<Void>() {
            public Void visitFixed(CheckedAward.Fixed f) {
                leaf(code, f.amount(), f.cap(), payment ? "pay" : "give", amount);
                return null;
            }

            public Void visitCeiling(CheckedAward.Ceiling c) {
                leaf(code, c.amount(), c.cap(), "upTo", amount);
                return null;
            }

            public Void visitNone(CheckedAward.None n) {
                if (!explained) {
                    code.addStatement("$N = $T.ZERO", amount, ExpressionWriter.MONEY);
                } else if (n.reason().filter(r -> !r.isEmpty()).isPresent()) {
                    code.addStatement("$N = steps.$N($L)", amount, payment ? "free" : "none", JavaLiteral.of(n.reason().get()));
                } else {
                    code.addStatement("$N = steps.$N()", amount, payment ? "free" : "none");
                }
                return null;
            }

            public Void visitIf(CheckedAward.If i) {
                ifChain(code, i.branches(), i.otherwise(), amount);
                return null;
            }

            public Void visitTable(CheckedAward.Table t) {
                table(code, t, amount);
                return null;
            }

            public Void visitSum(CheckedAward.Sum s) {
                sum(code, s, amount);
                return null;
            }
        });
    }

    /**
     * 给予 / 按不超过 / 应缴, and the cap after it. The fast variant computes the amount, capped, in one
     * statement; the explained one records the award (a product at the root shown with its exact value
     * and rounding, as the interpreter shows it; any other rounding and a change of the text noted
     * after) and then the cap, a statement each.
     */
    private void leaf(CodeBlock.Builder code, CheckedExpr value, Optional<CheckedExpr> cap, String word, String amount) {
        if (!explained && expressions.fen()) {
            // the amount is computed on long 分 and becomes a Money here, once; a constant is its own field
            if (cap.isEmpty()) {
                code.addStatement("$N = $L", amount, expressions.money(value));
            } else {
                // Fen.atMost gives the cap itself when it bites: a constant cap is then no allocation
                code.addStatement("$N = $T.atMost($L,$W$L)", amount, ExpressionWriter.FEN, expressions.expr(value),
                        expressions.money(cap.get()));
            }
            return;
        }
        CodeBlock valueCode = expressions.expr(value);
        if (!explained) {
            if (cap.isEmpty()) {
                code.addStatement("$N = $L", amount, valueCode);
            } else {
                code.addStatement("$N = $T.min($L,$W$L)", amount, ExpressionWriter.MONEY, valueCode, expressions.expr(cap.get()));
            }
            return;
        }
        List<CodeBlock> args = new ArrayList<>();
        if (value.asConstant().isEmpty()) {
            args.add(CodeBlock.of("$L", JavaLiteral.of(value.origin().text())));
        }
        List<CheckedExpr.Arithmetic> inner = new ArrayList<>(Roundings.of(value));
        Optional<CheckedExpr.Arithmetic> root = Roundings.root(value);
        if (root.isPresent()) {
            inner.remove(inner.size() - 1);
            args.add(expressions.productArguments(root.get()));
        } else {
            args.add(valueCode);
        }
        value.change().ifPresent(c -> args.add(CodeBlock.of("steps.changed($L)", JavaLiteral.of(c.text()))));
        args.addAll(expressions.notes(inner));
        code.addStatement("$N = steps.$N($L)", amount, word, CodeBlock.join(args, ",$W"));
        if (cap.isPresent()) {
            List<CodeBlock> capArgs = new ArrayList<>(List.of(CodeBlock.of("$N", amount), expressions.expr(cap.get())));
            cap.get().change().ifPresent(c -> capArgs.add(CodeBlock.of("$L", JavaLiteral.of(c.text()))));
            capArgs.addAll(expressions.notes(Roundings.of(cap.get())));
            code.addStatement("$N = steps.cap($L)", amount, CodeBlock.join(capArgs, ",$W"));
        }
    }

    /** 若 … 则 … 否则若 … 否则 …: one chain, in both variants; the explained test records itself. */
    private void ifChain(CodeBlock.Builder code, List<CheckedAward.Branch> branches, CheckedAward otherwise, String amount) {
        for (int i = 0; i < branches.size(); i++) {
            CodeBlock test = test(branches.get(i).condition());
            if (i == 0) {
                code.beginControlFlow("if ($L)", test);
            } else {
                code.nextControlFlow("else if ($L)", test);
            }
            award(code, branches.get(i).award(), amount);
        }
        code.nextControlFlow("else");
        award(code, otherwise, amount);
        code.endControlFlow();
    }

    /** A condition as the chain tests it: the Java test, or in the explained variant the call that records it. */
    CodeBlock test(CheckedCondition condition) {
        return explained ? recorded("condition", condition) : expressions.condition(condition);
    }

    /**
     * {@code steps.<method>("text", test, "name", value, …, steps.rounded(…), …)}: a test recorded with the
     * values it read and the roundings it made, which returns the test; {@code literals} (Java literals)
     * go right after the test.
     */
    CodeBlock recorded(String method, CheckedCondition condition, String... literals) {
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("$L", JavaLiteral.of(condition.origin().text())));
        args.add(expressions.condition(condition));
        for (String literal : literals) {
            args.add(CodeBlock.of("$L", literal));
        }
        List<CodeBlock> values = new ArrayList<>(shown(condition));
        values.addAll(expressions.notes(Roundings.of(condition)));
        CodeBlock flat = CodeBlock.of("steps.$N($L)", method, CodeBlock.join(concat(args, values), ",$W"));
        if (flat.toString().replaceAll("\\s*\\n\\s*", " ").length() <= ONE_LINE) {
            return flat;
        }
        // Too long for one line: the text, the test and the values each start a line, so the test reads as in the fast method.
        CodeBlock.Builder b = CodeBlock.builder().add("steps.$N($L,\n$>$>", method, args.get(0));
        b.add("$L", CodeBlock.join(args.subList(1, args.size()), ",$W"));
        if (!values.isEmpty()) {
            b.add(",\n$L", CodeBlock.join(values, ",$W"));
        }
        return b.add("$<$<)").build();
    }

    /** Characters of a recorded test, without its indent, that still read well on one line. */
    private static final int ONE_LINE = 90;

    private static List<CodeBlock> concat(List<CodeBlock> a, List<CodeBlock> b) {
        List<CodeBlock> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The values a condition read, as the name and value pairs its step shows: "新增额", 新增额. */
    List<CodeBlock> shown(CheckedCondition condition) {
        List<CodeBlock> pairs = new ArrayList<>();
        for (CheckedExpr ref : References.of(condition)) {
            CodeBlock value;
            if (References.isShare(ref)) {
                CheckedExpr.Share share = ref.asShare().orElseThrow();
                value = CodeBlock.of("$T.shown($L, $L)", ExpressionWriter.SHARE, expressions.expr(share.part()), expressions.expr(share.whole()));
            } else {
                value = shown(ref);
                if (ref.type() instanceof Type.Quantity q && q.isCount()) {
                    value = CodeBlock.of("$L + $L", value, JavaLiteral.of(q.unit()));
                }
            }
            pairs.add(CodeBlock.of("$L, $L", JavaLiteral.of(References.name(ref)), value));
        }
        return pairs;
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

    private void table(CodeBlock.Builder code, CheckedAward.Table t, String amount) {
        if (explained) {
            code.addStatement("steps.row($L,$W$L)", JavaLiteral.of(t.key().origin().text()), shown(t.key()));
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
            award(code, row.award(), amount);
            code.endControlFlow();
        }
        if (!other) {
            code.addStatement("default -> throw new $T($L)", IllegalStateException.class, JavaLiteral.of("查表没有这一项"));
        }
        code.endControlFlow();
    }

    /** 再给予: each part into a local of its own, then their sum; the recorder combines the parts' kinds. */
    private void sum(CodeBlock.Builder code, CheckedAward.Sum s, String amount) {
        int n = ++locals;
        for (int i = 0; i < s.parts().size(); i++) {
            String partAmount = "_part" + n + "_" + (i + 1);
            code.addStatement("$T $N", ExpressionWriter.MONEY, partAmount);
            if (explained && i > 0) {
                code.addStatement("steps.again()");
            }
            award(code, s.parts().get(i), partAmount);
        }
        CodeBlock total = CodeBlock.of("$N", "_part" + n + "_1");
        for (int i = 2; i <= s.parts().size(); i++) {
            total = CodeBlock.of("$L.plus($N)", total, "_part" + n + "_" + i);
        }
        code.addStatement("$N = $L", amount, total);
    }
}
