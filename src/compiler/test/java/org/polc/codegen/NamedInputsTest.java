package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polc.Compiler.Compilation;
import org.polc.model.Clause;
import org.polc.model.Program;
import org.polc.policies.hangzhou2024.Clause14;
import org.polc.policies.hangzhou2024.Clause17;
import org.polc.policies.hangzhou2024.Hangzhou2024;
import org.polc.policies.hangzhou2024.Hangzhou2024Facts;
import org.polc.runtime.CalculatorDescriptor;
import org.polc.runtime.ClauseDescriptor;
import org.polc.runtime.Facts;
import org.polc.runtime.InputDescriptor;
import org.polc.runtime.Money;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.testing.Fixtures;

/**
 * Named inputs and the policy's entry point, used as an embedder uses them: one enterprise's facts
 * given once, every clause's Inputs built from them, and every calculator reached through
 * {@link Hangzhou2024} without knowing a class name.
 */
class NamedInputsTest {

    /** 900万元 this year, 500万元 last year, a 科技型中小企业 of the standard's size: clause 14 gives up to 400万元 × 5% = 20万元. */
    private static Facts smallFirm() {
        return Hangzhou2024Facts.builder().年度研发投入额(Money.parse("900万元")).上年度研发投入额(Money.parse("500万元"))
                .经认定的科技型中小企业(true).经认定的高新技术企业(false)
                .set(Clause14.Inputs.经营规模, Clause14.经营规模.符合认定标准)
                .build();
    }

    @Test
    void oneEnterprisesFactsAreGivenOnceAndTheClauseReadsThemByName() {
        Facts facts = smallFirm();
        Result r = Clause14.研发投入补助(Clause14.Inputs.from(facts));
        assertEquals(Money.parse("20万元"), r.amount());
        assertEquals(ResultKind.CEILING, r.kind());
        assertEquals(Money.parse("20万元"), Clause14.研发投入补助金额(Clause14.Inputs.from(facts)));
        // the same through the builder of the clause's own Inputs
        Clause14.Inputs inputs = Clause14.Inputs.builder().年度研发投入额(Money.parse("900万元")).上年度研发投入额(Money.parse("500万元"))
                .经认定的科技型中小企业(true).经认定的高新技术企业(false).经营规模(Clause14.经营规模.符合认定标准).build();
        assertEquals(r, Clause14.研发投入补助(inputs));
    }

    @Test
    void aDocumentFactHasOneKeyForEveryClauseAndAClauseInputOneForItsClause() {
        assertSame(Hangzhou2024Facts.年度研发投入额, Clause14.Inputs.年度研发投入额);
        assertTrue(Hangzhou2024Facts.年度研发投入额.isDocumentFact());
        assertEquals(Optional.of("第十四条"), Clause14.Inputs.经营规模.clause());
        assertEquals(List.of(Clause14.经营规模.符合认定标准, Clause14.经营规模.超过认定标准), Clause14.Inputs.经营规模.choices());
        assertEquals(List.of("年度研发投入额", "上年度研发投入额", "经认定的科技型中小企业", "经认定的高新技术企业"),
                Hangzhou2024Facts.all().stream().map(InputDescriptor::name).toList());
    }

    /** Two clauses that each declare 符合条件 mean two things: their keys differ, so one clause's answer never feeds the other. */
    @Test
    void sameNamedClauseInputsOfTwoClausesAreTwoKeys() throws Exception {
        Compilation c = Fixtures.compile("""
                部分 一 测试部分
                  牵头单位 测试局
                条款 一 甲条
                  原文 “符合条件的，给予 1 万元。”
                  输入
                    符合条件：是否
                  奖励 甲奖励：若 符合条件 则 给予 1万元 否则 不予
                条款 二 乙条
                  原文 “符合条件的，给予 2 万元。”
                  输入
                    符合条件：是否
                  奖励 乙奖励：若 符合条件 则 给予 2万元 否则 不予
                """);
        assertTrue(c.ok(), Fixtures.render(c));
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(c.generate());
        ClauseDescriptor one = (ClauseDescriptor) compiled.load("org.polc.policies.test.Clause01").getField("DESCRIPTOR").get(null);
        ClauseDescriptor two = (ClauseDescriptor) compiled.load("org.polc.policies.test.Clause02").getField("DESCRIPTOR").get(null);
        InputDescriptor<?> first = one.inputs().get(0);
        InputDescriptor<?> second = two.inputs().get(0);
        assertEquals(first.name(), second.name());
        assertNotSame(first, second);
        @SuppressWarnings("unchecked")
        Facts facts = Facts.builder().set((InputDescriptor<Boolean>) first, true).build();
        assertEquals(Money.parse("1万元"), one.calculators().get(0).amount(facts));
        assertFalse(facts.hasAll(two.calculators().get(0).inputs()), "clause 二's 符合条件 was not given");
    }

    @Test
    void theEntryPointDescribesClauseFourteenAsTheTextStatesIt() {
        ClauseDescriptor fourteen = Hangzhou2024.clause(14).orElseThrow();
        assertEquals("第十四条", fourteen.citation());
        assertEquals("更大力度实施企业研发投入补助政策", fourteen.title());
        assertEquals(2, fourteen.part());
        assertEquals("科技创新政策", fourteen.partTitle());
        assertEquals(List.of("市科技局"), fourteen.leads());
        assertEquals(LocalDate.of(2024, 1, 1), fourteen.validFrom());
        assertEquals(LocalDate.of(2024, 12, 31), fourteen.validTo());
        CalculatorDescriptor c = fourteen.calculators().get(0);
        assertEquals("研发投入补助", c.name());
        assertEquals("补助", c.kind());
        assertEquals(Optional.of(Money.parse("300万元")), c.cap());
        assertFalse(c.oneOff());
        assertEquals(List.of("年度研发投入额", "上年度研发投入额", "经认定的科技型中小企业", "经认定的高新技术企业", "经营规模"),
                c.inputs().stream().map(InputDescriptor::name).toList());
        assertEquals(List.of(Money.class, Money.class, Boolean.class, Boolean.class, Clause14.经营规模.class),
                c.inputs().stream().map(InputDescriptor::type).toList());
        assertEquals(Money.parse("20万元"), c.evaluate(smallFirm()).amount());
    }

    /** The entry point and the checked model list the same clauses, calculators and inputs, in the same order. */
    @Test
    void theEntryPointListsWhatTheModelHolds() {
        Program program = Fixtures.realPolicies().programs().get(0);
        assertEquals(76, Hangzhou2024.clauses().size());
        for (Clause clause : program.clauses()) {
            ClauseDescriptor d = Hangzhou2024.clause(clause.number()).orElseThrow();
            assertEquals(clause.citation(), d.citation());
            assertEquals(clause.calculators().stream().map(k -> k.name() + k.inputs()).toList(),
                    d.calculators().stream().map(k -> k.name() + k.inputs().stream().map(InputDescriptor::name).toList()).toList());
            assertEquals(clause.eligibilities().size(), d.eligibilities().size(), clause.citation());
            assertEquals(clause.complianceRules().size(), d.complianceRules().size(), clause.citation());
        }
        assertEquals(program.clauses().stream().mapToInt(k -> k.calculators().size()).sum(), Hangzhou2024.calculators().size());
    }

    @Test
    void evaluatingTheWholePolicyComputesEveryCalculatorWhoseInputsWereGiven() {
        Map<CalculatorDescriptor, Result> results = Hangzhou2024.evaluate(smallFirm());
        CalculatorDescriptor fourteen = Hangzhou2024.clause(14).orElseThrow().calculators().get(0);
        assertEquals(Money.parse("20万元"), results.get(fourteen).amount());
        CalculatorDescriptor incubator = Hangzhou2024.clause(17).orElseThrow().calculators().stream()
                .filter(c -> c.name().equals("孵化器绩效奖励")).findFirst().orElseThrow();
        assertFalse(results.containsKey(incubator), "clause 17's inputs were not given");
        Facts more = smallFirm().toBuilder().set(Clause17.Inputs.孵化器年度绩效评价, Clause17.孵化器年度绩效评价.五星)
                .set(Clause17.Inputs.通过备案的企业数, 2L).build();
        // 五星, 2 firms on record: up to 2 × 15万元 = 30万元
        assertEquals(Money.parse("30万元"), Hangzhou2024.evaluate(more).get(incubator).amount());
    }

    /** Scratch code as an embedder might write it; javac's raw diagnostics are the same in every locale. */
    private static String javac(String body) {
        return InMemoryJavac.errors(Map.of("scratch.Scratch", """
                package scratch;

                import org.polc.policies.hangzhou2024.Clause14;
                import org.polc.policies.hangzhou2024.Hangzhou2024Facts;
                import org.polc.runtime.Facts;
                import org.polc.runtime.Money;

                class Scratch {
                    static Object call(Money thisYear, Money lastYear) {
                        %s
                    }
                }
                """.formatted(body)));
    }

    @Test
    void aSwappedAmountCannotBeWrittenByPosition() {
        // the control: the named call compiles, so the failures below are about the calls themselves
        assertEquals("", javac("""
                return Clause14.研发投入补助(Clause14.Inputs.builder().年度研发投入额(thisYear).上年度研发投入额(lastYear).build());"""));
        // the positional method is private: last year's amount cannot be passed where this year's goes
        String positional = javac("""
                return Clause14.研发投入补助(lastYear, thisYear, true, false, Clause14.经营规模.符合认定标准);""");
        assertTrue(positional.contains("report.access: 研发投入补助(org.polc.runtime.Money,org.polc.runtime.Money,") && positional.contains("private"), positional);
        // nor can Inputs be made from amounts in a row
        String constructor = javac("""
                return new Clause14.Inputs(lastYear, thisYear);""");
        assertTrue(constructor.contains("compiler.err"), constructor);
        // a key takes only its type: a 是否 cannot go where an amount goes
        String key = javac("""
                return Facts.builder().set(Hangzhou2024Facts.年度研发投入额, true).build();""");
        assertTrue(key.contains("compiler.err") && key.contains("set"), key);
        String setter = javac("""
                return Clause14.Inputs.builder().经认定的高新技术企业(thisYear).build();""");
        assertTrue(setter.contains("compiler.err") && setter.contains("经认定的高新技术企业"), setter);
    }
}
