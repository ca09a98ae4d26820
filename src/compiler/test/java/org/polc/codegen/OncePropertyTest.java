package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.SourceFile;
import org.polc.eval.Interpreter;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.Program;
import org.polc.runtime.Money;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.testing.Fixtures;

/**
 * 一次性, for any inputs: an applicant that already received the award (已获得… 是) gets 不予 with the
 * reason, from the generated code and the interpreter alike; one that did not gets exactly what the
 * same calculator without 一次性 gives, its explanation one step longer (the check that came first).
 * Run on calculators of every shape written here (若, a table, 再给予, 累计最高, each kind word) and on
 * every one-off calculator of policies/, each against a copy of its source with 一次性 deleted.
 */
class OncePropertyTest {

    private static final int EXAMPLES = Integer.getInteger("polc.properties.examples", 1000);

    private static final String POLICY = Fixtures.HEADER + """
            部分 二 测试部分
              牵头单位 测试局
            条款 十五 测试条款
              原文 “测试”
              输入
                投入额：金额
                新获批：是否
                等次：选项（甲等，乙等，丙等）
                已获资助额：金额
              奖励 实验室奖励 一次性 最高 100万元：
                若 新获批 则 给予 最高 100万元 否则 不予 “须为新获批”
              补助 研发补助 一次性 最高 500万元，单调 投入额：
                若 投入额 达 1000万元 则 按不超过 投入额 × 5% 给予，最高 500万元 否则 不予
              资助 运营资助 一次性：
                按 等次 查表（甲等 ⇒ 给予 30万元，乙等 ⇒ 给予 20万元，其他 ⇒ 不予 “未达乙等”）
              配套 升级配套 一次性 最高 100万元：
                （若 新获批 则 按不超过 50万元 给予 否则 不予）
                再给予（若 投入额 达 1万元 则 给予 50万元 否则 不予）
              计算 累计计算 一次性 累计最高 200万元，已获 已获资助额：
                给予 投入额 × 10%
              补贴 场地补贴 一次性：
                给予 投入额 × 1%
            """;

    /** The reasons, written out by hand from the rule of docs/language.md (the kind word kept; 计算 gives 只给予一次). */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("实验室奖励", "实验室奖励是一次性奖励，已获得过的不再给予"),
            Map.entry("研发补助", "研发补助是一次性补助，已获得过的不再给予"),
            Map.entry("运营资助", "运营资助是一次性资助，已获得过的不再给予"),
            Map.entry("升级配套", "升级配套是一次性配套，已获得过的不再给予"),
            Map.entry("累计计算", "累计计算只给予一次，已获得过的不再给予"),
            Map.entry("场地补贴", "场地补贴是一次性补贴，已获得过的不再给予"),
            Map.entry("省重点实验室奖励", "省重点实验室奖励是一次性奖励，已获得过的不再给予"),
            Map.entry("企业研发总部奖励", "企业研发总部奖励是一次性奖励，已获得过的不再给予"),
            Map.entry("孵化器升省级奖励", "孵化器升省级奖励是一次性奖励，已获得过的不再给予"),
            Map.entry("孵化器升国家级奖励", "孵化器升国家级奖励是一次性奖励，已获得过的不再给予"),
            Map.entry("重点软件企业奖励", "重点软件企业奖励是一次性奖励，已获得过的不再给予"),
            Map.entry("创新市场试点奖励", "创新市场试点奖励是一次性奖励，已获得过的不再给予"));

    private static Program once;
    private static Program without;
    private static ClassLoader loader;

    @BeforeAll
    static void compile() {
        Compilation c = Fixtures.compileFile(POLICY);
        assertTrue(c.ok(), Fixtures.render(c));
        once = c.programs().get(0);
        loader = InMemoryJavac.compile(c.generate()).loader();
        Compilation plain = Fixtures.compileFile(POLICY.replace(" 一次性", ""));
        assertTrue(plain.ok(), Fixtures.render(plain));
        without = plain.programs().get(0);
    }

    @TestFactory
    Stream<DynamicTest> anAwardAlreadyReceivedIsNotGivenAgainAndOtherwiseNothingChanges() {
        List<DynamicTest> tests = new ArrayList<>();
        Clause clause = once.clause(15).orElseThrow();
        Clause plain = without.clause(15).orElseThrow();
        GeneratedCode code = new GeneratedCode(once, clause, loader);
        for (Calculator calculator : clause.calculators()) {
            tests.add(DynamicTest.dynamicTest(calculator.name(), () -> properties(code, clause, plain, calculator)));
        }
        Program real = Fixtures.realPolicies().programs().get(0);
        Program realWithout = withoutOnce(real);
        for (Clause c : real.clauses()) {
            for (Calculator calculator : c.calculators()) {
                if (calculator.oneOff().isPresent()) {
                    Clause p = realWithout.clause(c.number()).orElseThrow();
                    tests.add(DynamicTest.dynamicTest(c.citation() + " " + calculator.name(),
                            () -> properties(new GeneratedCode(real, c), c, p, calculator)));
                }
            }
        }
        assertEquals(6 + 6, tests.size(), "six calculators here, six one-off awards in policies/ (clauses 十五 and 十七, two each; 三十六; 四十一)");
        return tests.stream();
    }

    private static void properties(GeneratedCode code, Clause clause, Clause plain, Calculator calculator) {
        String received = "已获得" + calculator.name();
        assertEquals(received, calculator.inputs().get(calculator.inputs().size() - 1), "the introduced input is the last parameter");
        Calculator plainCalculator = plain.calculator(calculator.name()).orElseThrow();
        assertEquals(calculator.inputs().subList(0, calculator.inputs().size() - 1), plainCalculator.inputs());
        String reason = REASONS.get(calculator.name());
        qt().withExamples(EXAMPLES).forAll(CapPropertyTest.inputs(plain, plainCalculator.inputs())).checkAssert(facts -> {
            Map<String, Object> yes = with(facts, received, true);
            Result generated = code.explained(calculator, yes);
            String where = calculator.name() + " " + yes + "：" + generated;
            assertEquals(Money.ZERO, generated.amount(), where);
            assertEquals(ResultKind.NONE, generated.kind(), where);
            assertEquals(List.of("依据" + clause.citation(), "「" + received + "」成立（" + received + " 是）", "不予：" + reason),
                    generated.steps().subList(0, 3), where);
            assertEquals(Money.ZERO, code.fast(calculator, yes), where);
            assertEquals(generated, new Interpreter(clause, yes).calculate(calculator), "generated = interpreter: " + where);

            Map<String, Object> no = with(facts, received, false);
            Result first = code.explained(calculator, no);
            Result same = new Interpreter(plain, facts).calculate(plainCalculator);
            String at = calculator.name() + " " + no + "：" + first + " ≠ " + same;
            assertEquals(same.amount(), first.amount(), at);
            assertEquals(same.kind(), first.kind(), at);
            List<String> steps = new ArrayList<>(same.steps());
            steps.add(1, "「" + received + "」不成立（" + received + " 否）");
            assertEquals(steps, first.steps(), at);
            assertEquals(first.amount(), code.fast(calculator, no), at);
            assertEquals(first, new Interpreter(clause, no).calculate(calculator), "generated = interpreter: " + at);
        });
    }

    private static Map<String, Object> with(Map<String, Object> facts, String name, boolean value) {
        Map<String, Object> all = new LinkedHashMap<>(facts);
        all.put(name, value);
        return all;
    }

    /** policies/ with 一次性 deleted from every calculator and the examples dropped (they give 已获得…, unknown there). */
    private static Program withoutOnce(Program real) {
        try (Stream<Path> files = Files.list(Fixtures.policies().resolve(real.id()))) {
            List<SourceFile> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".pol")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8)
                        .replaceAll("(?m)^(  (?:奖励|补助|资助|配套|补贴|计算) \\S+) 一次性", "$1")
                        .replaceAll("(?m)^  例 .*$", "");
                sources.add(new SourceFile(file.getFileName().toString(), text));
            }
            Compilation c = Compiler.compileSources(real.id(), sources);
            assertTrue(c.ok(), Fixtures.render(c));
            return c.programs().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
