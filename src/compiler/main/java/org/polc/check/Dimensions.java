package org.polc.check;

import org.polc.model.Type;
import org.polc.model.Unit;

/**
 * How a mismatch of two types is named to the drafter. 美元 against 元 is said as the policy would
 * say it (美元不能与人民币金额比较), since a drafter who writes it most likely expects a conversion
 * that Pol never does: foreign currency is its own dimension.
 */
final class Dimensions {

    private Dimensions() {}

    /** {@code t} as named beside {@code other}: 美元 and 人民币金额 against each other, else its own name. */
    static String name(Type t, Type other) {
        if (dollars(t) && other instanceof Type.Money) {
            return "美元";
        }
        if (t instanceof Type.Money && dollars(other)) {
            return "人民币金额";
        }
        return t.chinese();
    }

    /** A hint for a mismatch of {@code a} and {@code b}, or null. */
    static String hint(Type a, Type b) {
        if (dollars(a) && b instanceof Type.Money || a instanceof Type.Money && dollars(b)) {
            return "美元不会自动换算成人民币：两边都写成美元（如 1亿美元），或把输入声明为 金额";
        }
        if (a.equals(Type.NUMBER) && b instanceof Type.Rate || a instanceof Type.Rate && b.equals(Type.NUMBER)) {
            return "数值与数值比较，如「容积率 不低于 2.5」；百分数是比例，不是数值";
        }
        if (a instanceof Type.Rate && (b instanceof Type.Money || b instanceof Type.Quantity)) {
            return "比例（包括比重）与比例比较，如「工业用地出让量 占 出让土地总量 的比重 不低于 35%」";
        }
        return null;
    }

    private static boolean dollars(Type t) {
        return t instanceof Type.Quantity q && q.dimension() == Unit.Dimension.USD;
    }
}
