package org.polc.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polc.diagnostics.Span;

/**
 * 例 “说明”：bindings ⇒ expectations.
 *
 * @param name how messages name it: 例「说明」, or 第18行的例 when it has no title
 * @param bindings input name → runtime value (Money, Rate, Long count, Boolean, choice String), in
 *     the order written
 */
public record Example(String name, Map<String, Object> bindings, List<Expectation> expectations, Span span) {

    public Example {
        bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
        expectations = List.copyOf(expectations);
    }
}
