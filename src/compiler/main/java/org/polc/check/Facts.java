package org.polc.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.polc.ast.Declarations;
import org.polc.ast.Document;
import org.polc.diagnostics.Diagnostics;
import org.polc.model.Clause;
import org.polc.model.Fact;
import org.polc.model.Input;
import org.polc.vocabulary.ChineseNumerals;

/**
 * The document's vocabulary of facts (事实 in the 政策 header): one name, one type and one meaning for
 * each fact several clauses read. Also warns when two clauses each declare an input of the same name:
 * either it is one fact and belongs in the vocabulary, or it is two facts that must not share a name,
 * because matching one enterprise against every clause goes by name.
 */
final class Facts {

    private Facts() {}

    /** The header's facts by name, in declaration order, each with its checked type and meaning. */
    static Map<String, Fact> check(List<Declarations.Fact> declared, Diagnostics diagnostics) {
        Where where = new Where("事实", diagnostics);
        InputTypes types = new InputTypes(where);
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (Declarations.Fact f : declared) {
            Fact fact = new Fact(f.name(), types.of(f.name(), f.type()), f.meaning().orElse(""), f.span());
            if (facts.containsKey(f.name())) {
                where.error("fact.duplicate", f.span(), "「" + f.name() + "」已经声明过（" + facts.get(f.name()).span().where() + "），每个事实只声明一次");
                continue;
            }
            if (f.meaning().map(String::isBlank).orElse(true)) {
                where.error("fact.meaning", f.span(), "「" + f.name() + "」缺少含义：文件头的事实要写明它指什么",
                        "在类型后面用引号写明，如「" + f.name() + "：" + fact.type().chinese() + " “……”」");
            }
            facts.put(f.name(), fact);
        }
        return facts;
    }

    /** Warns about a fact no clause reads: a misspelt use, or a declaration left over. */
    static void warnUnused(Map<String, Fact> facts, List<Clause> clauses, Diagnostics diagnostics) {
        for (Fact fact : facts.values()) {
            if (clauses.stream().noneMatch(c -> c.input(fact.name()).isPresent())) {
                diagnostics.warning("fact.unused", fact.span(), "事实：「" + fact.name() + "」没有被任何条款用到",
                        "删去这个事实，或核对用到它的条款是否写错了名称");
            }
        }
    }

    /** Warns at the second and later clause that declares, as its own input, a name another clause declared. */
    static void warnShared(List<Document.Clause> clauses, Diagnostics diagnostics) {
        // For each name, where each earlier clause declared it: 第十四条（part2.pol:6:5）.
        Map<String, List<String>> declaredIn = new HashMap<>();
        for (Document.Clause clause : clauses) {
            String citation = "第" + ChineseNumerals.format(clause.number()) + "条";
            Set<String> inThisClause = new HashSet<>();
            for (Declarations.Input input : clause.inputs()) {
                if (!inThisClause.add(input.name())) {
                    continue; // a duplicate within one clause is name.duplicate
                }
                List<String> earlier = declaredIn.computeIfAbsent(input.name(), n -> new ArrayList<>());
                if (!earlier.isEmpty()) {
                    // at most three are named: a name declared in hundreds of clauses must not give a message as long
                    String where = earlier.size() <= 3 ? String.join("、", earlier)
                            : String.join("、", earlier.subList(0, 3)) + "等 " + earlier.size() + " 条";
                    diagnostics.warning("fact.shared", input.span(),
                            citation + "：输入「" + input.name() + "」在" + where + "也声明了",
                            "同一事实请在文件头的「事实」中声明一次，各条直接使用；不是同一事实时请改用不同的名称");
                }
                earlier.add(citation + "（" + input.span().where() + "）");
            }
        }
    }

    /** The inputs a clause reads: the document facts it refers to (in the document's order), then its own. */
    static List<Input> inputs(Map<String, Fact> facts, Set<String> referenced, List<Input> local) {
        List<Input> inputs = new ArrayList<>();
        facts.values().stream().filter(f -> referenced.contains(f.name())).map(Input::of).forEach(inputs::add);
        inputs.addAll(local);
        return inputs;
    }
}
