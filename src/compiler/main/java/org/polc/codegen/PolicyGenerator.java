package org.polc.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import org.polc.model.Budget;
import org.polc.model.Clause;
import org.polc.model.Fact;
import org.polc.model.Input;
import org.polc.model.Part;
import org.polc.model.Program;
import org.polc.model.Target;
import org.polc.model.Type;
import org.polc.runtime.CalculatorDescriptor;
import org.polc.runtime.ClauseDescriptor;
import org.polc.runtime.Policy;
import org.polc.runtime.Result;

/**
 * The two document-level classes: the keys of the document's facts (Hangzhou2024Facts, with a builder
 * that has one typed setter per fact) and the entry point (Hangzhou2024) that lists every clause's
 * descriptor and evaluates any calculator on a facts object.
 */
final class PolicyGenerator {

    private final Program program;
    private final Function<Type, TypeName> javaType;

    /** @param javaType a fact's Java type; no fact has a choice type here (those are keyed per clause) */
    PolicyGenerator(Program program, Function<Type, TypeName> javaType) {
        this.program = program;
        this.javaType = javaType;
    }

    /** The document facts with a key of their own: not a choice, whose enum each clause declares. */
    private List<Fact> keyedFacts() {
        return program.facts().stream().filter(f -> InputsWriter.shared(Input.of(f))).toList();
    }

    TypeSpec facts() {
        ClassName self = DescriptorWriter.factsClass(program);
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L\n", JavadocText.of("《" + program.title() + "》的文件事实：每个事实一个键，各条款的 Inputs 共用同一个。")
                        + "\n\n<p>" + JavadocText.of("一家企业的事实给出一次，各条的输入都从中取值：")
                        + "\n<pre>\nFacts facts = " + self.simpleName() + ".builder()"
                        + keyedFacts().stream().limit(2).map(f -> "\n        ." + JavaNames.identifier(f.name()) + "(…)").reduce("", String::concat)
                        + "\n        .build();\n</pre>\n"
                        + "\n<p>" + JavadocText.of("条款自己的输入按条款区分（各条 Inputs 中的键），用 Builder.set 给出。"));
        TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", JavadocText.of("逐项给出一家企业的事实；文件事实每个一个方法，名称即事实的名称。"));
        b.addField(FieldSpec.builder(InputsWriter.FACTS.nestedClass("Builder"), "_facts", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("$T.builder()", InputsWriter.FACTS).build());
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<CodeBlock> all = new ArrayList<>();
        for (Fact fact : keyedFacts()) {
            TypeName value = javaType.apply(fact.type());
            String name = JavaNames.variable(fact.name());
            String doc = "事实「" + fact.name() + "」：" + fact.meaning() + "；" + fact.type().chinese();
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(InputsWriter.INPUT, value.box()), name,
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L\n", JavadocText.of(doc + "。"))
                    .initializer("$T.fact($L,$W$T.class,$W$L,$W$L)", InputsWriter.INPUT, JavaLiteral.of(fact.name()), value.box(),
                            JavaLiteral.of(fact.type().chinese()), JavaLiteral.of(fact.meaning()))
                    .build());
            all.add(CodeBlock.of("$N", name));
            b.addMethod(MethodSpec.methodBuilder(JavaNames.identifier(fact.name())).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(value, "value")
                    .addJavadoc("$L\n\n", JavadocText.of("给出" + doc + "。"))
                    .addJavadoc("@param value $L\n@return 本构建器\n", JavadocText.of("「" + fact.name() + "」的值"
                            + (value.isPrimitive() ? "" : "；null 表示不给出")))
                    .addStatement("_facts.set($T.$N, value)", self, name)
                    .addStatement("return this").build());
        }
        TypeVariableName t = TypeVariableName.get("T");
        b.addMethod(MethodSpec.methodBuilder("set").addModifiers(Modifier.PUBLIC).addTypeVariable(t).returns(builder)
                .addParameter(ParameterizedTypeName.get(InputsWriter.INPUT, t), "input").addParameter(t, "value")
                .addJavadoc("$L\n\n", JavadocText.of("给出任何一个输入，如条款自己的输入（各条 Inputs 中的键）。"))
                .addJavadoc("@param <T> 输入的类型\n@param input 输入的键\n@param value 值；null 表示不给出\n@return 本构建器\n")
                .addStatement("_facts.set(input, value)").addStatement("return this").build());
        b.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(InputsWriter.FACTS)
                .addJavadoc("$L\n\n@return 不可变的事实表\n", JavadocText.of("按已给出的事实构造；各条用 Inputs.from 从中取值。"))
                .addStatement("return _facts.build()").build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                .addJavadoc("$L\n\n@return 空的构建器\n", JavadocText.of("逐项给出一家企业的事实。"))
                .addStatement("return new $T()", builder).build());
        type.addMethod(MethodSpec.methodBuilder("all").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), ParameterizedTypeName.get(InputsWriter.INPUT,
                        WildcardTypeName.subtypeOf(Object.class))))
                .addJavadoc("$L\n\n@return 文件事实的键\n", JavadocText.of("全部文件事实，按声明的先后（选项类的事实按条款区分，不在其中）。"))
                .addStatement("return $T.of($L)", List.class, CodeBlock.join(all, ", ")).build());
        type.addType(b.build());
        return type.build();
    }

    TypeSpec entryPoint() {
        ClassName self = ClassName.get(JavaNames.packageName(program), JavaNames.policyClass(program));
        List<CodeBlock> clauses = new ArrayList<>();
        for (Clause clause : program.clauses()) {
            clauses.add(CodeBlock.of("$T.DESCRIPTOR", ClassName.get(JavaNames.packageName(program), JavaNames.className(clause.number()))));
        }
        List<CodeBlock> budgets = new ArrayList<>();
        List<CodeBlock> targets = new ArrayList<>();
        for (Budget budget : program.budgets()) {
            budgets.add(DescriptorWriter.budget("文件", budget));
        }
        for (Target target : program.targets()) {
            targets.add(DescriptorWriter.target("文件", target));
        }
        for (Part part : program.parts()) {
            part.budgets().forEach(budget -> budgets.add(DescriptorWriter.budget(part.citation(), budget)));
            part.targets().forEach(target -> targets.add(DescriptorWriter.target(part.citation(), target)));
        }
        CodeBlock policy = CodeBlock.builder()
                .add("new $T($L, $L,\n", Policy.class, JavaLiteral.of(program.id()), JavaLiteral.of(program.title())).indent().indent()
                .add("$L, $L,\n", date(program.validFrom()), date(program.validTo()))
                .add("$T.all(),\n", DescriptorWriter.factsClass(program))
                .add("$L,\n", DescriptorWriter.list(clauses)).add("$L,\n", DescriptorWriter.list(budgets)).add("$L)", DescriptorWriter.list(targets)).unindent().unindent().build();
        ClassName clauseDescriptor = ClassName.get(ClauseDescriptor.class);
        ClassName calculator = ClassName.get(CalculatorDescriptor.class);
        return TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L\n", JavadocText.of("《" + program.title() + "》的入口：全部条款、计算器、认定和合规规则、预算与目标的描述，"
                        + "并按一家企业的事实计算其中任何一个，不必知道各条款类的名称。")
                        + "\n\n<pre>\nFacts facts = " + JavaNames.factsClass(program) + ".builder()…build();\n"
                        + "for (CalculatorDescriptor c : " + self.simpleName() + ".calculators()) {\n"
                        + "    if (facts.hasAll(c.inputs())) {\n        Result r = c.evaluate(facts);\n    }\n}\n</pre>")
                .addField(FieldSpec.builder(Policy.class, "POLICY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("$L\n", JavadocText.of("文件的全部描述，条款按顺序。")).initializer(policy).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("clauses").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), clauseDescriptor))
                        .addJavadoc("$L\n\n@return 条款的描述\n", JavadocText.of("全部条款，按条款顺序。"))
                        .addStatement("return POLICY.clauses()").build())
                .addMethod(MethodSpec.methodBuilder("clause").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), clauseDescriptor)).addParameter(TypeName.INT, "number")
                        .addJavadoc("$L\n\n@param number 条款编号，如 14\n@return 条款的描述；没有这一条时为空\n", JavadocText.of("第 number 条。"))
                        .addStatement("return POLICY.clause(number)").build())
                .addMethod(MethodSpec.methodBuilder("calculators").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), calculator))
                        .addJavadoc("$L\n\n@return 计算器的描述\n", JavadocText.of("全部计算器，按条款顺序。"))
                        .addStatement("return POLICY.calculators()").build())
                .addMethod(MethodSpec.methodBuilder("evaluate").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Map.class), calculator, ClassName.get(Result.class)))
                        .addParameter(InputsWriter.FACTS, "facts")
                        .addJavadoc("$L\n\n@param facts 一家企业的事实\n@return 每个所读输入都已给出的计算器及其结果，按条款顺序\n",
                                JavadocText.of("按一家企业的事实，计算所读输入都已给出的每个计算器。"))
                        .addStatement("return POLICY.evaluate(facts)").build())
                .build();
    }

    private static CodeBlock date(LocalDate date) {
        return CodeBlock.of("$T.of($L, $L, $L)", LocalDate.class, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
