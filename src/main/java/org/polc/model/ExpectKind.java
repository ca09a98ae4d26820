package org.polc.model;

/**
 * What a 例 expects of a calculator: 最高可得 X, 给予 X, 不予, or just the amount (为 X); of a payment
 * (应缴), 应缴 X or 免费.
 */
public enum ExpectKind { CEILING, FIXED, NONE, VALUE, PAYABLE, FREE }
