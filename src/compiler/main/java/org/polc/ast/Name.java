package org.polc.ast;

import org.polc.diagnostics.Span;

/** A name as written, with its position: a choice value, a name in a 单调 list. */
public record Name(String text, Span span) {}
