package org.polc.check;

import org.polc.model.CheckedExpr;
import org.polc.model.Type;
import org.polc.model.Unit;

/**
 * The type of an expression that already produced a diagnostic: its parents stay quiet rather
 * than report the same mistake again in other words. It never reaches a clean clause.
 */
final class ErrorType {

    static final Type ERROR = new Type.Quantity(new Unit.Dimension("?", "（有错误的表达式）"), "?");

    private ErrorType() {}

    static boolean isError(CheckedExpr e) {
        return e.type() == ERROR;
    }
}
