package org.polc.ast;

import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.Span;

/** What a calculator gives: the body after its colon. */
public sealed interface Award {

    Span span();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitFixed(Fixed fixed);

        R visitCeiling(Ceiling ceiling);

        R visitNone(None none);

        R visitIf(If chain);

        R visitTable(Table table);

        R visitSum(Sum sum);

        R visitPay(Pay pay);

        R visitFree(Free free);
    }

    /** 给予 E（，最高 C）: a fixed amount, the enterprise can count on it. */
    record Fixed(Span span, Expr amount, Optional<Expr> cap) implements Award {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFixed(this);
        }
    }

    /** 按不超过 E 给予（，最高 C） or 给予 最高 E: the authority decides, up to this ceiling. */
    record Ceiling(Span span, Expr amount, Optional<Expr> cap) implements Award {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCeiling(this);
        }
    }

    /** 不予 “理由”: nothing is due. */
    record None(Span span, Optional<String> reason) implements Award {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNone(this);
        }
    }

    /** 若 c1 则 a1 否则若 c2 则 a2 … 否则 a: the first branch whose condition holds. */
    record If(Span span, List<Branch> branches, Award otherwise) implements Award {
        public If {
            branches = List.copyOf(branches);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIf(this);
        }
    }

    record Branch(Span span, Condition condition, Award award) {}

    /** 按 key 查表（值 ⇒ award，…，其他 ⇒ award）. */
    record Table(Span span, Expr key, List<Row> rows) implements Award {
        public Table {
            rows = List.copyOf(rows);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTable(this);
        }
    }

    /** A row of a table; an empty value is the 其他 row. */
    record Row(Span span, Optional<String> value, Award award) {}

    /** 缴纳 E（，最高 C）: what the applicant pays, in a 应缴 calculator (通行费 × 六五折). */
    record Pay(Span span, Expr amount, Optional<Expr> cap) implements Award {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPay(this);
        }
    }

    /** 免费 “理由”: nothing to pay, in a 应缴 calculator (“绿色通道”免费). */
    record Free(Span span, Optional<String> reason) implements Award {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFree(this);
        }
    }

    /** a 再给予 b 再给予 c: the parts are added up. */
    record Sum(Span span, List<Award> parts) implements Award {
        public Sum {
            parts = List.copyOf(parts);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSum(this);
        }
    }
}
