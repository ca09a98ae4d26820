package org.polc.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 一个申请人的事实：按 {@link InputDescriptor} 取值的不可变表。一个企业的事实给出一次，各条的
 * {@code Inputs.from(facts)} 都从这里取值；没有给出的输入可以缺，计算器读到缺的输入时抛出
 * {@link PolicyInputException}，指明条款和输入。
 *
 * <p>One applicant's facts: an immutable map from typed input descriptors to values. Inputs may be
 * missing; a calculator that reads a missing one throws {@link PolicyInputException}.
 */
public final class Facts {

    /** 没有任何事实。 */
    public static final Facts EMPTY = new Facts(new LinkedHashMap<>());

    private final Map<InputDescriptor<?>, Object> values;

    private Facts(Map<InputDescriptor<?>, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** 一个空的构建器。 */
    public static Builder builder() {
        return new Builder(new LinkedHashMap<>());
    }

    /** 以这些事实为起点的构建器。 */
    public Builder toBuilder() {
        return new Builder(new LinkedHashMap<>(values));
    }

    /** 输入的值；没有给出时为空。 */
    public <T> Optional<T> get(InputDescriptor<T> input) {
        return Optional.ofNullable(input.type().cast(values.get(input)));
    }

    /** 是否给出了这个输入。 */
    public boolean has(InputDescriptor<?> input) {
        return values.containsKey(input);
    }

    /** 是否给出了全部这些输入。 */
    public boolean hasAll(List<? extends InputDescriptor<?>> inputs) {
        for (InputDescriptor<?> input : inputs) {
            if (!values.containsKey(input)) {
                return false;
            }
        }
        return true;
    }

    /**
     * 输入的值；没有给出时抛出 {@link PolicyInputException}，如「第十四条：输入「年度研发投入额」未填写」。
     *
     * @param clause 读取它的条款，如“第十四条”
     */
    public <T> T require(InputDescriptor<T> input, String clause) {
        Object value = values.get(input);
        if (value == null) {
            throw new PolicyInputException(clause, input.name(), "未填写");
        }
        return input.type().cast(value);
    }

    /** 给出的输入，按给出的先后。 */
    public List<InputDescriptor<?>> inputs() {
        return new ArrayList<>(values.keySet());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.length() > 0 ? "，" : "").append(k).append("=").append(v));
        return "事实{" + sb + "}";
    }

    /** 逐项给出事实；同一个输入给两次以后一次为准，给 null 即取消。 */
    public static final class Builder {
        private final Map<InputDescriptor<?>, Object> values;

        private Builder(Map<InputDescriptor<?>, Object> values) {
            this.values = values;
        }

        /**
         * 给出一个输入的值；{@code value} 为 null 时取消已给的值。
         *
         * @throws PolicyInputException 值的类型不是输入的类型时（只有绕过泛型检查才会发生）
         */
        public <T> Builder set(InputDescriptor<T> input, T value) {
            if (value == null) {
                values.remove(input);
            } else if (!input.type().isInstance(value)) {
                throw new PolicyInputException(input.clause().orElse("文件事实"), input.name(),
                        "的类型应是「" + input.typeText() + "」，而不是 " + value);
            } else {
                values.put(input, value);
            }
            return this;
        }

        /** 加入另一组事实（同一输入以后加入的为准）。 */
        public Builder setAll(Facts facts) {
            values.putAll(facts.values);
            return this;
        }

        /** 不可变的事实表。 */
        public Facts build() {
            return new Facts(values);
        }
    }
}
