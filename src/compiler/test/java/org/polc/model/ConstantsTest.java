package org.polc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.testing.Fixtures;

/** The constants a clause mentions, found in every construct (they seed the monotonicity search). */
class ConstantsTest {

    private static final String CLAUSE = Fixtures.clause("""
              输入
                甲额：金额
                乙额：金额
                类别：选项（甲类，乙类）
              定义 负 = -（甲额 + 1元）
              定义 左 = 2元 + 甲额
              定义 小 = 较小值（甲额，3元）
              定义 率 = 甲额 × 5%
              认定 左比：4元 ≤ 甲额
              认定 右比：甲额 ≥ 5元
              认定 非比：非 甲额 ≥ 6元
              认定 且比：甲额 ≥ 7元 且 乙额 ≥ 8元
              认定 或比：甲额 ≥ 9元 或 乙额 ≥ 10元
              补助 定额：给予 11元，最高 12元
              补助 上限：按不超过 13元 给予，最高 14元
              补助 分支：若 甲额 ≥ 15元 则 给予 16元 否则 给予 17元
              补助 查：按 类别 查表（甲类 ⇒ 给予 18元，其他 ⇒ 给予 19元）
              补助 合：给予 20元 再给予 21元
            """);

    @Test
    void everyMoneyConstantOfEveryConstructIsFoundInOrder() {
        Compilation c = Fixtures.compile(CLAUSE);
        assertEquals(List.of(), Fixtures.errors(c), Fixtures.render(c));
        List<Rational> expected = LongStream.rangeClosed(1, 21).mapToObj(Rational::of).toList();
        assertEquals(expected, Constants.of(c.clauses().get(0), Type.Money.class));
    }

    @Test
    void onlyConstantsOfTheAskedTypeAreFound() {
        Compilation c = Fixtures.compile(CLAUSE);
        assertEquals(List.of(Rational.of(1).dividedBy(Rational.of(20))), Constants.of(c.clauses().get(0), Type.Rate.class));
    }
}
