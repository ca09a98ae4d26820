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
import org.polc.model.ComplianceRule;
import org.polc.model.Definition;
import org.polc.model.Eligibility;
import org.polc.model.Fact;
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
    /** The document's facts: visible in every clause without a declaration. */
    private final Map<String, Fact> facts;
    private final Set<String> referencedFacts = new LinkedHashSet<>();
    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Map<String, Eligibility> eligibilities = new LinkedHashMap<>();
    private final Set<String> calculators = new LinkedHashSet<>();
    private final Map<String, ComplianceRule> complianceRules = new LinkedHashMap<>();

    Scope(Document.Clause clause, Map<String, Fact> facts, Where where) {
        this.clause = clause;
        this.facts = facts;
        this.where = where;
    }

    /** Declares an input; a name used before is reported, and the input is recorded all the same. */
    void input(Input input) {
        Fact fact = facts.get(input.name());
        if (fact != null) {
            where.error("fact.redeclared", input.span(), "「" + input.name() + "」是文件头声明的事实（" + fact.span().where() + "），不要在条款中再声明",
                    "删去这一行，直接使用「" + input.name() + "」；它的类型是 " + fact.type().chinese());
            return;
        }
        declare(input.name(), input.span());
        inputs.put(input.name(), input);
    }

    /**
     * Declares the input the compiler introduces for a 一次性 calculator (已获得省重点实验室奖励), after the
     * clause's own inputs. A drafter's input or a document fact of that name is reported: the name
     * means what the compiler says it means, so it cannot also mean what the drafter wrote.
     */
    void oneOff(Input input) {
        String calculator = input.oneOff().orElseThrow().calculator();
        Fact fact = facts.get(input.name());
        Input declared = inputs.get(input.name());
        if (fact != null) {
            where.error("once.name", input.span(), "「一次性」为「" + calculator + "」引入输入「" + input.name() + "」，而文件头已有同名的事实（"
                    + fact.span().where() + "）", "给文件头的事实换一个名称；「" + input.name() + "」由编译器引入，不用声明");
            return;
        }
        if (declared != null && declared.oneOff().isEmpty()) {
            where.error("once.declared", declared.span(), "「" + input.name() + "」由编译器为一次性的「" + calculator + "」引入（第"
                    + input.span().line() + "行的「一次性」），不要自己声明",
                    "删去这一行；例和 polc eval 的输入中照样写「" + input.name() + " 是」或「否」");
        }
        inputs.put(input.name(), input);
    }

    /** The 一次性 calculator an input was introduced for, when the compiler introduced it. */
    Optional<String> oneOffOf(String name) {
        return Optional.ofNullable(inputs.get(name)).flatMap(Input::oneOff).map(o -> o.calculator());
    }

    void definition(Definition definition) {
        declare(definition.name(), definition.span());
        definitions.put(definition.name(), definition);
    }

    void rule(Eligibility rule) {
        declare(rule.name(), rule.span());
        eligibilities.put(rule.name(), rule);
    }

    void complianceRule(ComplianceRule rule) {
        declare(rule.name(), rule.span());
        complianceRules.put(rule.name(), rule);
    }

    Optional<ComplianceRule> complianceRule(String name) {
        return Optional.ofNullable(complianceRules.get(name));
    }

    /** The 合规 rules declared so far, in declaration order. */
    Collection<ComplianceRule> complianceRules() {
        return Collections.unmodifiableCollection(complianceRules.values());
    }

    void calculator(String name, Span span) {
        declare(name, span);
        calculators.add(name);
    }

    /** An input of the clause or, failing that, a document fact, which the clause then reads. */
    Optional<Input> input(String name) {
        Input local = inputs.get(name);
        if (local != null) {
            return Optional.of(local);
        }
        Fact fact = facts.get(name);
        if (fact == null) {
            return Optional.empty();
        }
        referencedFacts.add(name);
        return Optional.of(Input.of(fact));
    }

    /** The document facts the clause has referred to so far. */
    Set<String> referencedFacts() {
        return Collections.unmodifiableSet(referencedFacts);
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
        names.addAll(complianceRules.keySet());
        return names;
    }

    /** Reports a name already used in the clause, or the name of a document fact. */
    private void declare(String name, Span span) {
        Fact fact = facts.get(name);
        Optional<String> oneOff = oneOffOf(name);
        if (fact != null) {
            where.error("name.duplicate", span, "名称「" + name + "」是文件头声明的事实（" + fact.span().where() + "），条款中的名称不能与它相同");
        } else if (oneOff.isPresent()) {
            where.error("once.name", span, "名称「" + name + "」是编译器为一次性的「" + oneOff.get() + "」引入的输入（第"
                    + inputs.get(name).span().line() + "行的「一次性」），不能再用作别的名称", "换一个名称");
        } else if (inputs.containsKey(name) || definitions.containsKey(name) || eligibilities.containsKey(name) || calculators.contains(name)
                || complianceRules.containsKey(name)) {
            where.error("name.duplicate", span, "名称「" + name + "」已经用过，同一条款中的名称不能重复");
        }
    }

    void unknown(String name, Span span) {
        Set<String> own = new LinkedHashSet<>();
        own.addAll(inputs.keySet());
        own.addAll(definitions.keySet());
        own.addAll(eligibilities.keySet());
        Set<String> known = new LinkedHashSet<>(own);
        known.addAll(facts.keySet());
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
        if (hint.isEmpty() && !own.isEmpty()) {
            // The document's facts are not listed: there may be a hundred of them.
            hint = Optional.of("本条可用的名称：" + String.join("、", own));
        }
        where.error("name.unknown", span, "未知的名称「" + name + "」", hint.orElse(null));
    }
}
