package org.polc.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.SourceFile;
import org.polc.testing.Fixtures;

/**
 * Inputs at the extremes: nesting ten thousand deep in every construct that nests, long chains,
 * huge names and strings, and a large file (2 MB; 50 MB with -Dpolc.fuzz.large=true). polc must end
 * each with diagnostics or success — no StackOverflowError, no exception, within the hang limit —
 * and its time must grow linearly with the depth (measured in the fuzz profile).
 */
class ExtremeInputsTest {

    static final int DEEP = 10_000;

    /** A hang detector for inputs ten thousand deep; their speed is checked by the linearity ratio. */
    static final Duration EXTREME_HANG = Duration.ofSeconds(60);

    private static final String HEAD = "政策 测试政策\n  有效期 2024-01-01 至 2024-12-31\n部分 一 测试\n  牵头单位 市科技局\n";

    /** One clause with a money input 甲, a yes/no input 乙 and a choice 类, then {@code body}. */
    static String clause(String body) {
        return HEAD + "条款 一 测试\n  原文 “测试”\n  输入\n    甲：金额\n    乙：是否\n    类：选项（子，丑）\n" + body + "\n";
    }

    /** Distinct names without digits: 值甲, 值乙 … 值甲乙 … */
    static String name(String prefix, int i) {
        String chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
        StringBuilder sb = new StringBuilder(prefix);
        do {
            sb.append(chars.charAt(i % chars.length()));
            i /= chars.length();
        } while (i > 0);
        return sb.toString();
    }

    record Shape(String name, IntFunction<String> text) {}

    /** Everything that nests, or chains, {@code n} deep. */
    static List<Shape> deepShapes() {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape("brackets in an expression （（…甲…））", n -> clause("  补助 丙：给予 " + "（".repeat(n) + "甲" + "）".repeat(n))));
        shapes.add(new Shape("若 … 则 nested", n -> clause("  补助 丙：" + "若 乙 则 ".repeat(n) + "给予 1元" + " 否则 不予".repeat(n))));
        shapes.add(new Shape("否则若 chain", n -> clause("  补助 丙：若 乙 则 给予 1元" + " 否则若 乙 则 给予 1元".repeat(n) + " 否则 不予")));
        shapes.add(new Shape("非 非 非 …", n -> clause("  补助 丙：若 " + "非 ".repeat(n) + "乙 则 给予 1元 否则 不予")));
        shapes.add(new Shape("a + b + c … terms", n -> clause("  补助 丙：给予 甲" + " + 甲".repeat(n))));
        shapes.add(new Shape("unary minus ---甲", n -> clause("  补助 丙：给予 " + "-".repeat(n) + "甲")));
        shapes.add(new Shape("unary minus - - - 甲", n -> clause("  补助 丙：给予 " + "- ".repeat(n) + "甲")));
        shapes.add(new Shape("brackets in a condition （（…乙…））", n -> clause("  补助 丙：若 " + "（".repeat(n) + "乙" + "）".repeat(n) + " 则 给予 1元 否则 不予")));
        shapes.add(new Shape("再给予 chain", n -> clause("  补助 丙：给予 1元" + " 再给予（给予 1元）".repeat(n))));
        shapes.add(new Shape("brackets around an award", n -> clause("  补助 丙：" + "（".repeat(n) + "给予 1元" + "）".repeat(n))));
        shapes.add(new Shape("且 chain", n -> clause("  补助 丙：若 乙" + " 且 乙".repeat(n) + " 则 给予 1元 否则 不予")));
        shapes.add(new Shape("或 chain", n -> clause("  补助 丙：若 乙" + " 或 乙".repeat(n) + " 则 给予 1元 否则 不予")));
        shapes.add(new Shape("较小值（较小值（…））", n -> clause("  补助 丙：给予 " + "较小值（".repeat(n) + "甲" + "，1元）".repeat(n))));
        shapes.add(new Shape("查表 inside 查表", n -> clause("  补助 丙：" + "按 类 查表（子 ⇒ 不予，其他 ⇒ ".repeat(n) + "给予 1元" + "）".repeat(n))));
        shapes.add(new Shape("的 chain 甲 的 5% 的 5% …", n -> clause("  补助 丙：给予 甲" + " 的 5%".repeat(n))));
        shapes.add(new Shape("unclosed brackets", n -> clause("  补助 丙：给予 " + "（".repeat(n) + "甲")));
        shapes.add(new Shape("unmatched closing brackets", n -> clause("  补助 丙：给予 甲" + "）".repeat(n))));
        shapes.add(new Shape("nested quotes ““…””", n -> HEAD + "条款 一 测试\n  原文 " + "“".repeat(n) + "测试" + "”".repeat(n) + "\n"));
        shapes.add(new Shape("unclosed quotes “““…", n -> HEAD + "条款 一 测试\n  原文 " + "“".repeat(n) + "测试\n"));
        shapes.add(new Shape("definition chain", n -> {
            StringBuilder sb = new StringBuilder("  定义 " + name("定", 0) + " = 甲\n");
            for (int i = 1; i < n; i++) {
                sb.append("  定义 ").append(name("定", i)).append(" = ").append(name("定", i - 1)).append(" + 1元\n");
            }
            return clause(sb + "  补助 丙：给予 " + name("定", n - 1));
        }));
        shapes.add(new Shape("认定 chain", n -> {
            StringBuilder sb = new StringBuilder("  认定 " + name("认", 0) + "：乙\n");
            for (int i = 1; i < n; i++) {
                sb.append("  认定 ").append(name("认", i)).append("：").append(name("认", i - 1)).append('\n');
            }
            return clause(sb + "  补助 丙：若 " + name("认", n - 1) + " 则 给予 1元 否则 不予");
        }));
        shapes.add(new Shape("many empty 条款 headings", n -> HEAD + "条款 一\n".repeat(n)));
        shapes.add(new Shape("a line of unrecognized characters", n -> clause("  补助 丙：给予 甲 " + "§".repeat(n))));
        shapes.add(new Shape("many stray closing brackets lines", n -> clause("）\n".repeat(n))));
        return shapes;
    }

    /**
     * Each shape ten thousand deep ends with diagnostics or success: no StackOverflowError, no
     * exception, within {@link #EXTREME_HANG}. All shapes run one after another in a JVM of their own
     * ({@link ForkedCompile}), so that a hang is killed rather than left running in the test JVM; a
     * shape after a failing one is reported as not run.
     */
    @TestFactory
    Stream<DynamicTest> tenThousandDeepEndsWithDiagnosticsOrSuccess() {
        Fuzz.Stats stats = new Fuzz.Stats("ExtremeInputsTest.tenThousandDeep");
        List<Shape> shapes = deepShapes();
        List<String> texts = shapes.stream().map(s -> s.text().apply(DEEP)).toList();
        List<ForkedCompile.Outcome> outcomes = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            int index = i;
            Shape shape = shapes.get(i);
            tests.add(DynamicTest.dynamicTest(shape.name(), () -> {
                if (outcomes.isEmpty()) {
                    outcomes.addAll(ForkedCompile.run(texts, EXTREME_HANG));
                }
                if (index >= outcomes.size()) {
                    throw new AssertionError("not run: the forked JVM stopped at an earlier shape (see its failure)");
                }
                ForkedCompile.Outcome run = outcomes.get(index);
                check(stats, shape, run, texts.get(index), DEEP);
                System.out.printf(Locale.ROOT, "[fuzz] %-36s n=%d, %7d chars: %.3f s, %s, %d diagnostics%n", shape.name(), DEEP,
                        texts.get(index).length(), run.seconds(), run.ok() ? "no errors" : "errors", run.diagnostics());
                Fuzz.publish(stats);
            }));
        }
        return tests.stream();
    }

    /**
     * Time linear in the depth (fuzz profile only: timing on a busy 2-core machine is too noisy for
     * every build): four times as deep (10,000 against 2,500) may take at most eight times as long
     * (twice the linear figure, for noise; quadratic work takes sixteen), best of two runs against
     * best of three, in a JVM of its own; anything under a second passes.
     */
    @TestFactory
    @EnabledIfSystemProperty(named = "polc.fuzz.large", matches = "true")
    Stream<DynamicTest> timeIsLinearInTheDepth() {
        Fuzz.Stats stats = new Fuzz.Stats("ExtremeInputsTest.linearInDepth");
        List<DynamicTest> tests = new ArrayList<>();
        for (Shape shape : deepShapes()) {
            tests.add(DynamicTest.dynamicTest(shape.name(), () -> {
                int small = DEEP / 4;
                String smallText = shape.text().apply(small);
                String text = shape.text().apply(DEEP);
                List<String> texts = List.of(smallText, smallText, smallText, text, text);
                List<ForkedCompile.Outcome> runs = ForkedCompile.run(texts, EXTREME_HANG);
                for (int i = 0; i < texts.size(); i++) {
                    if (i >= runs.size()) {
                        throw new AssertionError(shape.name() + ": the forked JVM stopped early");
                    }
                    check(stats, shape, runs.get(i), texts.get(i), i < 3 ? small : DEEP);
                }
                double tSmall = Math.min(runs.get(0).seconds(), Math.min(runs.get(1).seconds(), runs.get(2).seconds()));
                double tLarge = Math.min(runs.get(3).seconds(), runs.get(4).seconds());
                double limit = Math.max(8 * tSmall, 1.0);
                System.out.printf(Locale.ROOT, "[fuzz] %-36s n=%d %.3f s, n=%d %.3f s, ratio %.1f%n", shape.name(), small, tSmall, DEEP, tLarge,
                        tLarge / tSmall);
                stats.note(shape.name(), String.format(Locale.ROOT, "n=%d %.3f s, n=%d %.3f s", small, tSmall, DEEP, tLarge));
                Fuzz.publish(stats);
                if (tLarge > limit) {
                    throw new AssertionError(String.format(Locale.ROOT,
                            "%s: not linear: depth %d takes %.2f s, depth %d takes %.2f s (%.1f×, at most 8× allowed)", shape.name(), small,
                            tSmall, DEEP, tLarge, tLarge / tSmall));
                }
            }));
        }
        return tests.stream();
    }

    /** Records one forked outcome; a crash or hang fails the test with the input saved. */
    private static void check(Fuzz.Stats stats, Shape shape, ForkedCompile.Outcome run, String text, int depth) {
        if (run.failure() != null) {
            if (run.failure().startsWith("hang")) {
                stats.hangs++;
            } else {
                stats.crashes++;
            }
            Fuzz.publish(stats);
            throw Fuzz.failure(stats, shape.name() + " at depth " + depth + ": " + run.failure(), Fuzz.one("deep.pol", text), null);
        }
        stats.record((long) (run.seconds() * 1e9), Fuzz.utf8Length(text), run.ok());
    }

    /**
     * A small clause (sixty short lines) whose definitions each use the two before them: an ordinary
     * input, so the ordinary hang limit applies. Work that revisits a shared definition once per path
     * is exponential here.
     */
    @Test
    void definitionsThatShareEarlierDefinitionsTakeLinearTime() {
        Fuzz.Stats stats = new Fuzz.Stats("ExtremeInputsTest.sharedDefinitions");
        StringBuilder sb = new StringBuilder("  定义 " + name("定", 0) + " = 甲\n  定义 " + name("定", 1) + " = 甲\n");
        int n = 60;
        for (int i = 2; i < n; i++) {
            sb.append("  定义 ").append(name("定", i)).append(" = 较小值（").append(name("定", i - 1)).append("，").append(name("定", i - 2)).append("）\n");
        }
        String text = clause(sb + "  补助 丙：若 乙 则 给予 " + name("定", n - 1) + " 否则 不予");
        try {
            Fuzz.compile(stats, "fuzz", Fuzz.one("shared.pol", text));
        } finally {
            Fuzz.publish(stats);
        }
    }

    /**
     * Programs that are wide rather than deep. When polc accepts one, its Java must compile: javac
     * limits a method to 64 KB of bytecode and 255 parameters, and polc must refuse what it cannot
     * generate rather than emit Java that does not compile.
     */
    @TestFactory
    Stream<DynamicTest> wideProgramsThatPolcAcceptsCompileAsJava() {
        Fuzz.Stats stats = new Fuzz.Stats("ExtremeInputsTest.wide");
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape("1,000 否则若 branches", n -> {
            StringBuilder sb = new StringBuilder("  补助 丙：若 乙 则 给予 1元");
            for (int i = 0; i < n; i++) {
                sb.append("\n    否则若 甲 达 ").append(i + 1).append("元 则 给予 ").append(i + 2).append("元");
            }
            return clause(sb + "\n    否则 不予");
        }));
        shapes.add(new Shape("a 选项 of 3,000 values and a 查表 over them", n -> {
            StringBuilder values = new StringBuilder();
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < 3 * n; i++) {
                values.append(i == 0 ? "" : "，").append(name("值", i));
                rows.append(i == 0 ? "" : "，\n    ").append(name("值", i)).append(" ⇒ 给予 ").append(i + 1).append("元");
            }
            return HEAD + "条款 一 测试\n  原文 “测试”\n  输入\n    档：选项（" + values + "）\n  补助 丙：按 档 查表（" + rows + "）\n";
        }));
        shapes.add(new Shape("a calculator of 260 inputs", n -> {
            StringBuilder inputs = new StringBuilder();
            StringBuilder args = new StringBuilder();
            for (int i = 0; i < 260; i++) {
                inputs.append("    ").append(name("额", i)).append("：金额\n");
                args.append(i == 0 ? "" : "，").append(name("额", i));
            }
            return HEAD + "条款 一 测试\n  原文 “测试”\n  输入\n" + inputs + "  补助 丙：给予 较大值（" + args + "）\n";
        }));
        // At polc's own limits (check/Limits.java): accepted, and the Java must compile.
        shapes.add(new Shape("a calculator of 100 inputs (the limit)", n -> {
            StringBuilder inputs = new StringBuilder();
            StringBuilder args = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                inputs.append("    ").append(name("额", i)).append("：").append(i % 2 == 0 ? "金额" : "数量（家）").append('\n');
                args.append(i == 0 ? "" : "，").append(i % 2 == 0 ? name("额", i) : name("额", i) + " × 1元");
            }
            return HEAD + "条款 一 测试\n  原文 “测试”\n  输入\n" + inputs + "  补助 丙：给予 较大值（" + args + "）\n";
        }));
        shapes.add(new Shape("a 选项 of 200 values and a 查表 over them (the limit)", n -> {
            StringBuilder values = new StringBuilder();
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                values.append(i == 0 ? "" : "，").append(name("值", i));
                rows.append(i == 0 ? "" : "，\n    ").append(name("值", i)).append(" ⇒ 给予 ").append(i + 1).append("元");
            }
            return HEAD + "条款 一 测试\n  原文 “测试”\n  输入\n    档：选项（" + values + "）\n  补助 丙：按 档 查表（" + rows + "）\n";
        }));
        shapes.add(new Shape("a calculator of nearly 2,000 nodes (the limit)", n -> {
            StringBuilder inputs = new StringBuilder();
            StringBuilder inner = new StringBuilder();
            for (int i = 0; i < 21; i++) {
                inputs.append("    ").append(name("额", i)).append("：金额\n");
                inner.append(i == 0 ? "" : "，").append(name("额", i));
            }
            StringBuilder outer = new StringBuilder();
            for (int i = 0; i < 45; i++) { // two branches of 45 × 22 nodes, and a few more: 1,989
                outer.append(i == 0 ? "" : "，").append("较小值（").append(inner).append("）");
            }
            return HEAD + "条款 一 测试\n  原文 “测试”\n  输入\n" + inputs + "  补助 丙：若 " + name("额", 0) + " 达到 1元 则 给予 较大值（" + outer
                    + "） 否则 给予 较小值（" + outer + "）\n";
        }));
        shapes.add(new Shape("200 calculators in one clause (the limit)", n -> {
            StringBuilder calculators = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                calculators.append("  补助 ").append(name("奖", i)).append("：若 甲 达到 ").append(i + 1).append("万元 则 给予 甲 × 5% 最高 ")
                        .append(i + 1).append("万元 否则 不予\n");
            }
            return HEAD + "条款 一 测试\n  原文 “测试”\n  输入\n    甲：金额\n" + calculators;
        }));
        List<DynamicTest> tests = new ArrayList<>();
        for (Shape shape : shapes) {
            tests.add(DynamicTest.dynamicTest(shape.name(), () -> {
                String text = shape.text().apply(1000);
                List<SourceFile> sources = Fuzz.one("wide.pol", text);
                Compilation c = Fuzz.compile(stats, "fuzz", sources, EXTREME_HANG);
                Fuzz.publish(stats);
                if (!c.ok()) {
                    String refusal = c.diagnostics().sorted().stream().filter(d -> d.isError()).findFirst().orElseThrow().message();
                    System.out.println("[fuzz] " + shape.name() + ": refused by polc: " + refusal);
                    if (shape.name().endsWith("(the limit)")) {
                        throw new AssertionError(shape.name() + ": polc should accept a clause at its limits, but: " + refusal);
                    }
                    return;
                }
                String errors = new WellFormedProgramFuzzTest.Javac().compile(Fuzz.generateJava(c));
                System.out.println("[fuzz] " + shape.name() + ": accepted by polc; javac: " + (errors == null ? "compiles" : errors.lines().findFirst().orElse("")));
                if (errors != null) {
                    throw Fuzz.failure(stats, "polc accepted the program, but its generated Java does not compile:\n"
                            + errors.lines().limit(5).collect(java.util.stream.Collectors.joining("\n")), sources, null);
                }
            }));
        }
        return tests.stream();
    }

    /**
     * A large file of copies of part2.pol (clause numbers repeat, so it ends with diagnostics):
     * 2 MB by default, 50 MB with -Dpolc.fuzz.large=true. Prints its time and memory.
     */
    @Test
    void aLargeFileEndsWithDiagnostics() throws IOException {
        Fuzz.Stats stats = new Fuzz.Stats("ExtremeInputsTest.largeFile");
        Path folder = Fixtures.policies().resolve("hangzhou2024");
        String header = Files.readString(folder.resolve("policy.pol"), StandardCharsets.UTF_8);
        String part2 = Files.readString(folder.resolve("part2.pol"), StandardCharsets.UTF_8);
        long target = (Fuzz.LARGE ? 50L : 2L) * 1_000_000;
        long partBytes = part2.getBytes(StandardCharsets.UTF_8).length;
        String text = part2.repeat((int) ((target + partBytes - 1) / partBytes));
        List<SourceFile> sources = List.of(new SourceFile("policy.pol", header), new SourceFile("part2.pol", text));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        MemoryWatch watch = new MemoryWatch();
        long start = System.nanoTime();
        Compilation c;
        try {
            c = Fuzz.compile(stats, "hangzhou2024", sources, Duration.ofMinutes(Fuzz.LARGE ? 30 : 5));
        } finally {
            watch.stop();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String line = String.format(Locale.ROOT, "large file: %.1f MB, %.2f s (%.2f MB/s), heap before %d MB, peak %d MB, max heap %d MB; %d diagnostics (%d errors)",
                Fuzz.utf8Length(text) / 1e6, seconds, Fuzz.utf8Length(text) / 1e6 / seconds, before >> 20, watch.peak >> 20, rt.maxMemory() >> 20,
                c.diagnostics().sorted().size(), c.diagnostics().errorCount());
        System.out.println("[fuzz] " + line);
        stats.note("file", line);
        Fuzz.publish(stats);
        if (c.ok()) {
            throw new AssertionError("copies of part2.pol repeat every clause number, yet polc reported no error");
        }
    }

    /** Samples the used heap every 50 ms until stopped. */
    static final class MemoryWatch {
        volatile long peak;
        private volatile boolean running = true;
        private final Thread thread;

        MemoryWatch() {
            Runtime rt = Runtime.getRuntime();
            thread = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "polc-fuzz-memory");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
            thread.interrupt();
        }
    }
}
