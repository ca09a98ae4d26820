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

    record Quantity(Unit.Dimension dimension, String unit) implements Type {
        public String chinese() {
            return dimension.chinese();
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
}
