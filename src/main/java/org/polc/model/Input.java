package org.polc.model;

import org.polc.diagnostics.Span;

/** 输入 名称：类型 — a fact about the applicant that the clause reads. */
public record Input(String name, Type type, Span span) {}
