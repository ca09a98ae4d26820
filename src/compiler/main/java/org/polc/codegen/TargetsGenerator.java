package org.polc.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.polc.model.Clause;
import org.polc.model.Goal;
import org.polc.model.GoalValue;
import org.polc.model.Part;
import org.polc.model.Program;
import org.polc.model.Target;
import org.polc.model.TargetFigure;
import org.polc.runtime.Figure;
import org.polc.runtime.TargetCheck;
import org.polc.runtime.TargetRelation;
import org.polc.runtime.TargetResult;
import org.polc.vocabulary.ChineseNumerals;

/**
 * The targets of a policy → one class {@code Targets}, with a nested class per place that has targets
 * (政策, 第二部分, 第二十条) and a method per target taking the actual figures and returning a
 * {@link TargetResult}. The methods make the same {@link TargetCheck} calls as {@code polc targets}.
 */
final class TargetsGenerator {

    static final String CLASS = "Targets";

    private static final ClassName FIGURE = ClassName.get(Figure.class);
    private static final ClassName CHECK = ClassName.get(TargetCheck.class);
    private static final ClassName RELATION = ClassName.get(TargetRelation.class);
    private static final ClassName RESULT = ClassName.get(TargetResult.class);

    private TargetsGenerator() {}

    /** The class, or empty when the policy has no targets. */
    static Optional<TypeSpec> generate(Program program) {
        TypeSpec.Builder type = TypeSpec.classBuilder(CLASS).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", JavadocText.of("《" + program.title() + "》的目标：每个目标一个方法，参数是实际数（null 表示未提供），"
                        + "返回达成、在容差内、未达成或未提供实际值，差额和引用部分、条款的说明。\n"));
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        boolean any = false;
        if (!program.targets().isEmpty()) {
            type.addType(place("政策", program.title(), program.targets()));
            any = true;
        }
        for (Part part : program.parts()) {
            if (!part.targets().isEmpty()) {
                type.addType(place("第" + ChineseNumerals.format(part.number()) + "部分", part.title(), part.targets()));
                any = true;
            }
            for (Clause clause : part.clauses()) {
                if (!clause.targets().isEmpty()) {
                    type.addType(place(clause.citation(), clause.title(), clause.targets()));
                    any = true;
                }
            }
        }
        return any ? Optional.of(type.build()) : Optional.empty();
    }

    private static TypeSpec place(String citation, String title, List<Target> targets) {
        TypeSpec.Builder type = TypeSpec.classBuilder(citation).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L", JavadocText.of(citation + " " + title + "的目标。\n"));
        type.addField(FieldSpec.builder(String.class, "PLACE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("目标所在的部分或条款，说明中引用它。\n").initializer("$L", JavaLiteral.of(citation)).build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        Set<String> methods = new HashSet<>();
        for (Target t : targets) {
            type.addMethod(target(t, methods));
        }
        return type.build();
    }

    private static MethodSpec target(Target t, Set<String> used) {
        String base = JavaNames.identifier(identifier(String.join("且", t.goals().stream().map(Goal::indicator).toList())));
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            name = base + "_" + i;
        }
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(RESULT);
        StringBuilder doc = new StringBuilder(JavadocText.of("目标：" + t.year().map(y -> y + "年 ").orElse("") + t.strength().map(s -> s + " ").orElse("")
                + t.text() + "。") + "\n\n");
        for (Goal g : t.goals()) {
            // the base is the text's own figure, so it is no parameter: say how the figure comes about
            g.value().asBudgeted().ifPresent(b -> doc.append(JavadocText.of("目标数：" + b.derivation() + "（原文写明的预算，不是参数）。")).append("\n\n"));
        }
        Set<String> params = new HashSet<>();
        List<String> results = new ArrayList<>();
        for (int i = 0; i < t.goals().size(); i++) {
            Goal g = t.goals().get(i);
            String result = "_goal" + i;
            results.add(result);
            m.addCode(goal(g, result, m, params, doc));
        }
        if (results.size() == 1) {
            m.addStatement("return $L", results.get(0));
        } else {
            m.addStatement("return $T.all(PLACE, $T.of($L))", CHECK, List.class, String.join(", ", results));
        }
        doc.append("@return 达成、在容差内、未达成或未提供实际值，差额（以目标的单位计）和中文说明\n");
        m.addJavadoc("$L", doc.toString());
        return m.build();
    }

    private static CodeBlock goal(Goal g, String result, MethodSpec.Builder m, Set<String> params, StringBuilder doc) {
        CodeBlock.Builder code = CodeBlock.builder();
        String actual = "_actual" + result.substring(5);
        String note = "_note" + result.substring(5);
        // an exact goal (no 左右) calls the overload without a tolerance: no null argument in generated code
        CodeBlock toleranceCode = g.tolerance().map(t -> CodeBlock.of(",$W$L", literal(t.amount()))).orElse(CodeBlock.of(""));
        if (g.growth()) {
            String now = param(m, params, g.indicator() + "本年", FIGURE, doc, "「" + g.indicator() + "」本年的数");
            String last = param(m, params, g.indicator() + "上年", FIGURE, doc, "「" + g.indicator() + "」上年的数（同一种单位）");
            code.addStatement("$T $L = $L == null || $L == null$W? null$W: $T.growth($L, $L)", FIGURE, actual, now, last, CHECK, now, last);
            code.addStatement("$T $L = $L == null ? \"\" : $T.growthNote($L, $L)", String.class, note, actual, CHECK, now, last);
        } else if (g.qualifier().isPresent()) {
            Goal.Qualifier q = g.qualifier().get();
            String items = param(m, params, g.indicator() + "各项", ParameterizedTypeName.get(ClassName.get(List.class), FIGURE), doc,
                    "「" + g.indicator() + "」各项的数（以" + q.threshold().unit() + "等" + q.threshold().resolved().dimension().chinese() + "计），由本方法数出符合「"
                            + q.text() + "」的项数");
            code.addStatement("$T $L = $L == null$W? null$W: $T.count($L,$W$T.$L,$W$L,$W$L)", FIGURE, actual, items, CHECK, items, RELATION,
                    q.relation().name(), literal(q.threshold()), JavaLiteral.of(countUnit(g)));
            code.addStatement("$T $L = $L == null ? \"\" : $T.countNote($L, $L, $L)", String.class, note, actual, CHECK, items, actual,
                    JavaLiteral.of(q.text()));
        } else {
            String p = param(m, params, g.indicator(), FIGURE, doc, "「" + g.indicator() + "」的实际数" + unitNote(g));
            code.addStatement("$T $L = $L", FIGURE, actual, p);
            code.addStatement("$T $L = \"\"", String.class, note);
        }
        CodeBlock call = g.value().accept(new GoalValue.Visitor<CodeBlock>() {
            @Override
            public CodeBlock visitFixed(GoalValue.Fixed fixed) {
                return CodeBlock.of("$T.compare(PLACE,$W$L,$W$L,$W$L,$W$L,$W$T.$L,$W$L$L)", CHECK, JavaLiteral.of(g.indicator()), JavaLiteral.of(g.text()),
                        actual, note, RELATION, g.relation().name(), literal(fixed.figure()), toleranceCode);
            }

            @Override
            public CodeBlock visitRange(GoalValue.Range range) {
                return CodeBlock.of("$T.range(PLACE,$W$L,$W$L,$W$L,$W$L,$W$L)", CHECK, JavaLiteral.of(g.indicator()), JavaLiteral.of(g.text()),
                        actual, literal(range.low()), literal(range.high()));
            }

            @Override
            public CodeBlock visitRelative(GoalValue.Relative relative) {
                String baseline = param(m, params, relative.baseline(), FIGURE, doc, "基数「" + relative.baseline() + "」的实际数（与实际数同一种单位）");
                CodeBlock factor = relative.factor().map(TargetsGenerator::literal).orElse(CodeBlock.of("$T.of(1L, 1L, \"\")", FIGURE));
                return CodeBlock.of("$T.relative(PLACE,$W$L,$W$L,$W$L,$W$L,$W$T.$L,$W$L,$W$L,$W$L$L)", CHECK, JavaLiteral.of(g.indicator()),
                        JavaLiteral.of(g.text()), actual, note, RELATION, g.relation().name(), JavaLiteral.of(relative.baseline()), baseline, factor,
                        toleranceCode);
            }

            @Override
            public CodeBlock visitBudgeted(GoalValue.Budgeted budgeted) {
                // the budget's amount for the year is in the text: a constant, not a parameter
                CodeBlock factor = budgeted.factor().map(TargetsGenerator::literal).orElse(CodeBlock.of("$T.of(1L, 1L, \"\")", FIGURE));
                return CodeBlock.of("$T.relative(PLACE,$W$L,$W$L,$W$L,$W$L,$W$T.$L,$W$L,$W$L,$W$L$L)", CHECK, JavaLiteral.of(g.indicator()),
                        JavaLiteral.of(g.text()), actual, note, RELATION, g.relation().name(), JavaLiteral.of(budgeted.baseline()),
                        literal(budgeted.amount()), factor, toleranceCode);
            }
        });
        code.addStatement("$T $L = $L", RESULT, result, call);
        return code.build();
    }

    private static String param(MethodSpec.Builder m, Set<String> params, String name, TypeName type, StringBuilder doc, String meaning) {
        String base = JavaNames.variable(identifier(name));
        String id = base;
        for (int i = 2; !params.add(id); i++) {
            id = base + "_" + i;
        }
        m.addParameter(type, id);
        doc.append("@param ").append(id).append(' ').append(JavadocText.of(meaning + "；null 表示未提供")).append('\n');
        return id;
    }

    private static String unitNote(Goal g) {
        return g.value().accept(new GoalValue.Visitor<String>() {
            @Override
            public String visitFixed(GoalValue.Fixed fixed) {
                return "（" + fixed.figure().resolved().dimension().chinese() + "，如 Figure.parse(\"" + fixed.figure().text() + "\")）";
            }

            @Override
            public String visitRange(GoalValue.Range range) {
                return "（" + range.high().resolved().dimension().chinese() + "）";
            }

            @Override
            public String visitRelative(GoalValue.Relative relative) {
                return "（与基数同一种单位）";
            }

            @Override
            public String visitBudgeted(GoalValue.Budgeted budgeted) {
                return "（" + budgeted.threshold().resolved().dimension().chinese() + "，如 Figure.parse(\"" + budgeted.threshold().text() + "\")）";
            }
        });
    }

    /** A name as a Java identifier: the characters Java does not take (quotes, punctuation) are left out. */
    static String identifier(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().filter(c -> sb.isEmpty() ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c))
                .forEach(sb::appendCodePoint);
        return sb.isEmpty() ? "目标" : sb.toString();
    }

    private static String countUnit(Goal g) {
        return g.value().statedFigure().map(TargetFigure::unit).orElse("");
    }

    /** Figure.of(79L, 20L, "%"), or with BigIntegers when the numbers do not fit a long. */
    private static CodeBlock literal(TargetFigure f) {
        BigInteger n = f.value().numerator();
        BigInteger d = f.value().denominator();
        if (n.bitLength() < 64 && d.bitLength() < 64) {
            return CodeBlock.of("$T.of($LL, $LL, $L)", FIGURE, n, d, JavaLiteral.of(f.unit()));
        }
        return CodeBlock.of("$T.of(new $T($S), new $T($S), $L)", FIGURE, BigInteger.class, n.toString(), BigInteger.class, d.toString(),
                JavaLiteral.of(f.unit()));
    }
}
