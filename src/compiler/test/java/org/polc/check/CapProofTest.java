package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.model.Calculator;
import org.polc.runtime.Money;
import org.polc.testing.Fixtures;

/**
 * The cap proof (最高 X) on the real policies, and on a copy of them with a clamp removed. The
 * narrowing by earlier conditions is tested by the .pol files in src/compiler/test/pol/caps
 * (src/compiler/test/pol/CONVERTED.md).
 */
class CapProofTest {

    private static final String CLAMPED = "按不超过 新增额 × 5% 给予，最高 200万元";
    private static final String UNCLAMPED = "按不超过 新增额 × 5% 给予";

    @Test
    void theRealPoliciesCompileWithoutErrors() {
        Compilation c = Compiler.compile(Fixtures.policies());
        assertEquals(List.of(), Fixtures.errors(c), Fixtures.render(c));
        assertEquals(76, c.clauses().size()); // part1.pol: 一 to 八; part2.pol: 九 to 二十二; part3.pol: 二十三 to 三十二; part4.pol: 三十三 to 四十一;
        // part5.pol: 四十二 to 四十六; part6.pol: 四十七 to 五十三; part7.pol: 五十四 to 六十八; part8.pol: 六十九 to 七十六
        Calculator subsidy = c.clauses().stream().filter(x -> x.number() == 14).findFirst().orElseThrow()
                .calculator("研发投入补助").orElseThrow();
        assertEquals(Money.ofWan(300), subsidy.cap().orElseThrow().toMoney());
    }

    @Test
    void clause14WithoutTheClampOfItsFivePercentBranchFailsAtThatBranch(@TempDir Path temp) throws IOException {
        Path folder = copyRealPolicies(temp);
        Path part2 = folder.resolve("part2.pol");
        String text = Files.readString(part2, StandardCharsets.UTF_8);
        int at = text.indexOf(CLAMPED);
        assertTrue(at >= 0, "part2.pol no longer contains «" + CLAMPED + "»");
        String broken = text.substring(0, at) + UNCLAMPED + text.substring(at + CLAMPED.length());
        Files.writeString(part2, broken, StandardCharsets.UTF_8);

        Compilation c = Compiler.compile(temp);
        List<Diagnostic> exceeded = Fixtures.errors(c).stream().filter(d -> d.code().equals("cap.exceeded")).toList();
        assertEquals(1, exceeded.size(), Fixtures.render(c));
        Diagnostic d = exceeded.get(0);
        assertTrue(Fixtures.errors(c).stream().allMatch(e -> e.message().startsWith("第十四条")), Fixtures.render(c));

        String before = broken.substring(0, at);
        int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
        int column = before.codePointCount(before.lastIndexOf('\n') + 1, before.length()) + 1;
        assertTrue(d.span().source().displayName().endsWith("part2.pol"), d.span().source().displayName());
        assertEquals(line, d.span().line(), d.message());
        assertEquals(column, d.span().column(), d.message());
        // In this branch the earlier 「年度研发投入额 达 1亿元 以上」 failed, so 新增额 ≤ 1亿元 − 1分 = 99999999.99元;
        // 5% of it is 4999999.9995元, rounded half up to 500万元: above the declared 300万元.
        String branch = broken.substring(broken.lastIndexOf('\n', at) + 1, broken.indexOf('\n', at)).strip();
        assertEquals("第十四条：「研发投入补助」声明最高 300万元，但这一支可达 500万元（" + branch + "）", d.message());
        assertEquals(Optional.of("按原文加上「，最高 …」封顶，或核对条件"), d.hint());
    }

    private static Path copyRealPolicies(Path temp) throws IOException {
        Path source = Fixtures.policies().resolve("hangzhou2024");
        Path target = Files.createDirectories(temp.resolve("hangzhou2024"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pol")).toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
        }
        return target;
    }
}
