package org.polc.model;

/**
 * What a 例 expects of a calculator: 最高可得 X, 给予 X, 不予, or just the amount (为 X); of a payment
 * (应缴), 应缴 X or 免费; of a 合规 rule its verdict: 合规, 不合规, 未达一般要求.
 */
public enum ExpectKind { CEILING, FIXED, NONE, VALUE, PAYABLE, FREE, COMPLIANT, NOT_COMPLIANT, GENERAL_NOT_MET }
