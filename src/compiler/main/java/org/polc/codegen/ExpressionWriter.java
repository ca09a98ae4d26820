package org.polc.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.polc.model.CheckedCondition;
import org.polc.model.CheckedExpr;
import org.polc.model.Operator;
import org.polc.model.Rational;
import org.polc.model.Roundings;
import org.polc.model.RuntimeValues;
import org.polc.model.Type;
import org.polc.runtime.Dates;
import org.polc.runtime.Money;
import org.polc.runtime.PolicyArithmeticException;
import org.polc.runtime.Quantity;
import org.polc.runtime.Rate;
import org.polc.runtime.Rounding;
import org.polc.runtime.Share;
import org.polc.runtime.internal.Fen;
import org.polc.vocabulary.Comparison;

/**
 * Writes checked expressions and conditions as Java over the runtime types: money as {@code Money}
 * (long 分), rates and shares as {@code Rate} (exact fraction), counts as {@code long}, measures (亩,
 * 美元, 数值 …) as {@code Quantity} (an exact fraction in the base unit). Constants become
 * {@code static final} fields so the hot path allocates nothing for them.
 */
final class ExpressionWriter {

    static final ClassName MONEY = ClassName.get(Money.class);
    static final ClassName RATE = ClassName.get(Rate.class);
    static final ClassName ROUNDING = ClassName.get(Rounding.class);
    static final ClassName QUANTITY = ClassName.get(Quantity.class);
    static final ClassName SHARE = ClassName.get(Share.class);

    static final ClassName FEN = ClassName.get(Fen.class);

    private final ClassName owner;
    private final Rounding rounding;
    private final Map<String, FieldSpec> constants;
    private final Map<String, MethodSpec> helpers;
    /**
     * Money as {@code long} 分 (the fast calculator methods): an input is read as {@code x.fen()}, a
     * definition is a {@code long} local, a constant a {@code long} field, arithmetic goes through
     * {@link Fen}'s exact operations and a comparison is a plain {@code <}; only the award makes a
     * {@code Money} ({@link #money}). Otherwise (the explained methods, rules, targets) money is a {@code Money}.
     */
    private final boolean fen;

    ExpressionWriter(ClassName owner, Rounding rounding) {
        this(owner, rounding, new LinkedHashMap<>(), new LinkedHashMap<>(), false);
    }

    private ExpressionWriter(ClassName owner, Rounding rounding, Map<String, FieldSpec> constants,
            Map<String, MethodSpec> helpers, boolean fen) {
        this.owner = owner;
        this.rounding = rounding;
        this.constants = constants;
        this.helpers = helpers;
        this.fen = fen;
    }

    /** The same writer with money as {@code long} 分, sharing this one's constants and helpers. */
    ExpressionWriter inFen() {
        return new ExpressionWriter(owner, rounding, constants, helpers, true);
    }

    /** Whether money is written as {@code long} 分. */
    boolean fen() {
        return fen;
    }

    /** The Java type of a value of this type: {@code long} for money in {@link #fen} mode. */
    TypeName javaType(Type type, TypeName otherwise) {
        return fen && type instanceof Type.Money ? TypeName.LONG : otherwise;
    }

    /**
     * A money expression as a {@code Money}: in {@link #fen} mode a constant is its {@code Money} field (no
     * allocation), an input its parameter, anything else {@code Money.ofFen(…)} of the {@code long}; in
     * the other mode, the expression.
     */
    CodeBlock money(CheckedExpr e) {
        if (!fen || !(e.type() instanceof Type.Money)) {
            return expr(e);
        }
        if (e.asConstant().isPresent()) {
            return moneyConstant(e.asConstant().get().value());
        }
        if (e.asInput().isPresent()) {
            // an input is a Money parameter already: no need to read its 分 and make it again
            return CodeBlock.of("$N", JavaNames.variable(e.asInput().get().name()));
        }
        return CodeBlock.of("$T.ofFen($L)", MONEY, expr(e));
    }

    List<FieldSpec> constants() {
        return new ArrayList<>(constants.values());
    }

    /** Private helpers the expressions call (exact count arithmetic), written only when used. */
    List<MethodSpec> helpers() {
        return new ArrayList<>(helpers.values());
    }

    CodeBlock expr(CheckedExpr e) {
        return e.accept(writer);
    }

    private final CheckedExpr.Visitor<CodeBlock> writer = new CheckedExpr.Visitor<>() {
        public CodeBlock visitConstant(CheckedExpr.Constant k) {
            return constant(k.type(), k.value());
        }

        public CodeBlock visitInput(CheckedExpr.Input i) {
            if (fen && i.type() instanceof Type.Money) {
                return CodeBlock.of("$N.fen()", JavaNames.variable(i.name()));
            }
            return CodeBlock.of("$N", JavaNames.variable(i.name()));
        }

        public CodeBlock visitDefinition(CheckedExpr.Definition d) {
            return CodeBlock.of("$N", JavaNames.variable(d.name()));
        }

        public CodeBlock visitRule(CheckedExpr.Rule rule) {
            return CodeBlock.of("$N", JavaNames.variable(rule.name()));
        }

        public CodeBlock visitNegate(CheckedExpr.Negate n) {
            // The checker lets only money be negated; constants were folded before.
            if (fen) {
                return CodeBlock.of("$T.negate($L)", FEN, expr(n.operand()));
            }
            return CodeBlock.of("$L.negate()", expr(n.operand()));
        }

        public CodeBlock visitArithmetic(CheckedExpr.Arithmetic a) {
            return arithmetic(a);
        }

        public CodeBlock visitShare(CheckedExpr.Share s) {
            return CodeBlock.of("$T.of($L,$W$L,$WCLAUSE,$W$L,$W$L)", SHARE, money(s.part()), money(s.whole()),
                    JavaLiteral.of(s.whole().origin().text()), JavaLiteral.of(s.origin().text()));
        }

        public CodeBlock visitMinMax(CheckedExpr.MinMax m) {
            CodeBlock result = expr(m.arguments().get(0));
            for (int i = 1; i < m.arguments().size(); i++) {
                CodeBlock next = expr(m.arguments().get(i));
                if (isMeasure(m.type())) {
                    result = CodeBlock.of("$T.$N($L, $L)", QUANTITY, m.max() ? "max" : "min", result, next);
                } else if (m.type() instanceof Type.Money && !fen) {
                    result = CodeBlock.of("$T.$N($L, $L)", MONEY, m.max() ? "max" : "min", result, next);
                } else if (m.type() instanceof Type.Rate) {
                    // Rate has no min/max of its own; compare exactly (both sides are pure expressions).
                    result = CodeBlock.of("($L.compareTo($L) $L 0 ? $L : $L)", result, next, m.max() ? ">=" : "<=", result, next);
                } else {
                    result = CodeBlock.of("$T.$N($L, $L)", Math.class, m.max() ? "max" : "min", result, next);
                }
            }
            return result;
        }
    };

    private CodeBlock arithmetic(CheckedExpr.Arithmetic a) {
        CodeBlock l = expr(a.left());
        CodeBlock r = expr(a.right());
        boolean money = a.left().type() instanceof Type.Money;
        if (a.left().type() instanceof Type.Date) {
            return CodeBlock.of("$T.$N($L, $L)", ClassName.get(Dates.class), a.operator() == Operator.SUBTRACT ? "minus" : "plus", l, r);
        }
        if (isMeasure(a.left().type()) || isMeasure(a.right().type())) {
            CodeBlock measured = measureArithmetic(a, money(a.left()), money(a.right()));
            return fen && a.type() instanceof Type.Money ? CodeBlock.of("$L.fen()", measured) : measured;
        }
        if (fen && a.type() instanceof Type.Money) {
            return fenArithmetic(a, l, r);
        }
        switch (a.operator()) {
            case ADD:
                return money ? CodeBlock.of("$L.plus($L)", l, r)
                        : CodeBlock.of("$N($L, $L, $L)", helper("addExact", 2), l, r, JavaLiteral.of(a.origin().excerpt()));
            case SUBTRACT:
                return money ? CodeBlock.of("$L.minus($L)", l, r)
                        : CodeBlock.of("$N($L, $L, $L)", helper("subtractExact", 2), l, r, JavaLiteral.of(a.origin().excerpt()));
            case MULTIPLY: {
                CheckedExpr m = money ? a.left() : a.right();
                CheckedExpr f = money ? a.right() : a.left();
                CodeBlock mc = money ? l : r;
                CodeBlock fc = money ? r : l;
                if (!(m.type() instanceof Type.Money)) {
                    break;
                }
                return f.type() instanceof Type.Rate
                        ? CodeBlock.of("$L.times($L, $T.$N)", mc, fc, ROUNDING, rounding.name())
                        : CodeBlock.of("$L.times($L)", mc, fc);
            }
            case DIVIDE:
                if (money && a.right().asConstant().isPresent()) {
                    Rational divisor = a.right().asConstant().get().value();
                    return CodeBlock.of("$L.times($L, $T.$N)", l, constant(Type.RATE, Rational.ONE.dividedBy(divisor)), ROUNDING, rounding.name());
                }
                break;
            default:
                break;
        }
        throw new IllegalStateException("unsupported arithmetic " + a.origin().text());
    }

    /**
     * Money arithmetic on {@code long} 分 through {@link Fen}: {@code Fen.minus(a, b)}, and a product by a
     * constant rate with the rate's own terms, {@code Fen.times(新增额, 1L, 20L, Rounding.HALF_UP)}, so that
     * the JIT divides by a constant.
     */
    private CodeBlock fenArithmetic(CheckedExpr.Arithmetic a, CodeBlock l, CodeBlock r) {
        switch (a.operator()) {
            case ADD:
                return CodeBlock.of("$T.plus($L, $L)", FEN, l, r);
            case SUBTRACT:
                return CodeBlock.of("$T.minus($L, $L)", FEN, l, r);
            case MULTIPLY: {
                boolean moneyLeft = a.left().type() instanceof Type.Money;
                CheckedExpr f = moneyLeft ? a.right() : a.left();
                CodeBlock mc = moneyLeft ? l : r;
                CodeBlock fc = moneyLeft ? r : l;
                if (!(f.type() instanceof Type.Rate)) {
                    return CodeBlock.of("$T.times($L, $L)", FEN, mc, fc);
                }
                if (f.asConstant().isPresent()) {
                    return fenProduct(mc, f.asConstant().get().value());
                }
                return CodeBlock.of("$T.times($L, $L, $T.$N)", FEN, mc, fc, ROUNDING, rounding.name());
            }
            case DIVIDE:
                if (a.right().asConstant().isPresent()) {
                    return fenProduct(l, Rational.ONE.dividedBy(a.right().asConstant().get().value()));
                }
                break;
            default:
                break;
        }
        throw new IllegalStateException("unsupported arithmetic " + a.origin().text());
    }

    private CodeBlock fenProduct(CodeBlock money, Rational factor) {
        Rate rate = RuntimeValues.rate(factor);
        return CodeBlock.of("$T.times($L, $LL, $LL, $T.$N)", FEN, money, rate.numerator(), rate.denominator(), ROUNDING,
                rounding.name());
    }

    /** {@code money, rate, Rounding.HALF_UP}: the arguments of a step that shows a product at the root of an amount. */
    CodeBlock productArguments(CheckedExpr.Arithmetic a) {
        return CodeBlock.of("$L,$W$L,$W$T.$N", expr(Roundings.money(a)), factor(a), ROUNDING, rounding.name());
    }

    /**
     * {@code steps.rounded(text, money, rate, Rounding.HALF_UP)}, one per rounding a step made: the recorder
     * notes after the step those that were not whole 分, as the interpreter words them.
     */
    List<CodeBlock> notes(List<CheckedExpr.Arithmetic> operations) {
        return operations.stream()
                .map(a -> CodeBlock.of("steps.rounded($L,$W$L,$W$L,$W$T.$N)", JavaLiteral.of(a.origin().text()),
                        expr(Roundings.money(a)), factor(a), ROUNDING, rounding.name()))
                .toList();
    }

    /** The rate a rounding operation multiplies by: the rate, or one over a constant divisor (as {@link #arithmetic} writes it). */
    private CodeBlock factor(CheckedExpr.Arithmetic a) {
        if (a.operator() == Operator.DIVIDE) {
            return constant(Type.RATE, Rational.ONE.dividedBy(a.right().asConstant().orElseThrow().value()));
        }
        return expr(Roundings.factor(a));
    }

    /** A measure (亩, 美元, 数值 …), held as a {@code Quantity}; counts are {@code long}. */
    static boolean isMeasure(Type type) {
        return type instanceof Type.Quantity q && !q.isCount();
    }

    /** Measures add, subtract and compare among themselves and are multiplied or divided by a rate, exactly. */
    private CodeBlock measureArithmetic(CheckedExpr.Arithmetic a, CodeBlock l, CodeBlock r) {
        return switch (a.operator()) {
            case ADD -> CodeBlock.of("$L.plus($L)", l, r);
            case SUBTRACT -> CodeBlock.of("$L.minus($L)", l, r);
            case MULTIPLY -> isMeasure(a.left().type()) ? CodeBlock.of("$L.times($L)", l, r) : CodeBlock.of("$L.times($L)", r, l);
            case DIVIDE -> CodeBlock.of("$L.dividedBy($L)", l, r);
        };
    }

    CodeBlock constant(Type type, Rational value) {
        if (type instanceof Type.Date) {
            LocalDate date = (LocalDate) RuntimeValues.of(type, value);
            String name = "日期_" + date.toString().replace('-', '_');
            constants.computeIfAbsent(name, n -> FieldSpec.builder(LocalDate.class, n, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.of($L, $L, $L)", LocalDate.class, date.getYear(), date.getMonthValue(), date.getDayOfMonth()).build());
            return CodeBlock.of("$N", name);
        }
        if (isMeasure(type)) {
            Quantity q = RuntimeValues.quantity((Type.Quantity) type, value);
            String name = (q.baseUnit().isEmpty() ? "数值_" : "数量_") + q.toString().replace('.', '点').replace("/", "除以").replace("-", "负");
            constants.computeIfAbsent(name, n -> FieldSpec.builder(QUANTITY, n, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L\n", JavadocText.of(q.toString()))
                    .initializer("$T.of($LL, $LL, $L)", QUANTITY, q.numerator(), q.denominator(), JavaLiteral.of(q.baseUnit())).build());
            return CodeBlock.of("$N", name);
        }
        if (type instanceof Type.Quantity) {
            return CodeBlock.of("$LL", RuntimeValues.of(type, value));
        }
        if (type instanceof Type.Money) {
            return fen ? fenConstant(value) : moneyConstant(value);
        }
        Rate rate = RuntimeValues.rate(value);
        String name = "比例_" + rate.numerator() + "_" + rate.denominator();
        constants.computeIfAbsent(name.replace('-', '负'), n -> FieldSpec.builder(RATE, n, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", JavadocText.of(rate.toString()))
                .initializer("$T.of($LL, $LL)", RATE, rate.numerator(), rate.denominator()).build());
        return CodeBlock.of("$N", name.replace('-', '负'));
    }

    private CodeBlock moneyConstant(Rational value) {
        Money money = RuntimeValues.money(value);
        if (money.isZero()) {
            return CodeBlock.of("$T.ZERO", MONEY);
        }
        String name = "金额_" + money.toString().replace('.', '点').replace("-", "负");
        constants.computeIfAbsent(name, n -> FieldSpec.builder(MONEY, n, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.ofFen($LL)", MONEY, money.fen()).build());
        return CodeBlock.of("$N", name);
    }

    /** A money constant in 分 for the fast methods: {@code 分_200万元 = 200000000L}, a compile-time constant. */
    private CodeBlock fenConstant(Rational value) {
        Money money = RuntimeValues.money(value);
        if (money.isZero()) {
            return CodeBlock.of("0L");
        }
        String name = "分_" + money.toString().replace('.', '点').replace("-", "负");
        constants.computeIfAbsent(name, n -> FieldSpec.builder(TypeName.LONG, n, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L，以分计\n", JavadocText.of(money.toString()))
                .initializer("$LL", money.fen()).build());
        return CodeBlock.of("$N", name);
    }

    /**
     * {@code _addExact(a, b, expression)} and its kin: {@link Math}'s exact count arithmetic, with
     * an overflow reported as the interpreter reports it — a {@code PolicyArithmeticException}
     * naming the clause and the expression — rather than as a bare "long overflow".
     */
    private String helper(String math, int arity) {
        String name = "_" + math;
        helpers.computeIfAbsent(name, n -> {
            MethodSpec.Builder m = MethodSpec.methodBuilder(n).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(TypeName.LONG)
                    .addJavadoc("数量的精确运算；溢出时抛出 {@link $T}，指明条款和算式。\n", PolicyArithmeticException.class)
                    .addParameter(TypeName.LONG, "a");
            if (arity == 2) {
                m.addParameter(TypeName.LONG, "b");
            }
            m.addParameter(String.class, "expression");
            return m.beginControlFlow("try")
                    .addStatement(arity == 2 ? "return $T.$N(a, b)" : "return $T.$N(a)", Math.class, math)
                    .nextControlFlow("catch ($T e)", ArithmeticException.class)
                    .addStatement("throw $T.overflow(CLAUSE + $L + expression + $L)", PolicyArithmeticException.class,
                            JavaLiteral.of("「"), JavaLiteral.of("」"))
                    .endControlFlow()
                    .build();
        });
        return name;
    }

    CodeBlock condition(CheckedCondition c) {
        return c.accept(conditions);
    }

    private final CheckedCondition.Visitor<CodeBlock> conditions = new CheckedCondition.Visitor<>() {
        public CodeBlock visitCompare(CheckedCondition.Compare cmp) {
            CodeBlock l = expr(cmp.left());
            CodeBlock r = expr(cmp.right());
            String op = operator(cmp.op());
            if (cmp.left().type() instanceof Type.Quantity && !isMeasure(cmp.left().type())
                    || fen && cmp.left().type() instanceof Type.Money) {
                return CodeBlock.of("$L $L $L", l, op, r);
            }
            return CodeBlock.of("$L.compareTo($L) $L 0", l, r, op);
        }

        public CodeBlock visitTruth(CheckedCondition.Truth t) {
            return t.expected() ? expr(t.value()) : CodeBlock.of("!$L", expr(t.value()));
        }

        public CodeBlock visitOneOf(CheckedCondition.OneOf o) {
            if (o.values().isEmpty()) {
                return CodeBlock.of("false");
            }
            List<CodeBlock> tests = new ArrayList<>();
            for (String v : o.values()) {
                tests.add(CodeBlock.of("$L == $L", expr(o.choice()), constantOf((Type.Choice) o.choice().type(), v)));
            }
            CodeBlock joined = CodeBlock.join(tests, " ||$W");
            return o.values().size() == 1 ? joined : CodeBlock.of("($L)", joined);
        }

        public CodeBlock visitGrade(CheckedCondition.Grade g) {
            // Grades are declared from the highest: a smaller ordinal is a higher grade.
            return CodeBlock.of("$T.compare($L.ordinal(), $L.ordinal()) $L 0", Integer.class,
                    constantOf((Type.Choice) g.choice().type(), g.value()), expr(g.choice()), operator(g.op()));
        }

        public CodeBlock visitNot(CheckedCondition.Not n) {
            return CodeBlock.of("!($L)", condition(n.operand()));
        }

        public CodeBlock visitAnd(CheckedCondition.And a) {
            return CodeBlock.of("($L &&$W$L)", condition(a.left()), condition(a.right()));
        }

        public CodeBlock visitOr(CheckedCondition.Or o) {
            return CodeBlock.of("($L ||$W$L)", condition(o.left()), condition(o.right()));
        }
    };

    private static String operator(Comparison op) {
        return switch (op) {
            case GE -> ">=";
            case LE -> "<=";
            case GT -> ">";
            case LT -> "<";
            case EQ -> "==";
            case NE -> "!=";
        };
    }

    /**
     * A choice constant, qualified by the clause class: the parameter that holds the choice has the
     * enum's own name (经营规模 经营规模), and would otherwise obscure the type.
     */
    CodeBlock constantOf(Type.Choice choice, String value) {
        return CodeBlock.of("$L.$N.$N", owner.simpleName(), JavaNames.identifier(choice.name()), JavaNames.identifier(value));
    }

    ClassName choiceType(Type.Choice choice) {
        return owner.nestedClass(JavaNames.identifier(choice.name()));
    }
}
