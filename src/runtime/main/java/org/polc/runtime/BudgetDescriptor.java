package org.polc.runtime;

/**
 * 一项预算的描述：所在（文件、部分或条款）、名称和总额如原文所写。预算是条文陈述的事实，不由计算器计算。
 *
 * <p>A budget's descriptor: where the text states it, its name and its total as written.
 *
 * @param place 所在，如“第二部分”“第十四条”，文件头的预算为文件标题
 * @param total 总额如原文所写，如“27.6亿元”
 */
public record BudgetDescriptor(String place, String name, String total) {}
