package org.polc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.diagnostics.Diagnostic;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.Eligibility;
import org.polc.model.Program;
import org.polc.runtime.Money;
import org.polc.runtime.Result;
import org.polc.runtime.ResultKind;
import org.polc.testing.Fixtures;

/**
 * Hostile text and names in a policy: comment terminators, backslash-u escapes, quotes,
 * backslashes, JavaPoet's and Javadoc's special characters, line and paragraph separators, bidi
 * controls and other invisible characters, control characters, full-width letters; Java keywords
 * and java.lang names as Pol names. The generated Java must compile with -Xlint:all -Werror, carry
 * the text exactly (in its constants, explanations and Javadoc), and contain nothing the text
 * turned into code.
 */
class InjectionTest {

    /** If any text became code, loading or calling the class sets this property. */
    static final String PWN = "*/ static { System.setProperty(\"pwned\",\"1\"); } /*";

    /** Every hostile piece, each on its own and all together. */
    static final List<String> HOSTILE = List.of(
            "*/", "/*", "/**", "//", "\\u000a", "\\u000d", "\\u002a/", "\\u0022", "\\\\u000a", "\\uuuu002a/",
            "\"", "\\", "\\\"", "'", "$", "$S", "$L", "$N", "$T", "$$", "%s", "@", "@param x", "{@code x}", "<b>", "</p>",
            "&amp;", "&#42;", "\u2028", "\u2029", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067",
            "\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u0007",
            "\u001B[31m", "\u007F", "\u0085", "\u0000", "\uE000", "\uDB40\uDC01", "\uD83D\uDE00", "Ａ", "A", "＊／",
            PWN);

    static final String ALL = String.join(" ", HOSTILE);

    /** The title as written on the 条款 line (a title ends at the line break). */
    static final String TITLE = "标题 " + ALL + " 完";

    /** 原文 with a line break (written as backslash + newline in a "…" string) and CR LF. */
    static final String TEXT = "原文 " + ALL + "\n第二行 " + PWN + "\r\n第三行\t" + ALL;

    static final String REASON = "不予的理由 " + ALL;

    static final String PART_TITLE = "部分标题 " + ALL;

    static final String LEAD = "牵头单位 " + ALL;

    /** A comment inside a condition or amount ends at the line break: without line separators. */
    static final String COMMENT = "注释 " + HOSTILE.stream().filter(s -> !s.equals("\u2028") && !s.equals("\u2029") && !s.equals("\u0085"))
            .collect(Collectors.joining(" "));

    private String pwnedBefore;

    @BeforeEach
    void clearPwned() {
        pwnedBefore = System.getProperty("pwned");
        System.clearProperty("pwned");
    }

    @AfterEach
    void restorePwned() {
        assertNull(System.getProperty("pwned"), "text in the policy became code");
        if (pwnedBefore != null) {
            System.setProperty("pwned", pwnedBefore);
        }
    }

    /** A "…" string of Pol: \" and \\ escaped, and line breaks kept by a backslash before them. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c == '\r' || c == '\n') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    static String hostilePolicy() {
        return "政策 政策标题 " + ALL + "\n"
                + "  有效期 2024-01-01 至 2024-12-31\n"
                + "\n"
                + "部分 一 " + PART_TITLE + "\n"
                + "  牵头单位 " + quote(LEAD) + "\n"
                + "  原文 " + quote(ALL) + "\n"
                + "\n"
                + "条款 一 " + TITLE + "\n"
                + "  原文 " + quote(TEXT) + "\n"
                + "  输入\n"
                + "    营业收入：金额\n"
                + "    已认定：是否\n"
                + "    类别：选项（甲类，乙类）\n"
                + "  认定 合格：营业收入 达 1万元 # " + COMMENT + "\n"
                + "    且 已认定\n"
                + "  补助 测试补助 最高 10万元：\n"
                + "    若 合格 则 给予 10万元\n"
                + "    否则 不予 " + quote(REASON) + "\n"
                + "  补助 比例补助：\n"
                + "    若 类别 为 甲类 则 给予 营业收入 # " + COMMENT + "\n"
                + "      × 5%\n"
                + "    否则 不予 「" + REASON + "」\n"
                + "  例 " + quote(ALL) + "：营业收入 100万元，已认定 是，类别 为 甲类 ⇒ 测试补助 给予 10万元，比例补助 给予 5万元，合格 为 是\n"
                + "  例 " + quote(REASON) + "：营业收入 0元，已认定 否，类别 为 乙类 ⇒ 测试补助 不予，比例补助 不予，合格 为 否\n";
    }

    /** Compiles Pol text as the only file of a policy folder {@code id}. */
    static Compilation polc(String id, String text) {
        try {
            Path dir = Files.createTempDirectory("polc-injection").resolve(id);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("policy.pol"), text, StandardCharsets.UTF_8);
            return Compiler.compile(dir.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JavaFile> generate(Compilation c) {
        assertTrue(c.ok(), Fixtures.render(c));
        return JavaGenerator.generate(c.programs().get(0), clause -> "policies/test/policy.pol");
    }

    // ------------------------------------------------------------ hostile text

    @Test
    void hostileTextCompilesArrivesIntactAndNeverBecomesCode() throws Exception {
        Compilation c = polc("injection", hostilePolicy());
        List<JavaFile> files = generate(c);
        Clause clause = c.programs().get(0).clause(1).orElseThrow();
        assertEquals(TITLE, clause.title(), "polc read the title");
        assertEquals(TEXT, clause.text(), "polc read the 原文");

        String source = files.get(0).toString();
        assertSourceShowsWhatItDoes(source);

        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(files);
        assertFalse(compiled.topLevelMembers().stream().anyMatch(m -> m.endsWith(":BLOCK")),
                "an initializer block in " + compiled.topLevelMembers());
        Class<?> type = compiled.load("org.polc.policies.injection.Clause01");
        assertNull(System.getProperty("pwned"), "loading the class ran injected code");

        assertEquals(TITLE, type.getField("TITLE").get(null));
        assertEquals(TEXT, type.getField("TEXT").get(null));
        assertEquals("第一条", type.getField("CLAUSE").get(null));

        assertEquals(Set.of("CLAUSE", "TITLE", "TEXT", "VALID_FROM", "VALID_TO", "DESCRIPTOR"), publicFields(type));
        assertEquals(Set.of("合格", "合格说明", "测试补助", "测试补助金额", "比例补助", "比例补助金额"), publicMethods(type));
        assertEquals(Set.of("类别", "Inputs"), Arrays.stream(type.getDeclaredClasses()).map(Class::getSimpleName).collect(Collectors.toSet()));
        for (Method m : type.getDeclaredMethods()) {
            assertTrue(Modifier.isStatic(m.getModifiers()), m.toString());
        }

        GeneratedCode loaded = new GeneratedCode(clause, type);
        Map<String, Object> refused = Map.of("营业收入", Money.ZERO, "已认定", false, "类别", "乙类");
        Calculator capped = clause.calculator("测试补助").orElseThrow();
        Result none = loaded.explained(capped, refused);
        assertEquals(ResultKind.NONE, none.kind());
        assertTrue(none.explanation().contains("不予：" + REASON), none.explanation());
        assertEquals(loaded.interpreted(capped, refused), none, "generated code and interpreter explain alike");

        Calculator rate = clause.calculator("比例补助").orElseThrow();
        Result noneFromCorner = loaded.explained(rate, refused);
        assertTrue(noneFromCorner.explanation().contains("不予：" + REASON), noneFromCorner.explanation());
        Map<String, Object> given = Map.of("营业收入", Money.parse("100万元"), "已认定", true, "类别", "甲类");
        Result five = loaded.explained(rate, given);
        assertEquals(Money.parse("5万元"), five.amount());
        assertTrue(five.explanation().contains("给予「营业收入 # " + COMMENT + " × 5%」计 100万元 × 5% = 5万元"), five.explanation());
        assertEquals(loaded.interpreted(rate, given), five);
        assertEquals(five.amount(), loaded.fast(rate, given));

        Eligibility rule = clause.eligibility("合格").orElseThrow();
        assertEquals(loaded.interpretedExplanation(rule, given), loaded.explanation(rule, given));
        assertTrue(loaded.explanation(rule, given).contains(COMMENT));
        assertTrue(loaded.eligible(rule, given));

        String classDoc = unescapeHtml(compiled.javadoc().get("org.polc.policies.injection.Clause01"));
        assertTrue(classDoc.contains("第一条 " + TITLE + "。"), classDoc);
        assertTrue(classDoc.contains("原文：" + TEXT.replace("\r\n", "\n")), classDoc);
        assertTrue(classDoc.contains(PART_TITLE), classDoc);
        assertTrue(classDoc.contains(LEAD), classDoc);
        String ruleDoc = unescapeHtml(compiled.javadoc().get("org.polc.policies.injection.Clause01#合格说明"));
        assertTrue(ruleDoc.contains(COMMENT), ruleDoc);
        assertFalse(compiled.javadoc().values().stream().anyMatch(d -> d.contains("@param x") || d.contains("{@code")),
                "policy text became a Javadoc tag");
    }

    @Test
    void eachHostilePieceAloneInTitleTextAndReason() throws Exception {
        StringBuilder pol = new StringBuilder("政策 测试政策\n  有效期 2024-01-01 至 2024-12-31\n\n部分 一 测试\n");
        int n = 0;
        for (String piece : HOSTILE) {
            n++;
            pol.append("条款 ").append(n).append(" 题").append(piece).append("尾\n")
                    .append("  原文 ").append(quote(piece)).append('\n')
                    .append("  输入 甲：是否\n")
                    .append("  补助 补助").append(letters(n)).append("：若 甲 则 给予 1万元 否则 不予 ").append(quote(piece)).append('\n');
        }
        Compilation c = polc("pieces", pol.toString());
        List<JavaFile> files = generate(c);
        for (JavaFile file : files) {
            assertSourceShowsWhatItDoes(file.toString());
        }
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(files);
        for (Clause clause : c.programs().get(0).clauses()) {
            String piece = HOSTILE.get(clause.number() - 1);
            Class<?> type = compiled.load("org.polc.policies.pieces." + JavaNames.className(clause.number()));
            assertEquals("题" + piece + "尾", type.getField("TITLE").get(null), clause.citation());
            assertEquals(piece, type.getField("TEXT").get(null), clause.citation());
            GeneratedCode loaded = new GeneratedCode(clause, type);
            Calculator calculator = clause.calculators().get(0);
            Result r = loaded.explained(calculator, Map.of("甲", false));
            assertTrue(r.explanation().endsWith("不予：" + piece + "；" + calculator.name() + " 不予。"), r.explanation());
            assertEquals(loaded.interpreted(calculator, Map.of("甲", false)), r);
            assertEquals(Set.of("CLAUSE", "TITLE", "TEXT", "VALID_FROM", "VALID_TO", "DESCRIPTOR"), publicFields(type));
            assertEquals(Set.of(calculator.name(), calculator.name() + "金额"), publicMethods(type));
        }
    }

    /** 补助甲, 补助乙 …: calculator names without digits. */
    private static String letters(int n) {
        String digits = "零一二三四五六七八九";
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(digits.charAt(c - '0'));
        }
        return sb.toString().replace('一', '壹').replace('二', '贰').replace('三', '叁');
    }

    /**
     * What a reviewer reads is what javac compiles: no invisible or reordering character (other
     * than line feed and tab) is written raw, and every backslash-u escape javac will decode stands for such a character — never for a
     * line break, quote, backslash, star or slash.
     */
    static void assertSourceShowsWhatItDoes(String source) {
        source.codePoints().filter(cp -> cp != '\n' && cp != '\t' && JavaLiteral.hidden(cp)).findFirst().ifPresent(cp -> {
            throw new AssertionError(String.format("raw U+%04X in generated source:%n%s", cp, source));
        });
        Matcher m = Pattern.compile("\\\\+u+([0-9a-fA-F]{4})").matcher(source);
        while (m.find()) {
            int backslashes = 0;
            while (source.charAt(m.start() + backslashes) == '\\') {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                int decoded = Integer.parseInt(m.group(1), 16);
                assertTrue(JavaLiteral.hidden(decoded) || Character.isSurrogate((char) decoded),
                        String.format("javac decodes \\u%04x at %d: %s", decoded, m.start(), m.group()));
            }
        }
    }

    static Set<String> publicFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> Modifier.isPublic(f.getModifiers())).map(Field::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Javadoc as a reader sees it: javac keeps the space after each line's "*", which JavaPoet
     * writes; numeric and named character references resolved.
     */
    static String unescapeHtml(String doc) {
        assertTrue(doc != null, "missing Javadoc");
        doc = doc.replaceAll("(?m)^ ", "");
        Matcher m = Pattern.compile("&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot);").matcher(doc);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    // ------------------------------------------------------------ Java keywords and java.lang names

    static final String KEYWORDS = "政策 测试政策\n  有效期 2024-01-01 至 2024-12-31\n\n部分 一 测试\n"
            + "条款 一 关键字\n"
            + "  原文 “Java 关键字和 java.lang 的名称用作 Pol 名称。”\n"
            + "  输入\n"
            + "    int：金额\n"
            + "    boolean：是否\n"
            + "    String：选项（static，Object，Record，int）\n"
            + "    Integer：数量（家）\n"
            + "    Money：金额\n"
            + "    Object：等级（Record，Override，Enum）\n"
            + "    org：金额\n"
            + "    _：金额\n"
            + "  定义 static = int + Money\n"
            + "  定义 Long = Integer + Integer\n"
            + "  认定 Record：boolean 且 int 达 1万元\n"
            + "  补助 class 最高 100万元：\n"
            + "    若 Record 且 String 为 static 则 给予 static × 5%，最高 50万元\n"
            + "    否则若 Object 达到 Override 以上 则 按不超过 Integer × 1万元 给予，最高 50万元\n"
            + "    否则 不予 “都不符合”\n"
            + "  奖励 Override：按 String 查表（static ⇒ 给予 1万元，Object ⇒ 给予 2万元，int ⇒ 给予 3万元，其他 ⇒ 不予）\n"
            + "  计算 wait：给予 org + _\n"
            + "  计算 Math：若 Long 达 3家 则 给予 1万元 否则 不予\n"
            + "  例 “static”：int 20万元，boolean 是，String 为 static，Integer 0家，Money 0元，Object 为 Enum，org 0元，_ 0元 ⇒ class 给予 1万元，Override 给予 1万元，Record 为 是\n"
            + "\n"
            + "条款 二 包名与运行时类型\n"
            + "  原文 “与运行时类型和包名同名的 Pol 名称。”\n"
            + "  输入\n"
            + "    Money：选项（甲，乙）\n"
            + "    Trace：选项（丙，丁）\n"
            + "    org：金额\n"
            + "    java：金额\n"
            + "    PolicyInputException：是否\n"
            + "    Math：数量（家）\n"
            + "  计算 Explain：若 Money 为 甲 且 PolicyInputException 且 Trace 为 丙 则 给予 org + java 否则 不予 “Money 不是 甲”\n"
            + "  计算 Result：若 Math 达 2家 则 给予 Math × 1万元 否则 不予\n"
            + "  认定 String：Money 为 乙\n";

    @Test
    void javaKeywordsAndJavaLangNamesCompileAndWork() throws Exception {
        Compilation c = polc("keywords", KEYWORDS);
        List<JavaFile> files = generate(c);
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(files);
        Program program = c.programs().get(0);

        Clause one = program.clause(1).orElseThrow();
        Class<?> first = compiled.load("org.polc.policies.keywords.Clause01");
        assertEquals(Set.of("class_", "class金额", "Override", "Override金额", "wait_", "wait金额", "Math", "Math金额", "Record",
                "Record说明"), publicMethods(first));
        assertEquals(Set.of("String", "Object", "Inputs"),
                Arrays.stream(first.getDeclaredClasses()).map(Class::getSimpleName).collect(Collectors.toSet()));
        // The nested enum String shadows java.lang.String: JavaPoet qualifies the real one.
        assertEquals(String.class, first.getField("CLAUSE").getType());
        assertTrue(compiled.sources().get("org.polc.policies.keywords.Clause01").contains("public static final java.lang.String CLAUSE"));
        GeneratedCode loaded = new GeneratedCode(one, first);
        Class<?> inputs = Arrays.stream(first.getDeclaredClasses()).filter(k -> k.getSimpleName().equals("Inputs")).findFirst().orElseThrow();
        assertEquals(String.class, loaded.type().getMethod("Record说明", inputs).getReturnType());
        Class<?> choice = loaded.javaType(one.input("String").orElseThrow().type());
        assertEquals(List.of("static_", "Object", "Record", "int_"),
                Arrays.stream(choice.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
        for (String string : List.of("static", "Object", "Record", "int")) {
            for (String grade : List.of("Record", "Override", "Enum")) {
                for (long count : new long[] {0, 1, 5}) {
                    Map<String, Object> facts = new LinkedHashMap<>();
                    facts.put("int", Money.parse("20万元"));
                    facts.put("boolean", count != 1);
                    facts.put("String", string);
                    facts.put("Integer", count);
                    facts.put("Money", Money.parse("3万元"));
                    facts.put("Object", grade);
                    facts.put("org", Money.parse("1.5万元"));
                    facts.put("_", Money.parse("0.5万元"));
                    for (Calculator calculator : one.calculators()) {
                        Result r = loaded.explained(calculator, facts);
                        assertEquals(loaded.interpreted(calculator, facts), r, calculator.name() + " " + facts);
                        assertEquals(r.amount(), loaded.fast(calculator, facts));
                    }
                    Eligibility record = one.eligibility("Record").orElseThrow();
                    assertEquals(loaded.interpretedExplanation(record, facts), loaded.explanation(record, facts));
                }
            }
        }
        Map<String, Object> facts = Map.of("org", Money.parse("1.5万元"), "_", Money.parse("0.5万元"));
        assertEquals(Money.parse("2万元"), loaded.explained(one.calculator("wait").orElseThrow(), facts).amount());

        Clause two = program.clause(2).orElseThrow();
        Class<?> second = compiled.load("org.polc.policies.keywords.Clause02");
        assertEquals(Set.of("Explain", "Explain金额", "Result", "Result金额", "String", "String说明"), publicMethods(second));
        assertEquals(String.class, second.getField("CLAUSE").getType());
        GeneratedCode loadedTwo = new GeneratedCode(two, second);
        Map<String, Object> two1 = Map.of("Money", "甲", "Trace", "丙", "org", Money.parse("1万元"), "java", Money.parse("2万元"),
                "PolicyInputException", true, "Math", 3L);
        for (Calculator calculator : two.calculators()) {
            assertEquals(loadedTwo.interpreted(calculator, two1), loadedTwo.explained(calculator, two1));
        }
        assertEquals(Money.parse("3万元"), loadedTwo.explained(two.calculator("Explain").orElseThrow(), two1).amount());
        assertEquals(Money.parse("3万元"), loadedTwo.explained(two.calculator("Result").orElseThrow(), two1).amount());
        Eligibility string = two.eligibility("String").orElseThrow();
        assertEquals(loadedTwo.interpretedExplanation(string, two1), loadedTwo.explanation(string, two1));
    }

    // ------------------------------------------------------------ clashes

    private static String clause(String body) {
        return "政策 测试政策\n  有效期 2024-01-01 至 2024-12-31\n\n部分 一 测试\n条款 七 冲突\n  原文 “x”\n" + body;
    }

    private static List<Diagnostic> clashes(String body) {
        Compilation c = polc("clash", clause(body));
        assertFalse(c.ok(), "a clash must be an error:\n" + body);
        return Fixtures.errors(c).stream().filter(d -> d.code().startsWith("java.")).toList();
    }

    private static Diagnostic onlyClash(String body) {
        List<Diagnostic> found = clashes(body);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void aKeywordAndItsRenamingClash() {
        Diagnostic d = onlyClash("  输入\n    int：金额\n    int_：金额\n  计算 合计：给予 int + int_\n");
        assertEquals("java.clash", d.code());
        assertEquals("第七条：Java 名称冲突：输入「int」与输入「int_」在生成的 Java 代码中是同一个参数或局部变量「int_」", d.message());
        assertEquals("请给其中一个改名；「int」在 Java 中写作「int_」（「int」是 Java 关键字）", d.hint().orElseThrow());
        assertEquals(9, d.span().line());
    }

    @Test
    void aCalculatorNamedLikeAnotherOnesAmountMethodClashes() {
        Diagnostic d = onlyClash("  输入 甲：金额\n  补贴 研发补贴：给予 甲\n  补贴 研发补贴金额：给予 甲 × 2倍\n");
        assertEquals("第七条：Java 名称冲突：计算器「研发补贴」的只算金额方法与计算器「研发补贴金额」在生成的 Java 代码中是同一个方法「研发补贴金额」",
                d.message());
    }

    @Test
    void aCalculatorNamedLikeAnEligibilitysExplanationClashes() {
        Diagnostic d = onlyClash("  输入 甲：金额\n  认定 达标：甲 达 1万元\n  计算 达标说明：若 达标 则 给予 1万元 否则 不予\n");
        assertEquals("第七条：Java 名称冲突：认定「达标」的说明方法与计算器「达标说明」在生成的 Java 代码中是同一个方法「达标说明」", d.message());
    }

    @Test
    void twoChoiceValuesThatBecomeOneConstantClash() {
        Diagnostic d = onlyClash("  输入 类型：选项（class，class_）\n  计算 运营资助：若 类型 为 class 则 给予 1万元 否则 不予\n");
        assertEquals("第七条：Java 名称冲突：选项值「class」与选项值「class_」在生成的 Java 代码中是同一个「类型」的枚举常量「class_」",
                d.message());
    }

    @Test
    void anUnderscoreNameAndItsRenamingClash() {
        Diagnostic d = onlyClash("  输入\n    _甲：金额\n    x_甲：金额\n  计算 合计：给予 _甲 + x_甲\n");
        assertEquals("第七条：Java 名称冲突：输入「_甲」与输入「x_甲」在生成的 Java 代码中是同一个参数或局部变量「x_甲」", d.message());
        assertTrue(d.hint().orElseThrow().contains("以「_」开头"), d.hint().toString());
    }

    @Test
    void aVariableRenamedAwayFromARuntimeTypeClashesWithTheRenamedName() {
        Diagnostic d = onlyClash("  输入\n    Money：金额\n  定义 Money_ = Money × 2倍\n  计算 合计：给予 Money_\n");
        assertEquals("第七条：Java 名称冲突：输入「Money」与定义「Money_」在生成的 Java 代码中是同一个参数或局部变量「Money_」", d.message());
    }

    @Test
    void twoChoiceInputsThatBecomeOneEnumClash() {
        List<Diagnostic> found = clashes("  输入\n    enum：选项（甲，乙）\n    enum_：选项（丙，丁）\n"
                + "  计算 合计：若 enum 为 甲 且 enum_ 为 丙 则 给予 1万元 否则 不予\n");
        assertEquals(Set.of("第七条：Java 名称冲突：输入「enum」与输入「enum_」在生成的 Java 代码中是同一个参数或局部变量「enum_」",
                "第七条：Java 名称冲突：选项输入「enum」与选项输入「enum_」在生成的 Java 代码中是同一个嵌套类型「enum_」"),
                found.stream().map(Diagnostic::message).collect(Collectors.toSet()));
    }

    @Test
    void namesThatOnlyLookAlikeClash() {
        // U+F900 is a CJK compatibility ideograph: javac tells it from U+8C48, a reader cannot.
        Diagnostic d = onlyClash("  输入\n    \uF900：金额\n    \u8C48：金额\n  计算 合计：给予 \uF900 + \u8C48\n");
        assertEquals("第七条：Java 名称冲突：输入「\uF900」与输入「\u8C48」在生成的 Java 代码中是参数或局部变量「\uF900」和「\u8C48」，"
                + "两者只差全角半角或兼容字形，看起来一样", d.message());
    }

    @Test
    void aNameJavaCannotSpellIsRejected() {
        // U+2F00 KANGXI RADICAL ONE is Han script, so Pol reads it as a name; Java does not.
        Diagnostic d = onlyClash("  输入 甲：金额\n  计算 \u2F00：给予 甲\n");
        assertEquals("java.name", d.code());
        assertEquals("第七条：计算器「\u2F00」不能用作 Java 名称：其中的「\u2F00」（U+2F00）不能出现在 Java 标识符里", d.message());
    }

    @Test
    void fullWidthLettersAreNotNames() {
        Compilation c = polc("width", clause("  输入\n    A：金额\n    Ａ：金额\n  计算 合计：给予 A\n"));
        assertFalse(c.ok(), "Ａ (U+FF21) is not a Pol name character");
    }

    @Test
    void compileWritesNothingWhenNamesClash() throws IOException {
        Path dir = Files.createTempDirectory("polc-clash").resolve("clash");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("policy.pol"), clause("  输入 甲：金额\n  补贴 研发补贴：给予 甲\n  补贴 研发补贴金额：给予 甲\n"),
                StandardCharsets.UTF_8);
        Path out = Files.createTempDirectory("polc-clash-out");
        Fixtures.Run run = Fixtures.cli("compile", "-d", out.toString(), dir.getParent().toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("Java 名称冲突"), run.err());
        try (var files = Files.walk(out)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void sourceFileNamesInTheHeaderCommentCannotEndIt() {
        String evil = "policies/x\\u000a class Evil {} //\u202E\n.pol";
        List<JavaFile> files = JavaGenerator.generate(polc("names", clause("  输入 甲：金额\n  计算 合计：给予 甲\n")).programs().get(0),
                clause -> evil);
        String source = files.get(0).toString();
        assertSourceShowsWhatItDoes(source);
        assertTrue(source.startsWith("// 由 polc 根据 policies/x%5Cu000a class Evil {} //%E2%80%AE%0A.pol 生成"), source);
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(files);
        assertEquals(List.of(), compiled.topLevelMembers().stream().filter(m -> m.startsWith("Evil")).toList());
    }
}
