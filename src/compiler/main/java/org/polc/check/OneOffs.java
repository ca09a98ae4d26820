package org.polc.check;

import java.util.List;
import java.util.Optional;
import org.polc.ast.Declarations;
import org.polc.diagnostics.SourceText;
import org.polc.model.Calculator;
import org.polc.model.CheckedAward;
import org.polc.model.CheckedCondition;
import org.polc.model.CheckedExpr;
import org.polc.model.Input;
import org.polc.model.OneOff;
import org.polc.model.Origin;
import org.polc.model.Type;

/**
 * 一次性: desugared here, so that no later stage needs to know it. A one-off calculator reads one more
 * input, introduced by the compiler ({@code 已获得省重点实验室奖励：是否}, its span the 一次性 keyword),
 * and its body becomes {@code 若 已获得省重点实验室奖励 则 不予 “…是一次性奖励，已获得过的不再给予” 否则 <body>}.
 * The interpreter, the cap prover and the generated code see an ordinary 若, so the explanation of
 * {@code polc eval} and of the generated method are the same words.
 */
final class OneOffs {

    private OneOffs() {}

    /**
     * Declares the input of every 一次性 calculator, after the clause's own inputs (so it comes last in
     * the calculator's parameters). A payment (应缴) is what the applicant pays: 一次性 there would
     * mean paying in one lump, not an award given once, so it is refused.
     */
    static void declare(List<Declarations.Calculator> calculators, Scope scope, Where where) {
        for (Declarations.Calculator c : calculators) {
            if (c.frequency().filter(f -> f == Declarations.Frequency.ONCE).isEmpty()) {
                continue;
            }
            if (Calculator.PAYMENT_KIND.equals(c.kind())) {
                where.error("once.payment", c.frequencySpan().orElse(c.nameSpan()), "「" + c.name()
                        + "」是应缴的金额（申请人缴纳），不能写「一次性」", "「一次性」用于只给予一次的奖励、补助；应缴的金额删去「一次性」");
                continue;
            }
            scope.oneOff(Input.of(new OneOff(c.kind(), c.name()), c.frequencySpan().orElse(c.nameSpan())));
        }
    }

    /** The body behind the guard, or the body as it is when the calculator is not a one-off (or its input was refused). */
    static CheckedAward guard(Declarations.Calculator c, Scope scope, CheckedAward body) {
        if (c.frequency().filter(f -> f == Declarations.Frequency.ONCE).isEmpty()) {
            return body;
        }
        Optional<Input> input = scope.input(new OneOff(c.kind(), c.name()).inputName()).filter(i -> i.oneOff().isPresent());
        if (input.isEmpty()) {
            return body;
        }
        OneOff oneOff = input.get().oneOff().orElseThrow();
        Origin origin = new Origin(input.get().span(), SourceText.of(input.get().name()));
        CheckedCondition received = new CheckedCondition.Truth(new CheckedExpr.Input(Type.BOOL, input.get().name(), origin), true, origin);
        CheckedAward none = new CheckedAward.None(Optional.of(oneOff.reason()), input.get().span());
        return new CheckedAward.If(List.of(new CheckedAward.Branch(received, none)), body, body.span());
    }
}
