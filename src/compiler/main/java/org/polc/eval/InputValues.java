package org.polc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polc.diagnostics.Names;
import org.polc.model.Clause;
import org.polc.model.Input;
import org.polc.model.Rational;
import org.polc.model.RuntimeValues;
import org.polc.model.Type;
import org.polc.runtime.Money;
import org.polc.runtime.Quantity;
import org.polc.runtime.Rate;

/**
 * Turns a JSON value into the runtime value of an input, or refuses it with a Chinese message that
 * names the clause and the input. Amounts: a number in 元 or a string such as "1200万元"; measures:
 * "3000平方米", "0.8万亩", or a bare number in the declared unit; 数值: 2.5 or "2.5".
 */
public final class InputValues {

    private InputValues() {}

    public static Object convert(Clause clause, Input input, JsonNode value) {
        String where = clause.citation() + "：输入「" + input.name() + "」";
        Type type = input.type();
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(where + "不能为空");
        }
        if (type instanceof Type.Money) {
            Money money;
            if (value.isNumber() || value.isTextual()) {
                try {
                    money = value.isNumber() ? Money.ofYuan(exact(value)) : Money.parse(value.asText());
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw new IllegalArgumentException(where + "：" + e.getMessage());
                }
            } else {
                throw new IllegalArgumentException(where + "应是金额（数字，单位元；或如 \"1200万元\" 的文字），而不是 " + value);
            }
            if (money.isNegative()) {
                throw new IllegalArgumentException(where + "不能为负数（" + money + "）");
            }
            return money;
        }
        if (type instanceof Type.Bool) {
            if (value.isBoolean()) {
                return value.asBoolean();
            }
            if (value.isTextual() && (value.asText().equals("是") || value.asText().equals("否"))) {
                return value.asText().equals("是");
            }
            throw new IllegalArgumentException(where + "应是 true/false 或 \"是\"/\"否\"，而不是 " + value);
        }
        if (type instanceof Type.Choice choice) {
            if (value.isTextual() && choice.values().contains(value.asText())) {
                return value.asText();
            }
            String suggestion = Names.onlyClosest(value.isTextual() ? value.asText() : "", choice.values())
                    .map(v -> "；您是不是要写「" + v + "」？").orElse("");
            throw new IllegalArgumentException(where + "应是以下之一：" + String.join("、", choice.values()) + "，而不是 " + value + suggestion);
        }
        if (type instanceof Type.Quantity q && !q.isCount()) {
            return measure(where, q, value);
        }
        if (type instanceof Type.Quantity q) {
            String text = value.isTextual() ? value.asText().strip() : value.toString();
            if (text.endsWith(q.unit())) {
                text = text.substring(0, text.length() - q.unit().length()).strip();
            }
            try {
                long n = new BigDecimal(text).longValueExact();
                if (n < 0) {
                    throw new IllegalArgumentException(where + "不能为负数（" + n + "）");
                }
                return n;
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException(where + "应是不为负的整数（单位" + q.unit() + "），而不是 " + value);
            }
        }
        if (type instanceof Type.Date) {
            String text = value.isTextual() ? value.asText().strip() : "";
            Matcher m = DATE.matcher(text);
            if (m.matches()) {
                try {
                    int g = m.group(1) != null ? 1 : 4;
                    return LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)), Integer.parseInt(m.group(g + 2)));
                } catch (DateTimeException doesNotExist) {
                    throw new IllegalArgumentException(where + "：日期“" + text + "”不存在");
                }
            }
            throw new IllegalArgumentException(where + "应是日期，如 \"2024-06-30\" 或 \"2024年6月30日\"，而不是 " + value);
        }
        if (type instanceof Type.Rate) {
            String text = value.isTextual() ? value.asText().strip() : exact(value).toPlainString();
            String notARate = where + "应是比例，如 \"5%\" 或 0.05，而不是 " + value;
            if (!value.isNumber() && !value.isTextual()) {
                // Jackson would read true and [] as the number 0
                throw new IllegalArgumentException(notARate);
            }
            Rate rate;
            try {
                rate = rate(text);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(notARate);
            }
            // The cap proof takes every rate to be at least zero, and so do the generated methods.
            if (rate.compareTo(Rate.ZERO) < 0) {
                throw new IllegalArgumentException(where + "不能为负数（" + value + "）");
            }
            return rate;
        }
        throw new IllegalArgumentException(where + "的类型「" + type.chinese() + "」暂不能从 JSON 读入");
    }

    /**
     * A measure: "3000.5平方米", "0.8万亩", or a bare number, which is in the declared unit (3000 for an
     * input declared in 平方米 is 3000平方米; 0.8 for one declared in 万亩 is 0.8万亩), as a bare
     * number of money is in 元. The unit must be of the declared dimension: 美元 is never 元.
     */
    private static Quantity measure(String where, Type.Quantity q, JsonNode value) {
        String example = q.baseUnit().isEmpty() ? "2.5" : "\"3000" + q.unit() + "\"";
        String wrong = where + "应是" + q.chinese() + "，如 " + example + "，而不是 " + value;
        if (!value.isNumber() && !value.isTextual()) {
            throw new IllegalArgumentException(wrong);
        }
        Quantity quantity;
        try {
            quantity = value.isNumber() ? Quantity.of(exact(value), q.unit()) : Quantity.parse(value.asText(), q.unit());
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException(where + "：" + tooLarge.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(wrong);
        }
        if (!quantity.baseUnit().equals(q.baseUnit())) {
            throw new IllegalArgumentException(q.baseUnit().isEmpty() ? where + "应是不带单位的数值，如 2.5，而不是 " + value
                    : where + "的单位应是" + q.baseUnit() + "，而不是 " + value + "：单位不同的量不换算");
        }
        if (quantity.isNegative()) {
            throw new IllegalArgumentException(where + "不能为负数（" + quantity + "）");
        }
        return quantity;
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    /** "5%", "3.95％", 0.05 or 2: a rate written as a percentage or as a decimal. */
    private static Rate rate(String text) {
        if (text.endsWith("%") || text.endsWith("％")) {
            return Rate.percent(text.substring(0, text.length() - 1));
        }
        return RuntimeValues.rate(Rational.of(new BigDecimal(text)));
    }

    private static BigDecimal exact(JsonNode number) {
        return number.decimalValue();
    }
}
