package org.polc.check;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.polc.ast.Document;
import org.polc.diagnostics.Names;
import org.polc.diagnostics.Span;
import org.polc.model.Definition;
import org.polc.model.Eligibility;
import org.polc.model.Input;
import org.polc.vocabulary.GluedKeywords;

/**
 * The names of one clause, declared in order: inputs, then definitions, then 认定 rules, then
 * calculators. A name is visible after its declaration only, so definitions cannot form cycles.
 * Unknown names get the most useful hint: a definition written too late, a keyword glued on, the
 * closest known name.
 */
final class Scope {

    private final Document.Clause clause;
    private final Where where;
    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Map<String, Eligibility> eligibilities = new LinkedHashMap<>();
    private final Set<String> calculators = new LinkedHashSet<>();

    Scope(Document.Clause clause, Where where) {
        this.clause = clause;
        this.where = where;
    }

    /** Declares an input; a name used before is reported, and the input is recorded all the same. */
    void input(Input input) {
        declare(input.name(), input.span());
        inputs.put(input.name(), input);
    }

    void definition(Definition definition) {
        declare(definition.name(), definition.span());
        definitions.put(definition.name(), definition);
    }

    void rule(Eligibility rule) {
        declare(rule.name(), rule.span());
        eligibilities.put(rule.name(), rule);
    }

    void calculator(String name, Span span) {
        declare(name, span);
        calculators.add(name);
    }

    Optional<Input> input(String name) {
        return Optional.ofNullable(inputs.get(name));
    }

    Optional<Definition> definition(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    Optional<Eligibility> rule(String name) {
        return Optional.ofNullable(eligibilities.get(name));
    }

    /** The inputs, definitions and rules declared so far, each in declaration order; views that grow. */
    Collection<Input> inputs() {
        return Collections.unmodifiableCollection(inputs.values());
    }

    Map<String, Definition> definitions() {
        return Collections.unmodifiableMap(definitions);
    }

    Map<String, Eligibility> rules() {
        return Collections.unmodifiableMap(eligibilities);
    }

    /** The calculators and rules of the clause: what a 例 can expect a result of. */
    Set<String> results() {
        Set<String> names = new LinkedHashSet<>(calculators);
        names.addAll(eligibilities.keySet());
        return names;
    }

    /** Reports a name already used in the clause. */
    private void declare(String name, Span span) {
        if (inputs.containsKey(name) || definitions.containsKey(name) || eligibilities.containsKey(name) || calculators.contains(name)) {
            where.error("name.duplicate", span, "名称「" + name + "」已经用过，同一条款中的名称不能重复");
        }
    }

    void unknown(String name, Span span) {
        Set<String> known = new LinkedHashSet<>();
        known.addAll(inputs.keySet());
        known.addAll(definitions.keySet());
        known.addAll(eligibilities.keySet());
        boolean later = clause.definitions().stream().anyMatch(d -> d.name().equals(name))
                || clause.eligibilities().stream().anyMatch(d -> d.name().equals(name));
        // A keyword glued to a known name (非企业承担) is a missing space, not a misspelling: dropping
        // the keyword, as a did-you-mean would suggest, could invert the condition.
        Optional<String> glued = GluedKeywords.hint(name).filter(h -> known.stream().anyMatch(k -> name.startsWith(k) || name.endsWith(k)));
        Optional<String> hint = later ? Optional.of("「" + name + "」在后面才定义；定义要写在使用之前")
                : glued.isPresent() ? glued : Names.closest(name, known).map(s -> "您是不是要写「" + s + "」？");
        if (hint.isEmpty()) {
            hint = GluedKeywords.hint(name);
        }
        if (hint.isEmpty() && !known.isEmpty()) {
            hint = Optional.of("本条可用的名称：" + String.join("、", known));
        }
        where.error("name.unknown", span, "未知的名称「" + name + "」", hint.orElse(null));
    }
}
