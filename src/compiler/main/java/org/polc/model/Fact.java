package org.polc.model;

import org.polc.diagnostics.Span;

/**
 * 事实 名称：类型 “含义” — a fact about an applicant declared once for the whole document, so that every
 * clause that needs it reads the same name (matching one enterprise against every clause relies on it).
 *
 * @param meaning what the fact is, in the drafter's words; shown in the catalog and the generated Javadoc
 */
public record Fact(String name, Type type, String meaning, Span span) {}
