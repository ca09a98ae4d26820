package org.polc.model;

import java.util.Optional;
import org.polc.diagnostics.Span;

/**
 * What a 例 expects of one calculator (an {@code amount}, or 不予) or 认定 rule ({@code truth}).
 */
public record Expectation(String name, ExpectKind kind, Optional<Amount> amount, Optional<Boolean> truth, Span span) {}
