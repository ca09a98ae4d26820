package org.polc.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.polc.bench.engines.Spel;

/**
 * The check before timing: every engine, the same cases (each threshold and cap on both sides, every rounding
 * remainder, then random ones), the same amounts to the 分. The reference is the generated fast method; an
 * exact engine that differs on any case fails the run (exit status 1) with the case; an inexact engine (SpEL
 * compiled works in double) is reported with the number of differing cases and examples, never hidden.
 * Also checks the whole-policy facts used by PolicyBenchmarks.
 *
 * <p>Run: part of {@code mvn -B -Pbench -DskipTests verify}, before JMH; or alone with
 * {@code java -cp … org.polc.bench.EnginesAgree}.
 */
public final class EnginesAgree {

    private EnginesAgree() {
    }

    public static void main(String[] args) {
        List<String> failures = new ArrayList<>();
        List<Clause14Engines.Case> cases14 = Clause14Engines.checkCases();
        check("第十四条 研发投入补助", cases14, new Clause14Engines().all(), failures);
        List<Clause12Engines.Case> cases12 = Clause12Engines.checkCases();
        check("第十二条 国家省重点科研任务补助", cases12, new Clause12Engines().all(), failures);
        List<Clause48Engines.Case> cases48 = Clause48Engines.checkCases();
        check("第四十八条 出口信用保险资助", cases48, new Clause48Engines().all(), failures);

        System.out.println();
        System.out.println("SpEL 能否把 BigDecimal 的表达式编译成字节码（不能时只能解释执行）：第十四条 "
                + Spel.compiles(Clause14Engines.SPEL_DECIMAL, cases14.stream().map(c -> c.big).toList()) + "，第十二条 "
                + Spel.compiles(Clause12Engines.SPEL_DECIMAL, cases12.stream().map(c -> c.big).toList()) + "，第四十八条 "
                + Spel.compiles(Clause48Engines.SPEL_DECIMAL, cases48.stream().map(c -> c.big).toList()));

        PolicyFacts.Summary policy = PolicyFacts.summary(PolicyFacts.build(1, 76));
        System.out.println();
        System.out.println("全文件（Hangzhou2024）：一家企业的事实给出 " + policy.inputs() + " 个输入；计算器 " + policy.calculators()
                + " 个（全部可算 " + policy.calculatorsEvaluated() + "），认定 " + policy.eligibilities() + " 条，合规规则 "
                + policy.complianceRules() + " 条；快速与说明两条路径的金额一致：" + policy.fastMatchesExplained());
        if (policy.calculatorsEvaluated() != policy.calculators() || !policy.fastMatchesExplained()) {
            failures.add("全文件的事实没有覆盖每个计算器，或快速与说明的金额不一致");
        }

        if (!failures.isEmpty()) {
            System.out.println();
            System.out.println("不一致（精确的引擎必须逐分相同）：");
            failures.forEach(f -> System.out.println("  " + f));
            System.exit(1);
        }
        System.out.println();
        System.out.println("各精确引擎在全部用例上金额逐分一致。");
    }

    private static <C> void check(String title, List<C> cases, List<Engine<C>> engines, List<String> failures) {
        Function<C, BigDecimal> reference = engines.stream().filter(e -> e.name().equals("generated fast")).findFirst()
                .orElseThrow().amount();
        System.out.println();
        System.out.println(title + "：" + cases.size() + " 个用例（门槛与上限两侧、每种舍入余数、随机），以生成的快速方法为准");
        for (Engine<C> engine : engines) {
            int differ = 0;
            List<String> examples = new ArrayList<>();
            for (C c : cases) {
                BigDecimal expected = reference.apply(c);
                BigDecimal actual;
                try {
                    actual = engine.amount().apply(c);
                } catch (RuntimeException e) {
                    differ++;
                    if (examples.size() < 3) {
                        examples.add(c + " ⇒ 出错 " + e);
                    }
                    continue;
                }
                if (!Amounts.same(expected, actual)) {
                    differ++;
                    if (examples.size() < 3) {
                        examples.add(c + " ⇒ " + actual.toPlainString() + "，应为 " + expected.toPlainString());
                    }
                }
            }
            String verdict = differ == 0 ? "一致" : (engine.exact() ? "不一致！" : "不精确（double）")
                    + " " + differ + "/" + cases.size() + " 个用例不同";
            System.out.printf("  %-32s %s%n", engine.name(), verdict);
            examples.forEach(x -> System.out.println("      例：" + x));
            if (differ > 0 && engine.exact()) {
                failures.add(title + "：" + engine.name() + " 在 " + differ + " 个用例上不同，如 " + examples.get(0));
            }
        }
    }
}
