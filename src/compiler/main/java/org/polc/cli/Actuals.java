package org.polc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.polc.diagnostics.Names;
import org.polc.eval.TargetChecker.Actual;
import org.polc.model.Clause;
import org.polc.model.Goal;
import org.polc.model.GoalValue;
import org.polc.model.TargetFigure;
import org.polc.model.Part;
import org.polc.model.Program;
import org.polc.model.Target;
import org.polc.model.Unit;
import org.polc.runtime.Figure;
import org.polc.vocabulary.ChineseNumerals;

/**
 * The actual figures of {@code polc targets}: a JSON object keyed by where the targets are — "政策",
 * "第二部分", "第二十条" —, each an object keyed by indicator. So the same indicator in two Parts is
 * two keys that cannot be confused. A figure is a string with its unit ("125个", "3.96%", "810亿元");
 * a growth target also takes {"本年": …, "上年": …}; a counted target ("外资大项目（1亿美元 以上）") also
 * takes the list of its items' figures, which polc counts. Every problem is a Chinese message naming
 * the file, the place and the indicator.
 */
final class Actuals {

    /** Where targets are declared: the document, a Part or a clause, with its targets. */
    record Scope(Program program, String citation, String title, List<Target> targets) {}

    /** The scopes of the programs that hold targets, in document order. */
    static List<Scope> scopes(List<Program> programs) {
        List<Scope> scopes = new ArrayList<>();
        for (Program program : programs) {
            if (!program.targets().isEmpty()) {
                scopes.add(new Scope(program, "政策", program.title(), program.targets()));
            }
            for (Part part : program.parts()) {
                if (!part.targets().isEmpty()) {
                    scopes.add(new Scope(program, "第" + ChineseNumerals.format(part.number()) + "部分", part.title(), part.targets()));
                }
                for (Clause clause : part.clauses()) {
                    if (!clause.targets().isEmpty()) {
                        scopes.add(new Scope(program, clause.citation(), clause.title(), clause.targets()));
                    }
                }
            }
        }
        return scopes;
    }

    private final String file;
    private final List<String> problems = new ArrayList<>();
    private final Map<Scope, JsonNode> given = new LinkedHashMap<>();

    private Actuals(String file) {
        this.file = file;
    }

    /** Reads the object; the problems found are in {@link #problems()}. */
    static Actuals read(String file, JsonNode root, List<Scope> scopes) {
        Actuals a = new Actuals(file);
        a.readRoot(root, scopes);
        return a;
    }

    List<String> problems() {
        return problems;
    }

    private void readRoot(JsonNode root, List<Scope> scopes) {
        if (root == null || !root.isObject()) {
            problems.add(file + "：实际数应是一个 JSON 对象，如 {\"第二部分\": {\"研发投入强度\": \"3.96%\"}}");
            return;
        }
        List<String> known = scopes.stream().map(Scope::citation).distinct().toList();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.equals("说明")) {
                continue; // a note for readers, such as "数字为示意"
            }
            String citation = normalize(key);
            List<Scope> matching = scopes.stream().filter(s -> s.citation().equals(citation)).toList();
            if (matching.isEmpty()) {
                Optional<String> close = Names.onlyClosest(key, known);
                problems.add(file + "：「" + key + "」没有目标" + close.map(c -> "；您是不是要写「" + c + "」？")
                        .orElse(known.isEmpty() ? "（这些政策没有目标）" : "；有目标的是：" + String.join("、", known)));
                continue;
            }
            if (matching.size() > 1) {
                problems.add(file + "：「" + key + "」在几份政策里都有，polc targets 一次只核对一份政策的目标");
                continue;
            }
            if (!field.getValue().isObject()) {
                problems.add(file + "：「" + key + "」应是一个对象，键是指标，如 {\"研发投入强度\": \"3.96%\"}");
                continue;
            }
            Scope scope = matching.get(0);
            List<String> names = indicators(scope);
            for (Iterator<String> n = field.getValue().fieldNames(); n.hasNext();) {
                String name = n.next();
                if (!names.contains(name)) {
                    Optional<String> close = Names.onlyClosest(name, names);
                    problems.add(file + "：" + scope.citation() + "没有名为「" + name + "」的指标"
                            + close.map(c -> "；您是不是要写「" + c + "」？").orElse("；" + scope.citation() + "的指标：" + String.join("、", names)));
                }
            }
            given.put(scope, field.getValue());
        }
    }

    /** 第2部分 is 第二部分, 第20条 is 第二十条; anything else is kept as written. */
    private static String normalize(String key) {
        String k = key.strip();
        for (String end : List.of("部分", "条")) {
            if (k.startsWith("第") && k.endsWith(end) && k.length() > 1 + end.length()) {
                OptionalInt n = ChineseNumerals.parse(k.substring(1, k.length() - end.length()));
                if (n.isPresent()) {
                    return "第" + ChineseNumerals.format(n.getAsInt()) + end;
                }
            }
        }
        return k;
    }

    /** The names the actuals may give in a scope: each goal's indicator and each baseline. */
    static List<String> indicators(Scope scope) {
        List<String> names = new ArrayList<>();
        for (Target t : scope.targets()) {
            for (Goal g : t.goals()) {
                if (!names.contains(g.indicator())) {
                    names.add(g.indicator());
                }
                baseline(g).filter(b -> !names.contains(b)).ifPresent(names::add);
            }
        }
        return names;
    }

    private static Optional<String> baseline(Goal g) {
        return g.value().accept(new GoalValue.Visitor<Optional<String>>() {
            @Override
            public Optional<String> visitFixed(GoalValue.Fixed fixed) {
                return Optional.empty();
            }

            @Override
            public Optional<String> visitRange(GoalValue.Range range) {
                return Optional.empty();
            }

            @Override
            public Optional<String> visitRelative(GoalValue.Relative relative) {
                return Optional.of(relative.baseline());
            }

            @Override
            public Optional<String> visitBudgeted(GoalValue.Budgeted budgeted) {
                return Optional.empty(); // the budget's amount is in the text, not in the actuals
            }
        });
    }

    /** The actual figures of a target's goals, checked against what each goal needs; problems are collected. */
    List<Actual> of(Scope scope, Target target) {
        JsonNode node = given.get(scope);
        List<Actual> out = new ArrayList<>();
        for (Goal g : target.goals()) {
            out.add(node == null ? Actual.NONE : goal(scope, g, node));
        }
        return out;
    }

    private Actual goal(Scope scope, Goal g, JsonNode node) {
        String where = file + "：" + scope.citation() + "「" + g.indicator() + "」：";
        Optional<Unit> unit = unitOf(g);
        JsonNode v = node.get(g.indicator());
        Optional<Figure> figure = Optional.empty();
        Optional<Figure> lastYear = Optional.empty();
        Optional<List<Figure>> items = Optional.empty();
        if (v != null && g.growth() && v.isObject()) {
            Optional<Figure> now = figure(where + "「本年」", v.get("本年"), Optional.empty());
            lastYear = figure(where + "「上年」", v.get("上年"), Optional.empty());
            if (now.isPresent() && lastYear.isPresent() && !dimension(now.get()).equals(dimension(lastYear.get()))) {
                problems.add(where + "本年「" + now.get() + "」与上年「" + lastYear.get() + "」不是同一种量");
                return Actual.NONE;
            }
            if (now.isPresent() && lastYear.isPresent() && lastYear.get().signum() <= 0) {
                problems.add(where + "上年的数为 " + lastYear.get() + "，无法计算增长");
                return Actual.NONE;
            }
            figure = now;
            if (v.get("本年") == null || v.get("上年") == null) {
                problems.add(where + "增长要给出 {\"本年\": …, \"上年\": …}，或直接给出增长率，如 \"5.7%\"");
            }
        } else if (v != null && g.qualifier().isPresent() && v.isArray()) {
            Goal.Qualifier q = g.qualifier().get();
            List<Figure> list = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                figure(where + "第 " + (i + 1) + " 项：", v.get(i), Optional.of(q.threshold().resolved())).ifPresent(list::add);
            }
            items = Optional.of(list);
        } else if (v != null) {
            figure = figure(where, v, unit);
        }
        Optional<Figure> baseline = Optional.empty();
        Optional<String> b = baseline(g);
        if (b.isPresent() && node.get(b.get()) != null) {
            String at = file + "：" + scope.citation() + "「" + b.get() + "」：";
            baseline = figure(at, node.get(b.get()), Optional.empty());
            if (baseline.isPresent() && figure.isPresent() && !dimension(baseline.get()).equals(dimension(figure.get()))) {
                problems.add(where + "实际数「" + figure.get() + "」与基数「" + b.get() + "」的「" + baseline.get() + "」不是同一种量");
            }
        }
        return new Actual(figure, lastYear, items, baseline);
    }

    /** A figure, checked for its unit against {@code expected} when there is one. */
    private Optional<Figure> figure(String where, JsonNode v, Optional<Unit> expected) {
        if (v == null || v.isNull()) {
            problems.add(where + "缺少实际数");
            return Optional.empty();
        }
        Figure f;
        if (v.isNumber()) {
            f = Figure.of(v.decimalValue(), "");
        } else if (v.isTextual()) {
            try {
                f = Figure.parse(v.asText());
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage());
                return Optional.empty();
            }
        } else {
            problems.add(where + "实际数要写成带单位的文字，如 \"125个\"、\"3.96%\"、\"810亿元\"");
            return Optional.empty();
        }
        if (!f.unit().isEmpty() && Unit.parse(f.unit()).isEmpty()) {
            problems.add(where + "不认识「" + v.asText() + "」的单位「" + f.unit() + "」");
            return Optional.empty();
        }
        if (expected.isPresent() && !dimension(f).equals(expected.get().dimension())) {
            problems.add(where + "单位应与目标一致（" + expected.get().dimension().chinese() + "，如「" + example(expected.get()) + "」），「"
                    + (v.isTextual() ? v.asText() : v.toString()) + "」是" + (f.unit().isEmpty() ? "不带单位的数" : dimension(f).chinese()));
            return Optional.empty();
        }
        return Optional.of(f);
    }

    private static String example(Unit unit) {
        return "1" + unit.text();
    }

    private static Unit.Dimension dimension(Figure f) {
        return f.unit().isEmpty() ? Unit.Dimension.RATE : Unit.parse(f.unit()).map(Unit::dimension).orElse(Unit.Dimension.RATE);
    }

    /** The unit a goal's actual figure is in: the target's, a share for growth, none for a baseline. */
    private static Optional<Unit> unitOf(Goal g) {
        return g.growth() ? Unit.parse("%") : g.value().statedFigure().map(TargetFigure::resolved);
    }
}
