package org.polc.model;

/** What a 例 expects of a calculator: 最高可得 X, 给予 X, 不予, or just the amount (为 X). */
public enum ExpectKind { CEILING, FIXED, NONE, VALUE }
