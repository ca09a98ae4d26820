package org.polc.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polc.ast.Declarations;
import org.polc.ast.Expr;
import org.polc.diagnostics.Diagnostics;
import org.polc.model.Amount;
import org.polc.model.Amounts;
import org.polc.model.Budget;
import org.polc.model.Rational;
import org.polc.model.Unit;

/** Budgets: their items must add up exactly. Targets are {@link Goals}. */
final class Structure {

    private Structure() {}

    static List<Budget> budgets(List<Declarations.Budget> budgets, String where, Diagnostics diagnostics) {
        List<Budget> out = new ArrayList<>();
        for (Declarations.Budget b : budgets) {
            Optional<Rational> total = money(b.total(), where, diagnostics);
            List<Budget.Item> items = new ArrayList<>();
            Rational sum = Rational.ZERO;
            boolean ok = total.isPresent();
            for (Declarations.BudgetItem item : b.items()) {
                Optional<Rational> amount = money(item.amount(), where, diagnostics);
                if (amount.isEmpty()) {
                    ok = false;
                    continue;
                }
                sum = sum.plus(amount.get());
                items.add(new Budget.Item(item.name(), amount.get(), item.amount().text()));
            }
            String name = b.name().orElse("预算");
            if (ok && !b.items().isEmpty() && sum.compareTo(total.get()) != 0) {
                Rational difference = total.get().minus(sum);
                diagnostics.error("budget.sum", b.span(), where + "：预算「" + name + "」的各项合计 " + Amounts.yuan(sum)
                        + "，与总额 " + b.total().text() + " 不符，相差 " + Amounts.yuan(difference.signum() < 0 ? difference.negate() : difference)
                        + (difference.signum() < 0 ? "（各项多出）" : "（各项不足）"));
            }
            out.add(new Budget(name, total.orElse(Rational.ZERO), b.total().text(), items, b.span()));
        }
        return out;
    }

    private static Optional<Rational> money(Expr.Literal literal, String where, Diagnostics diagnostics) {
        Optional<Unit> unit = Unit.parse(literal.unit());
        if (unit.isEmpty() || unit.get().dimension() != Unit.Dimension.MONEY) {
            diagnostics.error("budget.unit", literal.span(), where + "：预算金额应以元、万元或亿元为单位，「" + literal.text() + "」不是金额");
            return Optional.empty();
        }
        Rational yuan = Rational.of(literal.numerator(), literal.denominator()).times(unit.get().scale());
        if (!Amount.isWholeFen(yuan)) {
            diagnostics.error("money.precision", literal.span(), where + "：金额精确到分，「" + literal.text() + "」有分以下的位数");
            return Optional.empty();
        }
        return Optional.of(yuan);
    }
}
