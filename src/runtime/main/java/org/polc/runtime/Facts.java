package org.polc.runtime;

import java.util.ArrayList;
import java.util.Arrays;
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

    // Each value sits at its descriptor's index less `first`, so that the generated calculators, which
    // read a few facts per clause for every applicant, read each with an array access. `given` keeps the
    // order the facts were given in, for inputs() and toString().
    private final Object[] values;
    private final int first;
    private final InputDescriptor<?>[] given;

    private Facts(Map<InputDescriptor<?>, Object> values) {
        this.given = values.keySet().toArray(new InputDescriptor<?>[0]);
        int low = Integer.MAX_VALUE;
        int high = -1;
        for (InputDescriptor<?> input : given) {
            low = Math.min(low, input.index);
            high = Math.max(high, input.index);
        }
        this.first = given.length == 0 ? 0 : low;
        this.values = new Object[given.length == 0 ? 0 : high - low + 1];
        values.forEach((input, value) -> this.values[input.index - first] = value);
    }

    /** 一个空的构建器。 */
    public static Builder builder() {
        return new Builder(new LinkedHashMap<>());
    }

    /** 以这些事实为起点的构建器。 */
    public Builder toBuilder() {
        return new Builder(map());
    }

    /** The value given for the input, or null. */
    private Object value(InputDescriptor<?> input) {
        int at = input.index - first;
        return at >= 0 && at < values.length ? values[at] : null;
    }

    /** 输入的值；没有给出时为空。 */
    public <T> Optional<T> get(InputDescriptor<T> input) {
        return Optional.ofNullable(input.type().cast(value(input)));
    }

    /** 是否给出了这个输入。 */
    public boolean has(InputDescriptor<?> input) {
        return value(input) != null;
    }

    /** 是否给出了全部这些输入。 */
    public boolean hasAll(List<? extends InputDescriptor<?>> inputs) {
        for (int i = 0, n = inputs.size(); i < n; i++) {
            if (value(inputs.get(i)) == null) {
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
        Object value = value(input);
        if (value == null) {
            throw new PolicyInputException(clause, input.name(), "未填写");
        }
        // Builder.set admits only values of the input's type, so this cast cannot fail; checking it again
        // with Class.cast on each of the hundreds of reads of a whole-policy evaluation is pure cost.
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return typed;
    }

    /** Whether every input at these indexes is given: {@link CalculatorDescriptor#canEvaluate}. */
    boolean hasAll(int[] indexes) {
        for (int index : indexes) {
            int at = index - first;
            if (at < 0 || at >= values.length || values[at] == null) {
                return false;
            }
        }
        return true;
    }

    /** 给出的输入，按给出的先后。 */
    public List<InputDescriptor<?>> inputs() {
        return new ArrayList<>(Arrays.asList(given));
    }

    private Map<InputDescriptor<?>, Object> map() {
        Map<InputDescriptor<?>, Object> map = new LinkedHashMap<>();
        for (InputDescriptor<?> input : given) {
            map.put(input, value(input));
        }
        return map;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (InputDescriptor<?> input : given) {
            sb.append(sb.length() > 0 ? "，" : "").append(input).append("=").append(value(input));
        }
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
            values.putAll(facts.map());
            return this;
        }

        /** 不可变的事实表。 */
        public Facts build() {
            return new Facts(values);
        }
    }
}
