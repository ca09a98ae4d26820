package org.polc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.testing.Fixtures;

/** The names a condition's explanation shows: every input, definition and rule it reads directly, once, in order. */
class ReferencesTest {

    private static final String CLAUSE = Fixtures.clause("""
              输入
                甲额：金额
                乙额：金额
                丙额：金额
                开关：是否
                类别：选项（甲类，乙类）
                星级：等级（五星级，四星级，三星级）
              定义 合额 = 甲额 + 乙额
              认定 甲：-甲额 ≤ 0元
              认定 乙：甲额 + 乙额 ≥ 1元
              认定 丙：较小值（甲额，乙额，丙额） ≥ 1元
              认定 丁：1元 ≤ 乙额 - 甲额
              认定 戊：非 （开关 且 （类别 为 甲类 或 星级 达到 四星级））
              认定 己：甲额 ≥ 乙额 且 甲额 ≥ 1元
              认定 庚：丁 且 合额 ≥ 1元
            """);

    private static List<String> names(Clause clause, String rule) {
        return References.of(clause.eligibility(rule).orElseThrow().condition()).stream().map(References::name).toList();
    }

    @Test
    void everyConstructIsWalked() {
        Compilation c = Fixtures.compile(CLAUSE);
        assertEquals(List.of(), Fixtures.errors(c), Fixtures.render(c));
        Clause clause = c.clauses().get(0);
        assertEquals(List.of("甲额"), names(clause, "甲"));
        assertEquals(List.of("甲额", "乙额"), names(clause, "乙"));
        assertEquals(List.of("甲额", "乙额", "丙额"), names(clause, "丙"));
        assertEquals(List.of("乙额", "甲额"), names(clause, "丁"));
        assertEquals(List.of("开关", "类别", "星级"), names(clause, "戊"));
        assertEquals(List.of("甲额", "乙额"), names(clause, "己"));
        assertEquals(List.of("丁", "合额"), names(clause, "庚"));
    }
}
