package org.polc.check;

import java.util.List;
import java.util.Optional;
import org.polc.syntax.Award;

/** A calculator body after type checking: every amount is money. */
public sealed interface CheckedAward {

    Award source();

    record Fixed(CheckedExpr amount, Optional<CheckedExpr> cap, Award source) implements CheckedAward {}

    record Ceiling(CheckedExpr amount, Optional<CheckedExpr> cap, Award source) implements CheckedAward {}

    record None(Optional<String> reason, Award source) implements CheckedAward {}

    record If(List<Branch> branches, CheckedAward otherwise, Award source) implements CheckedAward {}

    record Branch(CheckedCondition condition, CheckedAward award) {}

    /** A table over a choice: rows in source order, an empty value is 其他. */
    record Table(CheckedExpr key, List<Row> rows, Award source) implements CheckedAward {}

    record Row(Optional<String> value, CheckedAward award) {}

    record Sum(List<CheckedAward> parts, Award source) implements CheckedAward {}
}
