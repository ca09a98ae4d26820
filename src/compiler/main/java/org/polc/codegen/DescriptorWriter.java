package org.polc.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.polc.model.Budget;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Eligibility;
import org.polc.model.Input;
import org.polc.model.Part;
import org.polc.model.Program;
import org.polc.model.Target;
import org.polc.runtime.BudgetDescriptor;
import org.polc.runtime.CalculatorDescriptor;
import org.polc.runtime.ClauseDescriptor;
import org.polc.runtime.ComplianceDescriptor;
import org.polc.runtime.EligibilityDescriptor;
import org.polc.runtime.TargetDescriptor;

/**
 * A clause's {@code DESCRIPTOR}: what the policy's entry point lists for it. Each calculator and rule
 * holds lambdas that call the generated overloads taking {@code Inputs}, so the entry point evaluates
 * any of them on a facts object without reflection.
 */
final class DescriptorWriter {

    private final Program program;
    private final Part part;
    private final Clause clause;
    private final InputsWriter inputs;

    DescriptorWriter(Program program, Part part, Clause clause, InputsWriter inputs) {
        this.program = program;
        this.part = part;
        this.clause = clause;
        this.inputs = inputs;
    }

    FieldSpec field(boolean computes) {
        CodeBlock.Builder init = CodeBlock.builder().add("new $T($L, CLAUSE, TITLE, $L,$W$L,$W$L,$WVALID_FROM, VALID_TO,\n",
                ClauseDescriptor.class, clause.number(), part.number(), JavaLiteral.of(part.title()),
                CodeBlock.of("$T.of($L)", List.class, part.leads().stream().map(l -> CodeBlock.of("$L", JavaLiteral.of(l)))
                        .collect(CodeBlock.joining(", "))));
        init.indent().indent();
        init.add("$L,\n", computes ? inputs.keys(clause.inputs().stream().map(Input::name).toList()) : CodeBlock.of("$T.of()", List.class));
        init.add("$L,\n", list(clause.calculators().stream().map(this::calculator).toList()));
        init.add("$L,\n", list(clause.eligibilities().stream().map(this::eligibility).toList()));
        init.add("$L,\n", list(clause.complianceRules().stream().map(this::compliance).toList()));
        init.add("$L,\n", list(clause.budgets().stream().map(this::budget).toList()));
        init.add("$L)", list(clause.targets().stream().map(this::target).toList()));
        init.unindent().unindent();
        return FieldSpec.builder(ClauseDescriptor.class, "DESCRIPTOR", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", JavadocText.of(clause.citation() + "的描述：编号、标题、所属部分、有效期、读取的输入，"
                        + "计算器（种类、最高额、输入）、认定和合规规则，预算和目标；" + JavaNames.policyClass(program) + " 按条款顺序列出全部条款的描述。"))
                .initializer(init.build())
                .build();
    }

    /** {@code List.of(a, b, …)}, one item a line: the descriptors' lists, here and in {@link PolicyGenerator}. */
    static CodeBlock list(List<CodeBlock> items) {
        if (items.isEmpty()) {
            return CodeBlock.of("$T.of()", List.class);
        }
        CodeBlock.Builder b = CodeBlock.builder().add("$T.of(\n", List.class).indent().indent();
        for (int i = 0; i < items.size(); i++) {
            b.add("$L$L\n", items.get(i), i + 1 < items.size() ? "," : "");
        }
        return b.unindent().unindent().add(")").build();
    }

    private CodeBlock calculator(Calculator c) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.of(CLAUSE, $L, $L,\n$>$>$L,\n_facts -> $N($T.from(_facts)),\n_facts -> $N($T.from(_facts)))",
                CalculatorDescriptor.class, JavaLiteral.of(c.name()), JavaLiteral.of(c.kind()), inputs.keys(c.inputs()),
                JavaNames.identifier(c.name()), inputs.type(), JavaNames.amountMethod(c.name()), inputs.type());
        c.cap().ifPresent(a -> b.add("\n.withCap($T.ofFen($LL), $L)", ExpressionWriter.MONEY, a.toMoney().fen(),
                JavaLiteral.of(c.capText().orElseThrow())));
        c.frequency().ifPresent(f -> b.add("\n.withFrequency($L)", JavaLiteral.of(f.chinese())));
        return b.add("$<$<").build();
    }

    private CodeBlock eligibility(Eligibility e) {
        return CodeBlock.of("new $T(CLAUSE,$W$L,$W$L,\n$>$>$L,\n_facts -> $N($T.from(_facts)),\n_facts -> $N($T.from(_facts)))$<$<",
                EligibilityDescriptor.class, JavaLiteral.of(e.name()), JavaLiteral.of(e.condition().origin().text()), inputs.keys(e.inputs()),
                JavaNames.identifier(e.name()), inputs.type(), JavaNames.explanationMethod(e.name()), inputs.type());
    }

    private CodeBlock compliance(ComplianceRule r) {
        CodeBlock.Builder b = CodeBlock.builder().add("new $T(CLAUSE, $L,\n$>$>$L,\n_facts -> $N($T.from(_facts)),\n_facts -> $N($T.from(_facts)))",
                ComplianceDescriptor.class, JavaLiteral.of(r.name()), inputs.keys(r.inputs()),
                JavaNames.identifier(r.name()), inputs.type(), JavaNames.verdictMethod(r.name()), inputs.type());
        r.subject().ifPresent(subject -> b.add("\n.withSubject($L)", JavaLiteral.of(subject)));
        return b.add("$<$<").build();
    }

    private CodeBlock budget(Budget b) {
        return CodeBlock.of("new $T(CLAUSE,$W$L,$W$L)", BudgetDescriptor.class, JavaLiteral.of(b.name()), JavaLiteral.of(b.totalText()));
    }

    private CodeBlock target(Target t) {
        return CodeBlock.of("new $T(CLAUSE,$W$L,$W$L)", TargetDescriptor.class, t.year().orElse(0), JavaLiteral.of(t.text()));
    }

    /** A budget of the document header or of a Part, for the entry point. */
    static CodeBlock budget(String place, Budget b) {
        return CodeBlock.of("new $T($L, $L, $L)", BudgetDescriptor.class, JavaLiteral.of(place), JavaLiteral.of(b.name()), JavaLiteral.of(b.totalText()));
    }

    /** A target of the document header or of a Part, for the entry point. */
    static CodeBlock target(String place, Target t) {
        return CodeBlock.of("new $T($L, $L, $L)", TargetDescriptor.class, JavaLiteral.of(place), t.year().orElse(0), JavaLiteral.of(t.text()));
    }

    static ClassName factsClass(Program program) {
        return ClassName.get(JavaNames.packageName(program), JavaNames.factsClass(program));
    }
}
