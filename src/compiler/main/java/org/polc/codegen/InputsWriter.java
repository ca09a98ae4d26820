package org.polc.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import org.polc.model.Clause;
import org.polc.model.Input;
import org.polc.model.Program;
import org.polc.model.Type;
import org.polc.runtime.Facts;
import org.polc.runtime.InputDescriptor;
import org.polc.runtime.PolicyInputException;

/**
 * A clause's nested {@code Inputs}: one typed setter per input on its builder, named as the input,
 * so that two amounts cannot be swapped by position; one key per input (a document fact's key is the
 * one of the document's facts class, so one enterprise's facts are given once); and an accessor that
 * throws {@link PolicyInputException} naming the input and the clause when the input was not given.
 */
final class InputsWriter {

    static final ClassName FACTS = ClassName.get(Facts.class);
    static final ClassName INPUT = ClassName.get(InputDescriptor.class);

    private final Program program;
    private final Clause clause;
    private final ClassName inputs;
    private final Function<Type, TypeName> javaType;

    InputsWriter(Program program, Clause clause, ClassName clauseClass, Function<Type, TypeName> javaType) {
        this.program = program;
        this.clause = clause;
        this.inputs = clauseClass.nestedClass("Inputs");
        this.javaType = javaType;
    }

    ClassName type() {
        return inputs;
    }

    /**
     * The key of an input as the clause's code names it. A choice fact keeps a key per clause: each
     * clause has its own enum of the choice's values.
     */
    CodeBlock key(String name) {
        return CodeBlock.of("$T.$N", inputs, JavaNames.variable(name));
    }

    /** The keys of these inputs, for a descriptor: List.of(Inputs.甲, Inputs.乙). */
    CodeBlock keys(List<String> names) {
        return CodeBlock.of("$T.of($L)", List.class, names.stream().map(this::key).collect(CodeBlock.joining(",$W")));
    }

    /** Whether the input is the document's fact, keyed once for the document. */
    static boolean shared(Input input) {
        return input.fact().isPresent() && !(input.type() instanceof Type.Choice);
    }

    TypeSpec generate() {
        TypeSpec.Builder type = TypeSpec.classBuilder(inputs).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L", JavadocText.of(clause.citation() + "的输入，按名称给出；不可变。")
                        + "用 {@link #builder()} 逐项给出，或用 {@link #from(Facts)} 从一个申请人的事实中取值。"
                        + "\n\n<p>没有给出的输入可以缺；读到缺的输入的计算器抛出 {@link PolicyInputException}，"
                        + JavadocText.of("指明本条和输入，如「" + clause.citation() + "：输入「…」未填写」。") + "\n");
        ClassName builder = inputs.nestedClass("Builder");
        TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", JavadocText.of("逐项给出" + clause.citation() + "的输入；每个输入一个方法，名称即输入的名称。"));
        b.addField(FieldSpec.builder(Facts.Builder.class, "_facts", Modifier.PRIVATE, Modifier.FINAL).build());
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(Facts.Builder.class, "facts")
                .addStatement("this._facts = facts").build());
        for (Input input : clause.inputs()) {
            type.addField(keyField(input));
            TypeName value = javaType.apply(input.type());
            String doc = describe(input);
            type.addMethod(MethodSpec.methodBuilder(JavaNames.identifier(input.name())).addModifiers(Modifier.PUBLIC).returns(value)
                    .addJavadoc("$L\n\n", JavadocText.of("输入「" + input.name() + "」的值：" + doc + "。"))
                    .addJavadoc("@return 给出的值\n")
                    .addJavadoc("@throws $T 没有给出时\n", PolicyInputException.class)
                    .addStatement("return _facts.require($N, CLAUSE)", JavaNames.variable(input.name())).build());
            b.addMethod(MethodSpec.methodBuilder(JavaNames.identifier(input.name())).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(value, "value")
                    .addJavadoc("$L\n\n", JavadocText.of("给出输入「" + input.name() + "」：" + doc + "。"))
                    .addJavadoc("@param value $L\n", JavadocText.of("「" + input.name() + "」的值" + (value.isPrimitive() ? "" : "；null 表示不给出")))
                    .addJavadoc("@return 本构建器\n")
                    .addStatement("_facts.set($T.$N, value)", inputs, JavaNames.variable(input.name()))
                    .addStatement("return this").build());
        }
        b.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(inputs)
                .addJavadoc("$L\n\n@return 不可变的输入\n", JavadocText.of("按已给出的输入构造；没有给出的输入在被读到时才报错。"))
                .addStatement("return new $T(_facts.build())", inputs).build());
        type.addField(FieldSpec.builder(FACTS, "_facts", Modifier.PRIVATE, Modifier.FINAL).build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(FACTS, "facts")
                .addStatement("this._facts = facts").build());
        type.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                .addJavadoc("$L\n\n@return 空的构建器\n", JavadocText.of("逐项给出" + clause.citation() + "的输入。"))
                .addStatement("return new $T($T.builder())", builder, FACTS).build());
        type.addMethod(MethodSpec.methodBuilder("from").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(inputs)
                .addParameter(FACTS, "facts")
                .addJavadoc("$L\n\n", JavadocText.of("从一个申请人的事实中取本条的输入：文件事实按文件的名称（"
                        + JavaNames.factsClass(program) + " 中的键），本条自己的输入按本类的键。"))
                .addJavadoc("@param facts 申请人的事实\n@return 本条的输入\n")
                .addStatement("return new $T($T.requireNonNull(facts, CLAUSE, $S))", inputs, ClauseGenerator.CHECKS, "事实").build());
        type.addMethod(MethodSpec.methodBuilder("facts").addModifiers(Modifier.PUBLIC).returns(FACTS)
                .addJavadoc("$L\n\n@return 给出的事实\n", JavadocText.of("给出的全部输入，作为事实表，可再交给别的条款。"))
                .addStatement("return _facts").build());
        type.addType(b.build());
        return type.build();
    }

    private FieldSpec keyField(Input input) {
        TypeName value = javaType.apply(input.type()).box();
        FieldSpec.Builder field = FieldSpec.builder(ParameterizedTypeName.get(INPUT, value), JavaNames.variable(input.name()),
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        if (shared(input)) {
            return field.addJavadoc("$L\n", JavadocText.of("输入「" + input.name() + "」的键：文件事实，与 " + JavaNames.factsClass(program)
                            + " 中的同一个。"))
                    .initializer("$T.$N", ClassName.get(JavaNames.packageName(program), JavaNames.factsClass(program)),
                            JavaNames.variable(input.name()))
                    .build();
        }
        field.addJavadoc("$L\n", JavadocText.of("输入「" + input.name() + "」的键：" + clause.citation() + "自己的输入，"
                + "与别的条款的同名输入不是同一个。"));
        if (input.type() instanceof Type.Choice && value instanceof ClassName choice) {
            // Qualified: inside Inputs the enum's simple name is the key field of the same name.
            String qualified = choice.enclosingClassName().simpleName() + "." + choice.simpleName();
            return field.initializer("$T.choice(CLAUSE,$W$L,$W$L.class,$W$L,$W$T.of($L.values()))", INPUT, JavaLiteral.of(input.name()), qualified,
                    JavaLiteral.of(input.type().chinese()), List.class, qualified).build();
        }
        return field.initializer("$T.clause(CLAUSE,$W$L,$W$T.class,$W$L,$W$L)", INPUT, JavaLiteral.of(input.name()), value,
                JavaLiteral.of(input.type().chinese()), JavaLiteral.of(input.meaning().orElse(""))).build();
    }

    /** What the input is, for the Javadoc: the fact's meaning or 一次性's, and the type. */
    static String describe(Input input) {
        String meaning = input.fact().map(f -> "文件事实，" + f.meaning() + "；")
                .or(() -> input.oneOff().map(o -> "编译器为「一次性」引入的输入，" + o.meaning() + "（为 true 时不予）；")).orElse("");
        return meaning + input.type().chinese() + (input.type() instanceof Type.Money ? "，不能为负" : "");
    }
}
