package org.polc.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.testing.Fixtures;

/**
 * Regression: a money literal beyond what the runtime can hold
 * (Long.MAX_VALUE 分 ≈ 9.2×10^16 元; 100000万亿元 = 10^17 元) used to pass `polc check`, and
 * `polc compile` then died with "polc 内部错误 … BigInteger out of long range". docs/language.md §21
 * promises overflow is reported, never silent; the checker should reject the literal.
 */
class LiteralsRangeTest {

    private static Compilation compile(String items) {
        return Fixtures.compile(Fixtures.clause("""
                %s
                """).formatted(items));
    }

    @Test
    void awardBeyondTheMoneyRangeIsACompileError() {
        Compilation c = compile("  补助 试算：给予 100000万亿元");
        assertFalse(c.ok(), "100000万亿元 = 10^19 分 does not fit the runtime's long 分");
    }

    @Test
    void thresholdBeyondTheMoneyRangeIsACompileError() {
        Compilation c = compile("""
                  输入
                    甲：金额
                  补助 试算：若 甲 达 100000万亿元 则 给予 1万元 否则 不予
                """);
        assertFalse(c.ok(), "100000万亿元 = 10^19 分 does not fit the runtime's long 分");
    }
}
