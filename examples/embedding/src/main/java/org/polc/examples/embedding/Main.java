package org.polc.examples.embedding;

import org.polc.policies.hangzhou2024.Clause01;
import org.polc.policies.hangzhou2024.Clause14;
import org.polc.policies.hangzhou2024.Clause30;
import org.polc.policies.hangzhou2024.Clause36;
import org.polc.policies.hangzhou2024.Clause45;
import org.polc.policies.hangzhou2024.Clause48;
import org.polc.policies.hangzhou2024.Clause55;
import org.polc.policies.hangzhou2024.Clause71;
import org.polc.policies.hangzhou2024.Hangzhou2024;
import org.polc.policies.hangzhou2024.Hangzhou2024Facts;
import org.polc.runtime.CalculatorDescriptor;
import org.polc.runtime.ClauseDescriptor;
import org.polc.runtime.ComplianceDescriptor;
import org.polc.runtime.EligibilityDescriptor;
import org.polc.runtime.Facts;
import org.polc.runtime.Money;
import org.polc.runtime.Rate;
import org.polc.runtime.Result;

/**
 * A portal's view of one enterprise: its facts given once, then what it may claim under clause 14 and
 * one calculator (or, in a Part whose text gives no amounts, one rule) of every other Part, all through
 * the entry point Hangzhou2024; and the calculator of this project's own policy ({@link OwnPolicy}).
 */
public final class Main {

    public static void main(String[] args) {
        Facts enterprise = Hangzhou2024Facts.builder()
                .年度研发投入额(Money.parse("700万元"))
                .上年度研发投入额(Money.parse("500万元"))
                .经认定的科技型中小企业(true)
                .经认定的高新技术企业(false)
                .set(Clause14.Inputs.经营规模, Clause14.经营规模.符合认定标准)
                .set(Clause01.Inputs.项目层级, Clause01.项目层级.市本级)
                .set(Clause01.Inputs.项目类别, Clause01.项目类别.产业项目)
                .set(Clause01.Inputs.项目总投资, Money.parse("12亿元"))
                .set(Clause30.Inputs.省级以上专精特新企业, true)
                .set(Clause30.Inputs.推广目录有效期内的省级以上首台套产品企业, false)
                .set(Clause36.Inputs.首次入选国家鼓励的重点软件企业, true)
                .set(Clause36.Inputs.已获得重点软件企业奖励, false)
                .set(Clause45.Inputs.国标标准集装箱运输车辆, true)
                .set(Clause45.Inputs.符合国家鲜活农产品运输绿色通道政策, false)
                .set(Clause45.Inputs.按标准应收的通行费, Money.parse("200元"))
                .set(Clause48.Inputs.出口信用保险投保费, Money.parse("100万元"))
                .set(Clause48.Inputs.符合条件的制造业企业, true)
                .set(Clause48.Inputs.已获出口信用保险资助额, Money.ZERO)
                .set(Clause55.Inputs.政府性融资担保费率, Rate.percent("0.8"))
                .set(Clause71.Inputs.符合杭州市育儿补助实施办法条件, true)
                .set(Clause71.Inputs.家庭孩次, Clause71.家庭孩次.三孩家庭)
                .build();

        System.out.println(Hangzhou2024.POLICY.title() + "：" + Hangzhou2024.clauses().size() + " 条条款");

        // Clause 14 with its own typed inputs: each input is a named setter, so two amounts cannot be swapped.
        Result grant = Clause14.研发投入补助(Clause14.Inputs.from(enterprise));
        System.out.println("第十四条 研发投入补助：" + grant.kind().chinese() + " " + grant.amount());
        System.out.println(grant.explanation());

        // Every other Part through the entry point: find by clause number and name, evaluate on the same facts.
        System.out.println("第一部分 " + eligible(1, "五个一批重大项目", enterprise));
        System.out.println("第二部分 " + claim(14, "研发投入补助", enterprise));
        System.out.println("第三部分 " + eligible(30, "不列入D类的企业", enterprise));
        System.out.println("第四部分 " + claim(36, "重点软件企业奖励", enterprise));
        System.out.println("第五部分 " + claim(45, "车辆通行费", enterprise));
        System.out.println("第六部分 " + claim(48, "出口信用保险资助", enterprise));
        System.out.println("第七部分 " + comply(55, "政府性融资担保费率要求", enterprise));
        System.out.println("第八部分 " + eligible(71, "孕产补助和育儿补助发放对象", enterprise));

        System.out.println(OwnPolicy.award());
    }

    private static String claim(int clause, String calculator, Facts facts) {
        ClauseDescriptor c = Hangzhou2024.clause(clause).orElseThrow();
        CalculatorDescriptor calc = c.calculators().stream().filter(d -> d.name().equals(calculator)).findFirst().orElseThrow();
        Result r = calc.evaluate(facts);
        return c.citation() + " " + calc.name() + "：" + r.kind().chinese() + " " + r.amount();
    }

    private static String eligible(int clause, String rule, Facts facts) {
        ClauseDescriptor c = Hangzhou2024.clause(clause).orElseThrow();
        EligibilityDescriptor e = c.eligibilities().stream().filter(d -> d.name().equals(rule)).findFirst().orElseThrow();
        return c.citation() + " " + e.name() + "：" + (e.holds(facts) ? "是" : "否");
    }

    private static String comply(int clause, String rule, Facts facts) {
        ClauseDescriptor c = Hangzhou2024.clause(clause).orElseThrow();
        ComplianceDescriptor r = c.complianceRules().stream().filter(d -> d.name().equals(rule)).findFirst().orElseThrow();
        return c.citation() + " " + r.name() + "：" + r.verdict(facts).chinese();
    }
}
