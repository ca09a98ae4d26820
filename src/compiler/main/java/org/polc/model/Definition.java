package org.polc.model;

import org.polc.diagnostics.Span;

/** 定义 名称 = 表达式. */
public record Definition(String name, CheckedExpr expr, Span span) {}
