package org.polc.model;

import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.Span;

/** A calculator body after type checking: every amount is money. */
public sealed interface CheckedAward {

    /** Where the drafter wrote it. */
    Span span();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitFixed(Fixed fixed);

        R visitCeiling(Ceiling ceiling);

        R visitNone(None none);

        R visitIf(If chain);

        R visitTable(Table table);

        R visitSum(Sum sum);
    }

    /** 给予 E（，最高 C）: a fixed amount, the enterprise can count on it. */
    record Fixed(CheckedExpr amount, Optional<CheckedExpr> cap, Span span) implements CheckedAward {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFixed(this);
        }
    }

    /** 按不超过 E 给予（，最高 C）: the authority decides, up to this ceiling. */
    record Ceiling(CheckedExpr amount, Optional<CheckedExpr> cap, Span span) implements CheckedAward {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCeiling(this);
        }
    }

    record None(Optional<String> reason, Span span) implements CheckedAward {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNone(this);
        }
    }

    /** 若 … 则 … 否则若 … 否则 …: the first branch whose condition holds. */
    record If(List<Branch> branches, CheckedAward otherwise, Span span) implements CheckedAward {
        public If {
            branches = List.copyOf(branches);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIf(this);
        }
    }

    record Branch(CheckedCondition condition, CheckedAward award) {}

    /** A table over a choice: rows in source order, an empty value is 其他. */
    record Table(CheckedExpr key, List<Row> rows, Span span) implements CheckedAward {
        public Table {
            rows = List.copyOf(rows);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTable(this);
        }
    }

    record Row(Optional<String> value, CheckedAward award) {}

    /** a 再给予 b: the parts are added up. */
    record Sum(List<CheckedAward> parts, Span span) implements CheckedAward {
        public Sum {
            parts = List.copyOf(parts);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSum(this);
        }
    }
}
