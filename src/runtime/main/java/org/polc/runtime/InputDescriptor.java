package org.polc.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 一个输入的描述：名称、所属条款（文件声明的事实不属于某一条）、类型和含义；也是 {@link Facts} 中取值用的键。
 * 生成的代码为每个文件事实和每条的每个条款输入各生成一个实例，作为常量放在生成的类中；键按实例区分，
 * 所以两条中同名而含义不同的条款输入是两个键，互不混淆。
 *
 * <p>The descriptor of one input, and its key in {@link Facts}: generated once per document fact and
 * once per clause-local input, compared by identity.
 *
 * @param <T> 取值的 Java 类型：{@link Money}、{@link Rate}、{@link Quantity}、{@link Long}（件数）、
 *     {@link Boolean}（是否）、{@link java.time.LocalDate} 或条款的选项枚举
 */
public final class InputDescriptor<T> {

    /** The next descriptor's {@link #index}: descriptors are numbered in the order they are made. */
    private static final AtomicInteger CREATED = new AtomicInteger();

    /**
     * Where {@link Facts} keeps this input's value: a number of its own among every descriptor made in
     * this JVM, so that reading a fact is an array access, not a hash lookup. A policy's descriptors are
     * made together (when its classes load), so one applicant's facts span a short range of numbers.
     */
    final int index = number();

    private final String clause;
    private final String name;
    private final Class<T> type;
    private final String typeText;
    private final String meaning;
    private final List<T> choices;

    private static int number() {
        int index = CREATED.getAndIncrement();
        if (index < 0) {
            throw new IllegalStateException("输入的描述太多（超过 " + Integer.MAX_VALUE + " 个），无法再编号");
        }
        return index;
    }

    private InputDescriptor(String clause, String name, Class<T> type, String typeText, String meaning, List<T> choices) {
        this.clause = clause;
        this.name = name;
        this.type = type;
        this.typeText = typeText;
        this.meaning = meaning;
        this.choices = List.copyOf(choices);
    }

    /**
     * 文件声明的事实（事实 名称：类型 “含义”），各条读取同一个。
     *
     * @param typeText 类型的中文名，如“金额”
     */
    public static <T> InputDescriptor<T> fact(String name, Class<T> type, String typeText, String meaning) {
        return new InputDescriptor<>("", name, type, typeText, meaning, List.of());
    }

    /**
     * 条款自己声明的输入。
     *
     * @param clause 条款，如“第十四条”
     * @param meaning 含义；没有时为空字符串
     */
    public static <T> InputDescriptor<T> clause(String clause, String name, Class<T> type, String typeText, String meaning) {
        return new InputDescriptor<>(clause, name, type, typeText, meaning, List.of());
    }

    /** 条款的选项或等级输入，{@code choices} 是它的全部取值（等级从高到低）。 */
    public static <T> InputDescriptor<T> choice(String clause, String name, Class<T> type, String typeText, List<T> choices) {
        return new InputDescriptor<>(clause, name, type, typeText, "", choices);
    }

    /** 名称，如“年度研发投入额”。 */
    public String name() {
        return name;
    }

    /** 所属条款，如“第十四条”；文件声明的事实为空。 */
    public Optional<String> clause() {
        return clause.isEmpty() ? Optional.empty() : Optional.of(clause);
    }

    /** 是否是文件声明的事实（各条共用）。 */
    public boolean isDocumentFact() {
        return clause.isEmpty();
    }

    /** 取值的 Java 类型（件数为 Long，是否为 Boolean）。 */
    public Class<T> type() {
        return type;
    }

    /** 类型的中文名，如“金额”“选项（符合认定标准，超过认定标准）”。 */
    public String typeText() {
        return typeText;
    }

    /** 含义（文件事实的说明）；没有时为空字符串。 */
    public String meaning() {
        return meaning;
    }

    /** 选项或等级输入的全部取值；其他输入为空。 */
    public List<T> choices() {
        return choices;
    }

    /** 如「年度研发投入额」或 第十四条「经营规模」。 */
    @Override
    public String toString() {
        return clause + "「" + name + "」";
    }
}
