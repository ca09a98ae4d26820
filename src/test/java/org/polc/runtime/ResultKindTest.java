package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResultKindTest {

    @Test
    void chinese() {
        assertEquals("确定金额", ResultKind.FIXED.chinese());
        assertEquals("最高可得", ResultKind.CEILING.chinese());
        assertEquals("不予", ResultKind.NONE.chinese());
    }

    @Test
    void constants() {
        assertArrayEquals(new ResultKind[] {ResultKind.FIXED, ResultKind.CEILING, ResultKind.NONE},
                ResultKind.values());
    }
}
