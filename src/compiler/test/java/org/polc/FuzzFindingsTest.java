package org.polc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.codegen.JavaGenerator;
import org.polc.diagnostics.Diagnostic;
import org.polc.testing.Fixtures;

/**
 * Bugs the fuzz suite (src/compiler/test/java/org/polc/fuzz) found, each reduced to its smallest input. Every
 * test failed against polc before its fix: with an uncaught exception, or with time or generated
 * code quadratic in the input.
 */
class FuzzFindingsTest {

    private static final String CLAUSE = "条款 一 测试\n  原文 “测试”\n  输入\n    甲：金额\n    乙：是否\n";

    /** Was: ArithmeticException from intValueExact in the checker of targets. */
    @Test
    void aTargetYearBeyondAnyCalendarIsAnError() {
        Compilation c = Fixtures.compile("部分 一 测试\n  目标 9999999999年 研发投入强度 达到 3%\n" + CLAUSE + "  补助 丙：给予 甲\n");
        assertEquals(List.of("target.year"), Fixtures.errorCodes(c), Fixtures.render(c));
        assertTrue(Fixtures.errors(c).get(0).message().contains("「9999999999年」"), Fixtures.render(c));
        for (String year : List.of("24年", "999年", "10000年")) {
            Compilation wrong = Fixtures.compile("部分 一 测试\n  目标 " + year + " 研发投入强度 达到 3%\n" + CLAUSE + "  补助 丙：给予 甲\n");
            assertEquals(List.of("target.year"), Fixtures.errorCodes(wrong), Fixtures.render(wrong));
        }
        for (String year : List.of("1000年", "9999年")) {
            Compilation right = Fixtures.compile("部分 一 测试\n  目标 " + year + " 研发投入强度 达到 3%\n" + CLAUSE + "  补助 丙：给予 甲 × 5%\n"
                    + "  补助 丁：若 乙 则 给予 1元 否则 不予\n");
            assertEquals(List.of(), Fixtures.errorCodes(right), Fixtures.render(right));
        }
    }

    /**
     * Was: NumberFormatException or NullPointerException when a Part's item is left unfinished before
     * the next 部分: the broken Part was built while the next unit was read, and that unit had no error.
     */
    @Test
    void anUnfinishedPartItemBeforeTheNextPartIsASyntaxError() {
        for (String item : List.of("  预算 “资金”\n", "  原文\n", "  目标\n", "  牵头单位\n")) {
            Compilation c = Fixtures.compile("部分 一 甲\n" + item + "部分 二 乙\n  牵头单位 市科技局\n" + CLAUSE + "  补助 丙：给予 甲\n");
            assertTrue(Fixtures.errorCodes(c).contains("syntax"), item + Fixtures.render(c));
            for (Diagnostic d : Fixtures.errors(c)) {
                assertTrue(d.span().line() >= 1 && d.message().contains("语法错误"), Fixtures.render(c));
            }
        }
    }

    /**
     * Was: time quadratic in the depth (ten thousand brackets in a condition: 7 s), because the parser
     * looks ahead to each （'s ）to tell a condition from an expression. Now the 65th level is an
     * error at that bracket, before parsing.
     */
    @Test
    void bracketsDeeperThanTheNestingLimitAreOneError() {
        String deep = "（".repeat(65) + "乙" + "）".repeat(65);
        Compilation c = Fixtures.compile("部分 一 测试\n" + CLAUSE + "  补助 丙：若 " + deep + " 则 给予 甲 否则 不予\n");
        assertEquals(List.of("nesting.depth"), Fixtures.errorCodes(c), Fixtures.render(c));
        Diagnostic d = Fixtures.errors(c).get(0);
        assertTrue(d.message().contains("第一条") && d.message().contains("64"), d.message());
        assertEquals("  补助 丙：若 ".length() + 65, d.span().column(), "the caret stands on the 65th bracket");
        String allowed = "（".repeat(64) + "乙" + "）".repeat(64);
        Compilation ok = Fixtures.compile("部分 一 测试\n" + CLAUSE + "  补助 丙：若 " + allowed + " 则 给予 甲 否则 不予\n");
        assertEquals(List.of(), Fixtures.errorCodes(ok), Fixtures.render(ok));
    }

    /**
     * Was: the Java of a chain of 认定 rules, each naming the one before, repeated the whole chain in
     * every method (800 rules: 18 MB of Java; 2,500: OutOfMemoryError). Now each rule asks the one
     * before through its method: twice the rules, about twice the code.
     */
    @Test
    void theJavaOfAChainOfRulesGrowsLinearly() {
        long small = javaLength(chain(50));
        long large = javaLength(chain(100));
        assertTrue(large < small * 2.3, "50 rules: " + small + " chars of Java, 100 rules: " + large);
    }

    private static String chain(int n) {
        StringBuilder sb = new StringBuilder("部分 一 测试\n" + CLAUSE + "  认定 认甲：乙\n");
        String previous = "认甲";
        for (int i = 1; i < n; i++) {
            String name = "认" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + "子丑寅卯辰巳午未申酉".charAt(i / 10);
            sb.append("  认定 ").append(name).append("：").append(previous).append(" 且 乙\n");
            previous = name;
        }
        return sb + "  补助 丙：若 " + previous + " 则 给予 甲 否则 不予\n";
    }

    private static long javaLength(String body) {
        Compilation c = Fixtures.compile(body);
        assertEquals(List.of(), Fixtures.errorCodes(c), Fixtures.render(c));
        long n = 0;
        for (JavaFile f : JavaGenerator.generate(c.programs().get(0), clause -> "test.pol")) {
            n += f.toString().length();
        }
        return n;
    }

    /**
     * Was: ArrayIndexOutOfBoundsException in the checker: a 较小值 with its arguments missing, as a
     * repaired tree has it (found by the long fuzz run in a mutated example of clause 十八).
     */
    @Test
    void aMinimumWithoutArgumentsIsASyntaxError() {
        for (String value : List.of("较小值 否", "较大值", "较小值（）", "较大值（，）")) {
            Compilation c = Fixtures.compile("部分 一 测试\n" + CLAUSE + "  补助 丙：给予 甲\n  例：甲 " + value + "，乙 否 ⇒ 丙 给予 1元\n");
            assertTrue(Fixtures.errorCodes(c).contains("syntax"), value + "\n" + Fixtures.render(c));
        }
    }
}
