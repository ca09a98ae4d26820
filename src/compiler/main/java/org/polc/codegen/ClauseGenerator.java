package org.polc.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.polc.model.Calculator;
import org.polc.model.Change;
import org.polc.model.Changes;
import org.polc.model.CheckedCondition;
import org.polc.model.CheckedExpr;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Cumulative;
import org.polc.model.Definition;
import org.polc.model.Eligibility;
import org.polc.model.Frequency;
import org.polc.model.Input;
import org.polc.model.Part;
import org.polc.model.Program;
import org.polc.model.Reads;
import org.polc.model.Requirement;
import org.polc.model.Roundings;
import org.polc.model.Type;
import org.polc.runtime.Compliance;
import org.polc.runtime.ComplianceKind;
import org.polc.runtime.Money;
import org.polc.runtime.PolicyArithmeticException;
import org.polc.runtime.PolicyInputException;
import org.polc.runtime.Rate;
import org.polc.runtime.Result;
import org.polc.runtime.internal.Checks;
import org.polc.vocabulary.ChineseNumerals;

/**
 * One clause → one class: its text in Javadoc, its choices as enums, its {@code Inputs} and
 * {@code DESCRIPTOR}, and for each calculator an explained method returning {@link Result} and a fast
 * method returning only the {@link Money}, each public in the form that takes {@code Inputs} and
 * private in the positional form the named one calls.
 */
final class ClauseGenerator {

    static final ClassName CHECKS = ClassName.get(Checks.class);

    private final Program program;
    private final Part part;
    private final Clause clause;
    private final ClassName className;
    private final ExpressionWriter expressions;
    private final InputsWriter inputs;

    ClauseGenerator(Program program, Part part, Clause clause) {
        this.program = program;
        this.part = part;
        this.clause = clause;
        this.className = ClassName.get(JavaNames.packageName(program), JavaNames.className(clause.number()));
        this.expressions = new ExpressionWriter(className, clause.rounding().runtime());
        this.inputs = new InputsWriter(program, clause, className, this::javaType);
    }

    /** Whether the clause computes anything, and so has Inputs and methods that take them. */
    private boolean computes() {
        return !(clause.calculators().isEmpty() && clause.eligibilities().isEmpty() && clause.complianceRules().isEmpty());
    }

    TypeSpec generate() {
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", javadoc());
        type.addField(FieldSpec.builder(String.class, "CLAUSE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("条款编号，解释中引用它。\n").initializer("$L", JavaLiteral.of(clause.citation())).build());
        type.addField(FieldSpec.builder(String.class, "TITLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("条款标题。\n").initializer("$L", JavaLiteral.of(clause.title())).build());
        type.addField(FieldSpec.builder(String.class, "TEXT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("条款原文。\n").initializer(JavaLiteral.wrapped(clause.text())).build());
        type.addField(date("VALID_FROM", "有效期起始日（含）。", clause.validFrom()));
        type.addField(date("VALID_TO", "有效期截止日（含）。", clause.validTo()));
        type.addField(new DescriptorWriter(program, part, clause, inputs).field(computes()));
        for (Input input : clause.inputs()) {
            if (input.type() instanceof Type.Choice choice) {
                type.addType(choiceEnum(choice));
            }
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<MethodSpec> methods = new ArrayList<>();
        for (Eligibility rule : clause.eligibilities()) {
            methods.add(named(eligibility(rule, false), rule.inputs()));
            methods.add(named(eligibility(rule, true), rule.inputs()));
            methods.add(eligibility(rule, false));
            methods.add(eligibility(rule, true));
        }
        for (ComplianceRule rule : clause.complianceRules()) {
            methods.add(named(complianceRule(rule, true), rule.inputs()));
            methods.add(named(complianceRule(rule, false), rule.inputs()));
            methods.add(complianceRule(rule, true));
            methods.add(complianceRule(rule, false));
        }
        for (Calculator calculator : clause.calculators()) {
            methods.add(named(calculator(calculator, true), calculator.inputs()));
            methods.add(named(calculator(calculator, false), calculator.inputs()));
            methods.add(calculator(calculator, true));
            methods.add(calculator(calculator, false));
        }
        if (computes()) {
            type.addType(inputs.generate());
        }
        // Constants are collected while the methods are written, so fields come after.
        expressions.constants().forEach(type::addField);
        methods.forEach(type::addMethod);
        expressions.helpers().forEach(type::addMethod);
        return type.build();
    }

    private String javadoc() {
        StringBuilder doc = new StringBuilder();
        doc.append(clause.citation()).append(" ").append(JavadocText.of(clause.title())).append("。\n\n");
        if (!clause.text().isEmpty()) {
            doc.append("<p>原文：").append(JavadocText.of(clause.text())).append("\n\n");
        }
        doc.append("<p>出自《").append(JavadocText.of(program.title())).append("》第")
                .append(ChineseNumerals.format(part.number())).append("部分 ").append(JavadocText.of(part.title()));
        if (!part.leads().isEmpty()) {
            doc.append("（").append(JavadocText.of(String.join("、", part.leads()))).append("牵头）");
        }
        doc.append("；有效期 ").append(clause.validFrom()).append(" 至 ").append(clause.validTo()).append("。\n");
        if (clause.calculators().isEmpty() && clause.eligibilities().isEmpty() && clause.complianceRules().isEmpty()) {
            doc.append("\n<p>本条是措施性条款，没有可计算的金额。\n");
        }
        return doc.toString().stripTrailing() + "\n";
    }

    private static FieldSpec date(String name, String doc, LocalDate date) {
        return FieldSpec.builder(LocalDate.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer("$T.of($L, $L, $L)", LocalDate.class, date.getYear(), date.getMonthValue(), date.getDayOfMonth())
                .build();
    }

    private TypeSpec choiceEnum(Type.Choice choice) {
        TypeSpec.Builder e = TypeSpec.enumBuilder(JavaNames.identifier(choice.name())).addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\n", JavadocText.of("输入「" + choice.name() + "」的" + choice.chinese()
                        + (choice.ordered() ? "；按从高到低排列。" : "。")));
        choice.values().forEach(v -> e.addEnumConstant(JavaNames.identifier(v)));
        return e.build();
    }

    // ------------------------------------------------------------ methods

    private MethodSpec calculator(Calculator calculator, boolean explained) {
        String name = explained ? JavaNames.identifier(calculator.name()) : JavaNames.amountMethod(calculator.name());
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(explained ? ClassName.get(Result.class) : ExpressionWriter.MONEY);
        StringBuilder doc = new StringBuilder();
        doc.append(JavadocText.of(calculator.name())).append("（").append(JavadocText.of(calculator.kind()));
        calculator.frequency().ifPresent(f -> doc.append("，").append(f.chinese()));
        calculator.capText().ifPresent(c -> doc.append("，最高 ").append(JavadocText.of(c)));
        calculator.cumulative().ifPresent(k -> doc.append("，").append(yearly(calculator) ? "年度" : "")
                .append("累计最高 ").append(JavadocText.of(k.capText())).append("，扣除已获「")
                .append(JavadocText.of(k.received().origin().text())).append("」"));
        if (calculator.payment()) {
            doc.append("，申请人缴纳的金额，不是给予申请人的金额");
        }
        doc.append("）");
        doc.append(explained ? "：计算结果，附引用本条的说明。\n\n" : "：只算金额，不生成说明，供批量计算。\n\n");
        List<Change> changes = Changes.of(calculator);
        if (!changes.isEmpty()) {
            doc.append("<p>原文调整的数值（按新值计算）：")
                    .append(JavadocText.of(String.join("；", changes.stream().map(Change::text).toList()))).append("。\n\n");
        }
        method.addJavadoc("$L", doc.toString());
        parameters(method, calculator.inputs());
        method.addJavadoc("@return $L\n", explained
                ? (calculator.payment() ? "结果：应缴的金额、性质（应缴/免费）和说明" : "结果：金额、性质（确定金额/最高可得/不予）和说明")
                : (calculator.payment() ? "应缴的金额" : "金额") + "；性质与说明见同名的说明版方法");
        method.addJavadoc("@throws $T 输入为空或金额为负时\n", PolicyInputException.class);
        method.addJavadoc("@throws $T 金额超出可计算的范围时\n", PolicyArithmeticException.class);
        validate(method, calculator.inputs());
        if (explained) {
            method.addStatement("$T steps = $T.of(CLAUSE)", AwardWriter.STEPS, AwardWriter.STEPS);
        }
        // the fast method computes on long 分 and makes a Money only of the amount it returns
        ExpressionWriter writer = explained ? expressions : expressions.inFen();
        locals(method, calculator.reads(), writer);
        if (explained) {
            definitionRoundings(method, calculator.reads());
        }
        method.addStatement("$T _amount", ExpressionWriter.MONEY);
        method.addCode(new AwardWriter(writer, explained, calculator.payment()).write(calculator.body(), "_amount"));
        calculator.cumulative().ifPresent(k -> cumulative(method, calculator, k, explained, writer));
        if (explained) {
            method.addStatement("return steps.result($L, _amount)", JavaLiteral.of(calculator.name()));
        } else {
            method.addStatement("return _amount");
        }
        return method.build();
    }

    /**
     * 累计最高 … 已获 …: at most what is left under the ceiling, never below zero. The explained
     * variant records the step when the body gave something and, when nothing is left, the recorder
     * turns the result into 不予, as the interpreter does; both variants yield the same amount.
     */
    private void cumulative(MethodSpec.Builder method, Calculator calculator, Cumulative k, boolean explained,
            ExpressionWriter writer) {
        if (!explained) {
            // on long 分: a Money is made only when what is left is less than the amount
            method.addStatement("_amount = $T.withinRemaining(_amount,$W$LL,$W$L)", ExpressionWriter.FEN, k.cap().fen(),
                    writer.expr(k.received()));
            return;
        }
        CodeBlock cap = CodeBlock.of("$T.ofFen($LL)", ExpressionWriter.MONEY, k.cap().fen());
        CodeBlock received = expressions.expr(k.received());
        // Only then: the interpreter reads 已获 only when the body gave something.
        method.beginControlFlow("if (steps.gives())");
        method.addStatement("_amount = steps.$N($L,$W$L,$W$L,$W_amount)", yearly(calculator) ? "yearlyCumulative" : "cumulative",
                JavaLiteral.of(k.capText()), cap, received);
        method.endControlFlow();
    }

    private static boolean yearly(Calculator calculator) {
        return calculator.frequency().filter(f -> f == Frequency.YEARLY).isPresent();
    }

    private MethodSpec eligibility(Eligibility rule, boolean explained) {
        String name = explained ? JavaNames.explanationMethod(rule.name()) : JavaNames.identifier(rule.name());
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(explained ? TypeName.get(String.class) : TypeName.BOOLEAN)
                .addJavadoc("$L\n\n", JavadocText.of("认定：" + rule.name() + "（" + rule.condition().origin().text() + "）"
                        + (explained ? "的说明，引用本条。" : "是否成立。")));
        parameters(method, rule.inputs());
        method.addJavadoc("@return $L\n", explained ? "说明：依据本条，条件成立或不成立及所用的输入" : "条件成立时为 true");
        method.addJavadoc("@throws $T 输入为空或金额为负时\n", PolicyInputException.class);
        validate(method, rule.inputs());
        locals(method, rule.reads());
        if (!explained) {
            return method.addStatement("return $L", expressions.condition(rule.condition())).build();
        }
        method.addStatement("$T steps = $T.of(CLAUSE)", AwardWriter.STEPS, AwardWriter.STEPS);
        definitionRoundings(method, rule.reads());
        method.addStatement("$L", new AwardWriter(expressions, true).recorded("condition", rule.condition()));
        method.addStatement("return steps.sentence()");
        return method.build();
    }

    /**
     * A 合规 rule: the explained method returns the verdict with the same steps as the interpreter
     * (each requirement, each alternative of a 或 shown on its own); the fast one only the verdict.
     */
    private MethodSpec complianceRule(ComplianceRule rule, boolean explained) {
        String name = explained ? JavaNames.identifier(rule.name()) : JavaNames.verdictMethod(rule.name());
        String subject = rule.subject().map(s -> "，约束" + s).orElse("");
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(explained ? ClassName.get(Compliance.class) : ClassName.get(ComplianceKind.class))
                .addJavadoc("$L\n\n", JavadocText.of("合规：" + rule.name() + subject + "（" + requirementsText(rule) + "）"
                        + (explained ? "：结论和引用本条的说明。" : "：只给结论。")));
        parameters(method, rule.inputs());
        method.addJavadoc("@return $L\n", explained ? "结论（合规、未达一般要求、不合规）和说明" : "结论：合规、未达一般要求或不合规");
        method.addJavadoc("@throws $T 输入为空或为负时\n", PolicyInputException.class);
        validate(method, rule.inputs());
        locals(method, rule.reads());
        AwardWriter steps = new AwardWriter(expressions, explained);
        if (explained) {
            method.addStatement("$T steps = $T.of(CLAUSE)", AwardWriter.STEPS, AwardWriter.STEPS);
            definitionRoundings(method, rule.reads());
        }
        method.addStatement("int _hardUnmet = 0");
        method.addStatement("int _generalUnmet = 0");
        for (Requirement r : rule.requirements()) {
            String text = r.condition().origin().text();
            if (r.when().isPresent()) {
                CheckedCondition when = r.when().get();
                // explained, 「…」不成立，「<requirement>」不适用: the step names the requirement it skips
                method.beginControlFlow("if ($L)", explained ? steps.recorded("applies", when, JavaLiteral.of(text)) : expressions.condition(when));
            }
            List<CheckedCondition> parts = r.parts();
            CodeBlock test;
            if (explained && parts.size() > 1) {
                // each alternative of a 或 is shown on its own, then the requirement without values
                for (CheckedCondition part : parts) {
                    method.addStatement("$L", steps.recorded("requirement", part));
                }
                test = CodeBlock.of("steps.$N($L,$W$L)", r.general() ? "generalRequirement" : "requirement", JavaLiteral.of(text),
                        expressions.condition(r.condition()));
            } else if (explained) {
                test = steps.recorded(r.general() ? "generalRequirement" : "requirement", r.condition());
            } else {
                test = CodeBlock.of("($L)", expressions.condition(r.condition()));
            }
            method.beginControlFlow("if (!$L)", test).addStatement(r.general() ? "_generalUnmet++" : "_hardUnmet++").endControlFlow();
            if (r.when().isPresent()) {
                method.endControlFlow();
            }
        }
        CodeBlock verdict = CodeBlock.of("$T.of(_hardUnmet, _generalUnmet)", ComplianceKind.class);
        if (!explained) {
            return method.addStatement("return $L", verdict).build();
        }
        if (rule.reason().filter(reason -> !reason.isEmpty()).isPresent()) {
            return method.addStatement("return steps.compliance($L,$W$L,$W$L)", JavaLiteral.of(rule.name()), verdict,
                    JavaLiteral.of(rule.reason().get())).build();
        }
        return method.addStatement("return steps.compliance($L,$W$L)", JavaLiteral.of(rule.name()), verdict).build();
    }

    /** The requirements as written, for the Javadoc: 若 … 则 一般 …；…. */
    private static String requirementsText(ComplianceRule rule) {
        return String.join("；", rule.requirements().stream()
                .map(r -> r.when().map(w -> "若 " + w.origin().text() + " 则 ").orElse("") + (r.general() ? "一般 " : "") + r.condition().origin().text())
                .toList());
    }

    private void parameters(MethodSpec.Builder method, List<String> names) {
        for (String name : names) {
            Input input = clause.input(name).orElseThrow();
            method.addParameter(ParameterSpec.builder(javaType(input.type()), JavaNames.variable(name)).build());
            // A document fact says what it is, so an embedder filling in the parameter knows which figure is meant.
            String meaning = input.fact().map(f -> "事实「" + f.name() + "」：" + f.meaning() + "；")
                    .or(() -> input.oneOff().map(o -> "编译器为「一次性」引入的输入：" + o.meaning() + "（为 true 时不予）；")).orElse("");
            method.addJavadoc("@param $N $L\n", JavaNames.variable(name), JavadocText.of(meaning + input.type().chinese()
                    + (input.type() instanceof Type.Money ? "，不能为负" : "") + measureDoc(input.type())));
        }
    }

    /** What a measure parameter takes: its unit (or a multiple), exact, not negative. */
    private static String measureDoc(Type type) {
        if (!(type instanceof Type.Quantity q) || q.isCount()) {
            return "";
        }
        if (q.baseUnit().isEmpty()) {
            return "，不带单位的精确数值，如 Quantity.parse(\"2.5\")，不能为负";
        }
        return "，单位为" + q.baseUnit() + "（" + (q.dimension().isDuration() ? "" : "或其倍数，") + "如 Quantity.parse(\"" + example(q)
                + "\")），精确，不能为负";
    }

    private static String example(Type.Quantity q) {
        return (q.dimension().isDuration() ? "6" : q.unit().equals(q.baseUnit()) ? "3000" : "0.8") + q.unit();
    }

    private void validate(MethodSpec.Builder method, List<String> names) {
        for (String name : names) {
            Type type = clause.input(name).orElseThrow().type();
            // Rates too: the cap proof assumes every money, count and rate input is at least zero.
            if (type instanceof Type.Quantity q && !q.isCount()) {
                // a measure must come in the declared dimension: an input in 亩 takes 8000亩 or 0.8万亩, never 平方米
                method.addStatement("$T.requireNonNegative($N, $L, CLAUSE, $L)", CHECKS, JavaNames.variable(name),
                        JavaLiteral.of(q.baseUnit()), JavaLiteral.of(name));
            } else if (type instanceof Type.Money || type instanceof Type.Quantity || type instanceof Type.Rate) {
                method.addStatement("$T.requireNonNegative($N, CLAUSE, $L)", CHECKS, JavaNames.variable(name), JavaLiteral.of(name));
            } else if (!(type instanceof Type.Bool)) {
                method.addStatement("$T.requireNonNull($N, CLAUSE, $L)", CHECKS, JavaNames.variable(name), JavaLiteral.of(name));
            }
        }
    }

    /**
     * Definitions and 认定 rules the body reads, computed once up front, in declaration order. A
     * rule is asked through its own method rather than recomputed here: with rules that each name
     * the one before, recomputing would repeat the whole chain in every method (code quadratic in
     * the chain's length).
     */
    private void locals(MethodSpec.Builder method, Reads reads) {
        locals(method, reads, expressions);
    }

    private void locals(MethodSpec.Builder method, Reads reads, ExpressionWriter writer) {
        for (String name : reads.definitions()) {
            Definition d = clause.definition(name).orElseThrow();
            method.addStatement("$T $N = $L", writer.javaType(d.expr().type(), javaType(d.expr().type())),
                    JavaNames.variable(d.name()), writer.expr(d.expr()));
        }
        for (String name : reads.rules()) {
            Eligibility e = clause.eligibility(name).orElseThrow();
            method.addStatement("boolean $N = $N($L)", JavaNames.variable(e.name()), JavaNames.identifier(e.name()),
                    arguments(e.inputs()));
        }
    }

    /** A step for each definition read whose products were not whole 分, as the interpreter adds it (Trace.note skips an empty one). */
    private void definitionRoundings(MethodSpec.Builder method, Reads reads) {
        for (String name : reads.definitions()) {
            List<CheckedExpr.Arithmetic> operations = Roundings.of(clause.definition(name).orElseThrow().expr());
            if (!operations.isEmpty()) {
                List<CodeBlock> args = new ArrayList<>(List.of(CodeBlock.of("$L", JavaLiteral.of(name))));
                args.addAll(expressions.notes(operations));
                method.addStatement("steps.definition($L)", CodeBlock.join(args, ",$W"));
            }
        }
    }

    private static CodeBlock arguments(List<String> inputs) {
        return inputs.stream().map(i -> CodeBlock.of("$N", JavaNames.variable(i))).collect(CodeBlock.joining(", "));
    }

    /**
     * The public method: it takes the clause's {@code Inputs}, reads each input the method reads by
     * its accessor (which names input and clause when the input is missing) and calls the private
     * positional method. Only the named form is public, so two amounts cannot be swapped by position.
     */
    private MethodSpec named(MethodSpec positional, List<String> names) {
        String doc = positional.javadoc().toString();
        String summary = doc.substring(0, doc.indexOf('\n'));
        String returns = doc.substring(doc.indexOf("@return ") + "@return ".length());
        returns = returns.substring(0, returns.indexOf('\n'));
        MethodSpec.Builder method = MethodSpec.methodBuilder(positional.name()).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(positional.returnType())
                .addJavadoc("$L\n\n", summary)
                .addJavadoc("<p>$L\n\n", JavadocText.of("读取的输入：" + (names.isEmpty() ? "无" : "「" + String.join("」「", names) + "」") + "。"))
                .addJavadoc("@param inputs $L\n", JavadocText.of(clause.citation() + "的输入，按名称给出（Inputs.builder() 或 Inputs.from(facts)）"))
                .addJavadoc("@return $L\n", returns)
                .addJavadoc("@throws $T 所读的输入未填写、为空或为负时\n", PolicyInputException.class)
                .addParameter(inputs.type(), "inputs");
        if (positional.javadoc().toString().contains("PolicyArithmeticException")) {
            method.addJavadoc("@throws $T 金额超出可计算的范围时\n", PolicyArithmeticException.class);
        }
        CodeBlock args = names.stream().map(n -> CodeBlock.of("inputs.$N()", JavaNames.identifier(n))).collect(CodeBlock.joining(",$W"));
        return method.addStatement("return $N($L)", positional.name(), args).build();
    }

    TypeName javaType(Type type) {
        if (type instanceof Type.Choice c) {
            return expressions.choiceType(c);
        }
        return plainJavaType(type);
    }

    /** The Java type of any type but a choice (whose enum belongs to a clause). */
    static TypeName plainJavaType(Type type) {
        if (type instanceof Type.Money) {
            return ExpressionWriter.MONEY;
        } else if (type instanceof Type.Rate) {
            return ClassName.get(Rate.class);
        } else if (type instanceof Type.Bool) {
            return TypeName.BOOLEAN;
        } else if (type instanceof Type.Quantity q && !q.isCount()) {
            return ExpressionWriter.QUANTITY;
        } else if (type instanceof Type.Quantity) {
            return TypeName.LONG;
        } else if (type instanceof Type.Date) {
            return ClassName.get(LocalDate.class);
        }
        throw new IllegalStateException(type.toString());
    }

}
