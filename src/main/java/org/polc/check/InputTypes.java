package org.polc.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.polc.ast.Declarations.TypeRef;
import org.polc.ast.Name;
import org.polc.model.Rational;
import org.polc.model.Type;
import org.polc.model.Unit;

/** The type of each 输入 as declared: 金额, 比例, 是否, 日期, 数量（单位）, 选项（…）, 等级（…）. */
final class InputTypes {

    private final Where where;

    InputTypes(Where where) {
        this.where = where;
    }

    Type of(String inputName, TypeRef ref) {
        return ref.accept(new TypeRef.Visitor<>() {
            public Type visitMoney(TypeRef.Money money) {
                return Type.MONEY;
            }

            public Type visitRate(TypeRef.Rate rate) {
                return Type.RATE;
            }

            public Type visitBool(TypeRef.Bool bool) {
                return Type.BOOL;
            }

            public Type visitDate(TypeRef.Date date) {
                return Type.DATE;
            }

            public Type visitQuantity(TypeRef.Quantity quantity) {
                return quantity(quantity);
            }

            public Type visitChoice(TypeRef.Choice choice) {
                return choice(inputName, choice);
            }
        });
    }

    private Type quantity(TypeRef.Quantity q) {
        Optional<Unit> unit = Unit.parse(q.unit());
        if (unit.isEmpty() || unit.get().dimension() == Unit.Dimension.MONEY || unit.get().dimension() == Unit.Dimension.RATE) {
            where.error("type.unit", q.span(), "「数量（" + q.unit() + "）」的单位不是数量单位",
                    "金额用「金额」，比例用「比例」，数量写成 数量（家）、数量（个）等计数单位");
            return Type.RATE;
        }
        if (!unit.get().dimension().isCount() || !unit.get().scale().equals(Rational.ONE)) {
            where.error("type.unsupported", q.span(), "输入暂只支持计数单位（家、个、人…），不支持「" + q.unit() + "」",
                    "可以改用计数，或在条件中与常量比较");
        }
        return new Type.Quantity(unit.get().dimension(), unit.get().dimension().id());
    }

    private Type choice(String inputName, TypeRef.Choice c) {
        Set<String> seen = new LinkedHashSet<>();
        for (Name value : c.values()) {
            if (!seen.add(value.text())) {
                where.error("type.choice", value.span(), "选项「" + value.text() + "」重复");
            }
        }
        return new Type.Choice(inputName, List.copyOf(seen), c.ordered());
    }
}
