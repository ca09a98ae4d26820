package org.polc.codegen;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.Span;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Definition;
import org.polc.model.Eligibility;
import org.polc.model.Fact;
import org.polc.model.Input;
import org.polc.model.Program;
import org.polc.model.Type;

/**
 * Checks, before any code is generated, that the Java names polc derives from a clause's Pol names
 * ({@link JavaNames}) are legal and distinct where Java needs them distinct:
 *
 * <ul>
 *   <li>the methods of the clause class: each calculator's method and its 金额 method, each 认定
 *       rule's method and its 说明 method. Two methods of one name are rejected even when their
 *       parameters differ: an overload would compile, but an embedder calling 补助金额 could get
 *       either calculator;</li>
 *   <li>the nested enums, one per 选项/等级 input, and the constants of each enum;</li>
 *   <li>the parameters and locals: every input, 定义 and 认定 of the clause;</li>
 *   <li>the fields and Builder methods of the policy's facts class: every 事实 of the header, read by a
 *       clause or not (the long fuzz run found a fact no clause read whose name javac could not take).</li>
 * </ul>
 *
 * Names that are not the same but look the same — equal after Unicode compatibility folding
 * (NFKC: full-width and half-width forms, CJK compatibility ideographs) — are rejected too: javac
 * keeps them apart, a reader cannot. Generated constants (金额_300万元, 比例_1_20) and locals
 * (_trace, _amount, _test1) cannot collide with Pol names: Pol names have no digits, and a Pol name
 * starting with "_" gets an "x" in front.
 *
 * <p>Errors are reported as {@code java.name} (not a legal Java identifier) and {@code java.clash}
 * (two Pol names, one Java name), naming the clause and both Pol names.
 */
public final class JavaNameCheck {

    private JavaNameCheck() {}

    /**
     * One Pol name's Java name in one role, for messages.
     *
     * @param natural the Java name before any renaming: the Pol name, or the Pol name plus 金额/说明
     */
    private record Use(String kind, String polName, String suffix, String natural, String javaName, Span span) {
        static Use of(String kind, String polName, String javaName, Span span) {
            return new Use(kind, polName, "", polName, javaName, span);
        }

        String describe() {
            return kind + "「" + polName + "」" + suffix;
        }
    }

    public static void run(Program program, Diagnostics diagnostics) {
        Set<String> factsReported = facts(program, diagnostics);
        for (Clause clause : program.clauses()) {
            clause(clause, factsReported, diagnostics);
        }
    }

    /**
     * The document's facts: each is a field and a Builder method of the policy's facts class
     * (Hangzhou2024Facts), whether or not a clause reads it, so each must be a legal Java name, and
     * no two may look alike. Returns what was reported, so that a clause reading an illegal fact does
     * not report it again (the clashes reported here are keyed by this namespace, which no clause has).
     */
    private static Set<String> facts(Program program, Diagnostics diagnostics) {
        Set<String> reported = new HashSet<>();
        Namespace fields = new Namespace("文件头", "文件事实", reported, diagnostics);
        for (Fact fact : program.facts()) {
            fields.add(Use.of("事实", fact.name(), JavaNames.variable(fact.name()), fact.span()));
        }
        return reported;
    }

    private static void clause(Clause clause, Set<String> factsReported, Diagnostics diagnostics) {
        String where = clause.citation();
        // A Pol name has several Java names (a calculator's two methods): report an illegal name
        // once, and a pair of names once per namespace where they clash. A fact's illegal name was
        // reported where the header declares it.
        Set<String> reported = new HashSet<>(factsReported);
        Namespace methods = new Namespace(where, "方法", reported, diagnostics);
        Namespace types = new Namespace(where, "嵌套类型", reported, diagnostics);
        Namespace variables = new Namespace(where, "参数或局部变量", reported, diagnostics);
        for (Eligibility e : clause.eligibilities()) {
            methods.add(Use.of("认定", e.name(), JavaNames.identifier(e.name()), e.span()));
            methods.add(new Use("认定", e.name(), "的说明方法", e.name() + "说明", JavaNames.explanationMethod(e.name()), e.span()));
        }
        for (ComplianceRule r : clause.complianceRules()) {
            methods.add(Use.of("合规规则", r.name(), JavaNames.identifier(r.name()), r.span()));
            methods.add(new Use("合规规则", r.name(), "的只给结论方法", r.name() + "结论", JavaNames.verdictMethod(r.name()), r.span()));
        }
        for (Calculator c : clause.calculators()) {
            methods.add(Use.of("计算器", c.name(), JavaNames.identifier(c.name()), c.span()));
            methods.add(new Use("计算器", c.name(), "的只算金额方法", c.name() + "金额", JavaNames.amountMethod(c.name()), c.span()));
        }
        for (Input input : clause.inputs()) {
            variables.add(Use.of("输入", input.name(), JavaNames.variable(input.name()), input.span()));
            if (input.type() instanceof Type.Choice choice) {
                types.add(Use.of(choice.ordered() ? "等级输入" : "选项输入", input.name(), JavaNames.identifier(input.name()), input.span()));
                Namespace constants = new Namespace(where, "「" + input.name() + "」的枚举常量", reported, diagnostics);
                for (String value : choice.values()) {
                    constants.add(Use.of("选项值", value, JavaNames.identifier(value), input.span()));
                }
            }
        }
        for (Definition d : clause.definitions()) {
            variables.add(Use.of("定义", d.name(), JavaNames.variable(d.name()), d.span()));
        }
        for (Eligibility e : clause.eligibilities()) {
            variables.add(Use.of("认定", e.name(), JavaNames.variable(e.name()), e.span()));
        }
    }

    /** One Java namespace of a clause: the names in it must be legal and tell apart. */
    private static final class Namespace {
        private final String where;
        private final String kind;
        private final Set<String> reported;
        private final Diagnostics diagnostics;
        private final Map<String, Use> seen = new LinkedHashMap<>();

        Namespace(String where, String kind, Set<String> reported, Diagnostics diagnostics) {
            this.where = where;
            this.kind = kind;
            this.reported = reported;
            this.diagnostics = diagnostics;
        }

        void add(Use use) {
            if (use.polName().isEmpty() || use.polName().startsWith("<missing")) {
                // A name the parser made up to recover from a syntax error, already reported.
                return;
            }
            if (!JavaNames.legal(use.javaName())) {
                if (reported.add((use.kind().equals("选项值") ? "值" : "名称") + "\0" + use.polName())) {
                    illegal(use);
                }
                return;
            }
            String key = Normalizer.normalize(use.javaName(), Normalizer.Form.NFKC);
            Use first = seen.putIfAbsent(key, use);
            if (first == null || first.polName().equals(use.polName())) {
                // One Pol name declared twice is reported by the checker (name.duplicate).
                return;
            }
            if (!reported.add(first.polName() + "\0" + use.polName() + "\0" + kind)) {
                return;
            }
            String message = first.javaName().equals(use.javaName())
                    ? where + "：Java 名称冲突：" + first.describe() + "与" + use.describe() + "在生成的 Java 代码中是同一个"
                            + kind + "「" + use.javaName() + "」"
                    : where + "：Java 名称冲突：" + first.describe() + "与" + use.describe() + "在生成的 Java 代码中是" + kind
                            + "「" + first.javaName() + "」和「" + use.javaName() + "」，两者只差全角半角或兼容字形，看起来一样";
            diagnostics.error("java.clash", use.span(), message, hint(first, use));
        }

        private static String hint(Use first, Use use) {
            StringBuilder hint = new StringBuilder("请给其中一个改名");
            for (Use u : List.of(first, use)) {
                if (!u.natural().equals(u.javaName())) {
                    hint.append("；「").append(u.natural()).append("」在 Java 中写作「").append(u.javaName()).append("」")
                            .append(reason(u.natural()));
                }
            }
            return hint.toString();
        }

        private static String reason(String name) {
            if (name.startsWith("_")) {
                return "（以「_」开头的名称前面加「x」）";
            }
            if (JavaNames.RESERVED.contains(name)) {
                return "（「" + name + "」是 Java 关键字）";
            }
            if (JavaNames.FIELDS.contains(name)) {
                return "（生成的类已有字段「" + name + "」）";
            }
            if (JavaNames.MEMBERS.contains(name)) {
                return "（生成的类已有成员「" + name + "」：按名称给出输入的 Inputs 类用它）";
            }
            if (JavaNames.OBJECT_METHODS.contains(name)) {
                return "（「" + name + "」是 java.lang.Object 的方法）";
            }
            if (JavaNames.PACKAGE_ROOTS.contains(name)) {
                return "（「" + name + "」是 Java 包名的开头）";
            }
            if (JavaNames.BODY_NAMES.contains(name)) {
                return "（生成的代码要用到 Java 类型「" + name + "」）";
            }
            return "";
        }

        private void illegal(Use use) {
            int bad = use.javaName().codePoints()
                    .filter(cp -> !Character.isJavaIdentifierPart(cp))
                    .findFirst()
                    .orElse(use.javaName().isEmpty() ? ' ' : use.javaName().codePointAt(0));
            String shown = String.format(Locale.ROOT, "U+%04X", bad);
            diagnostics.error("java.name", use.span(),
                    where + "：" + use.describe() + "不能用作 Java 名称：其中的「" + new String(Character.toChars(bad)) + "」（" + shown
                            + "）不能出现在 Java 标识符里",
                    "请改用常用汉字、英文字母或「_」");
        }
    }
}
