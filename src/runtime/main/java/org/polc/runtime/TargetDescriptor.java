package org.polc.runtime;

/**
 * 一个目标的描述：所在（文件、部分或条款）和目标如原文所写。目标是城市的目标，不是申请人可得的金额；
 * 按实际数检查它用生成的 {@code Targets} 类。
 *
 * <p>A target's descriptor: where the text states it and the target as written.
 *
 * @param place 所在，如“第一部分”
 * @param year 目标的年份，没有写时为 0
 * @param text 目标如原文所写，不含“目标”和年份
 */
public record TargetDescriptor(String place, int year, String text) {}
