package org.polc.model;

/**
 * 由 X 提高至 Y: a value the text changes. The clause computes with {@code after}; {@code before} is
 * kept so that explanations, the catalog and the generated Javadoc say what changed.
 *
 * @param type what both values are (money in 元, a rate as a fraction …)
 * @param verb the verb as written (提高至, 提高到, 降低至, 调整为 …)
 * @param beforeText the old value as written (50%, 200万元)
 * @param afterText the new value as written (60%, 500万元)
 */
public record Change(Type type, Rational before, String beforeText, String verb, Rational after, String afterText) {

    /** As the text says it, without spaces: 由50%提高至60%. */
    public String text() {
        return "由" + compact(beforeText) + verb + compact(afterText);
    }

    /** The new value with the change beside it: 60%（由50%提高至60%）. */
    public String shown() {
        return compact(afterText) + "（" + text() + "）";
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
