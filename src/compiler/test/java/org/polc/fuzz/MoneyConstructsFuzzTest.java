package org.polc.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.SourceFile;

/**
 * The fuzz generator writes each construct of money — a changed value (由 … 提高至 …), a payment
 * (应缴 … 缴纳 / 免费), a cumulative ceiling (累计最高 … 已获 …), a total over the Parts
 * (除交叉重叠部分外), a budget per year with a target based on it (预算 “…” 2023—2025年 每年 …; 达到 预算 “…” 的 40%)
 * — and clean programs that use them compile without errors, so the well-formed
 * fuzz suite reaches their checks, proofs and code generation.
 */
class MoneyConstructsFuzzTest {

    private static final Map<String, String> CONSTRUCTS = new LinkedHashMap<>();

    static {
        CONSTRUCTS.put("changed value", "由 ");
        CONSTRUCTS.put("payment", "应缴 ");
        CONSTRUCTS.put("cumulative ceiling", "累计最高 ");
        CONSTRUCTS.put("total over the Parts", "除交叉重叠部分外");
        CONSTRUCTS.put("budget per year with a target on it", "“激励资金");
    }

    @Test
    void everyConstructIsGeneratedAndCompilesWhenClean() {
        Map<String, Integer> written = new LinkedHashMap<>();
        Map<String, Integer> compiled = new LinkedHashMap<>();
        qt().withFixedSeed(20241201L).withExamples(400).forAll(PolGenerator.programs(true)).checkAssert(program -> {
            String text = program.sources().stream().map(SourceFile::text).collect(Collectors.joining("\n"));
            boolean ok = false;
            boolean checked = false;
            for (Map.Entry<String, String> c : CONSTRUCTS.entrySet()) {
                if (!text.contains(c.getValue())) {
                    continue;
                }
                written.merge(c.getKey(), 1, Integer::sum);
                if (!checked) {
                    Compilation compilation = Compiler.compileSources("fuzz", program.sources());
                    ok = compilation.ok();
                    checked = true;
                }
                if (ok) {
                    compiled.merge(c.getKey(), 1, Integer::sum);
                }
            }
        });
        for (String construct : CONSTRUCTS.keySet()) {
            assertTrue(written.getOrDefault(construct, 0) > 0, "the generator never writes a " + construct + ": " + written);
            assertTrue(compiled.getOrDefault(construct, 0) > 0, "no clean program with a " + construct + " compiles: " + compiled);
        }
    }
}
