package org.polc.model;

import java.util.List;

/** The types of Pol values. Quantities carry their dimension so that 300万元 + 5亩 is caught. */
public sealed interface Type {

    /** How the type is named in messages to drafters. */
    String chinese();

    record Money() implements Type {
        public String chinese() {
            return "金额";
        }
    }

    /** 5%, 2倍, 三分之二, 1:1, and plain numbers: a dimensionless exact fraction. */
    record Rate() implements Type {
        public String chinese() {
            return "比例";
        }
    }

    /**
     * A quantity of one dimension: a count (家, 个 …, a {@code long} at run time) or a measure (亩,
     * 平方米, 美元 …, and the plain number 数值, a {@code runtime.Quantity}). {@code unit} is the unit
     * the input was declared in (万亩), shown in messages and read for a bare number in {@code polc
     * eval}; constants carry the base unit. Two quantities of one dimension are the same type
     * whatever their declared unit, so an input in 万亩 compares with 8000亩.
     */
    record Quantity(Unit.Dimension dimension, String unit) implements Type {
        public String chinese() {
            return dimension.chinese();
        }

        /** Whether it counts things (家, 个 …): whole numbers, a {@code long} at run time. */
        public boolean isCount() {
            return dimension.isCount();
        }

        /** The dimension's base unit (亩 for 万亩), as the runtime checks it; empty for 数值. */
        public String baseUnit() {
            return dimension.baseUnit();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Quantity q && q.dimension.equals(dimension);
        }

        @Override
        public int hashCode() {
            return dimension.hashCode();
        }
    }

    record Bool() implements Type {
        public String chinese() {
            return "是否";
        }
    }

    record Date() implements Type {
        public String chinese() {
            return "日期";
        }
    }

    /** 选项 or, when ordered, 等级 (values listed from the highest). */
    record Choice(String name, List<String> values, boolean ordered) implements Type {
        public String chinese() {
            return (ordered ? "等级" : "选项") + "（" + String.join("，", values) + "）";
        }
    }

    Money MONEY = new Money();
    Rate RATE = new Rate();
    Bool BOOL = new Bool();
    Date DATE = new Date();
    /** 数值: a plain number such as 容积率 2.5, shown as a number and not as 250%. */
    Quantity NUMBER = new Quantity(Unit.Dimension.NUMBER, "");
}
