package org.polc.model;

import java.util.Optional;
import org.polc.diagnostics.Span;
import org.polc.vocabulary.Comparison;

/**
 * 目标 [2024年] [力争|争取|确保] indicator [comparison] value.
 *
 * @param value in the base unit of {@code unit}
 * @param otherIndicator the indicator compared with, when the value names one
 */
public record Target(Optional<Integer> year, Optional<String> strength, String indicator, Optional<Comparison> comparison,
        String comparisonWords, Optional<Rational> value, Optional<String> valueText, Optional<String> unit,
        Optional<String> otherIndicator, Span span) {}
