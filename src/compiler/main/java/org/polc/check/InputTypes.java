package org.polc.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.polc.ast.Declarations.TypeRef;
import org.polc.ast.Name;
import org.polc.diagnostics.Names;
import org.polc.model.Rational;
import org.polc.model.Type;
import org.polc.model.Unit;
import org.polc.vocabulary.Units;

/** The type of each 输入 as declared: 金额, 比例, 是否, 日期, 数量（单位）, 数值, 选项（…）, 等级（…）. */
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

            public Type visitNumber(TypeRef.Number number) {
                return Type.NUMBER;
            }

            public Type visitChoice(TypeRef.Choice choice) {
                return choice(inputName, choice);
            }
        });
    }

    /**
     * Every unit of the table but money, rates and years: counts (家, 个 …) in their own unit, measures
     * (亩, 平方米, 吨标准煤, 千瓦时, 美元, 个月, 天 …) in their unit or a multiple of it (万亩, 亿美元). A
     * count is a whole number of things, so 万家 is refused: the input says how many 家.
     */
    private Type quantity(TypeRef.Quantity q) {
        Optional<Unit> unit = Unit.parse(q.unit());
        if (unit.isEmpty()) {
            where.error("unit.unknown", q.span(), "不认识的单位「" + q.unit() + "」",
                    Names.onlyClosest(q.unit(), Units.spellings()).map(s -> "您是不是要写「" + s + "」？")
                            .orElse("可用的单位见语言说明的单位表，如 亩、平方米、吨标准煤、千瓦时、美元、家、个"));
            return ErrorType.ERROR;
        }
        Unit.Dimension d = unit.get().dimension();
        if (d == Unit.Dimension.MONEY || d == Unit.Dimension.RATE) {
            where.error("type.unit", q.span(), "「数量（" + q.unit() + "）」的单位不是数量单位",
                    d == Unit.Dimension.MONEY ? "人民币金额用「金额」，如「年度研发投入额：金额」" : "比例用「比例」，不带单位的数用「数值」");
            return ErrorType.ERROR;
        }
        if (d == Unit.Dimension.YEAR) {
            where.error("type.unsupported", q.span(), "「年」在 Pol 中是年份（2024年），还不能作期限输入的单位",
                    "期限请用 数量（个月） 或 数量（天）");
            return ErrorType.ERROR;
        }
        if (d.isCount() && !unit.get().scale().equals(Rational.ONE)) {
            where.error("type.unit", q.span(), "计数是整数个「" + d.id() + "」，不能以「" + q.unit() + "」为单位",
                    "写成 数量（" + d.id() + "），常量仍可写成 2万" + d.id());
            return ErrorType.ERROR;
        }
        return new Type.Quantity(d, q.unit());
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
