package org.polc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.polc.Compiler.Compilation;
import org.polc.eval.InputValues;
import org.polc.eval.Interpreter;
import org.polc.model.Calculator;
import org.polc.model.Clause;
import org.polc.model.ComplianceRule;
import org.polc.model.Eligibility;
import org.polc.model.Input;
import org.polc.runtime.Compliance;
import org.polc.runtime.Result;
import org.polc.runtime.internal.Explain;
import org.polc.runtime.internal.Trace;
import org.polc.vocabulary.ChineseNumerals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "用一组输入（JSON 对象）试算某一条的全部计算器，并给出说明。")
final class EvalCommand extends PolicyCommand {

    @Option(names = "--clause", required = true, paramLabel = "N", description = "条款编号（1…76，或中文数字）")
    String clauseNumber;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "输入 JSON 文件；- 表示标准输入。金额可写数字（元）或 \"1200万元\"")
    String input;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    private int number;

    @Override
    Integer beforeCompiling() {
        String digits = clauseNumber.strip().chars().mapToObj(c -> String.valueOf((char) (c >= '０' && c <= '９' ? c - '０' + '0' : c)))
                .collect(Collectors.joining());
        OptionalInt parsed = ChineseNumerals.parse(digits);
        if (parsed.isEmpty()) {
            err().println("命令行错误：--clause 应是条款编号，如 14 或 十四，而不是「" + clauseNumber + "」");
            return Main.USAGE;
        }
        number = parsed.getAsInt();
        return null;
    }

    @Override
    int run(Compilation c) throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        Optional<Clause> found = c.clauses().stream().filter(x -> x.number() == number).findFirst();
        if (found.isEmpty()) {
            err.println("找不到第" + ChineseNumerals.format(number) + "条。");
            return Main.POLICY_ERRORS;
        }
        Clause clause = found.get();
        JsonNode facts;
        try (InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input))) {
            facts = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(in);
        } catch (NoSuchFileException e) {
            err.println("命令行错误：找不到输入文件 " + input);
            return Main.USAGE;
        } catch (JsonProcessingException e) {
            err.println("输入不是合法的 JSON（" + input + " 第 " + e.getLocation().getLineNr() + " 行第 "
                    + e.getLocation().getColumnNr() + " 列）：" + JsonErrors.chinese(e));
            return Main.POLICY_ERRORS;
        }
        if (facts == null || !facts.isObject()) {
            err.println("输入应是一个 JSON 对象，如 {\"年度研发投入额\": \"700万元\"}");
            return Main.POLICY_ERRORS;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = facts.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            Optional<Input> declared = clause.input(field.getKey());
            if (declared.isEmpty()) {
                List<String> names = clause.inputs().stream().map(Input::name).toList();
                problems.add(clause.citation() + "：没有名为「" + field.getKey() + "」的输入" + (names.isEmpty() ? "（本条没有输入）" : "；本条的输入：" + String.join("、", names)));
                continue;
            }
            try {
                values.put(field.getKey(), InputValues.convert(clause, declared.get(), field.getValue()));
            } catch (IllegalArgumentException | ArithmeticException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("输入有误：" + p));
            return Main.POLICY_ERRORS;
        }
        return print(clause, values, out, err);
    }

    private int print(Clause clause, Map<String, Object> values, PrintWriter out, PrintWriter err) throws IOException {
        Interpreter interpreter = new Interpreter(clause, values);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("clause", clause.number());
        root.put("citation", clause.citation());
        root.put("title", clause.title());
        ArrayNode results = root.putArray("results");
        ArrayNode rules = root.putArray("eligibilities");
        ArrayNode compliance = root.putArray("compliance");
        ArrayNode skipped = root.putArray("skipped");
        StringBuilder text = new StringBuilder(clause.citation() + " " + clause.title() + "\n");
        int ran = 0;
        for (Eligibility rule : clause.eligibilities()) {
            if (skipped(rule.name(), rule.inputs(), values, skipped, text)) {
                continue;
            }
            Trace trace = new Trace(clause.citation());
            trace.step(Explain.basis(clause.citation()));
            boolean holds;
            try {
                holds = interpreter.eligible(rule, trace);
            } catch (ArithmeticException | IllegalArgumentException e) {
                // an overflow, or a share of a zero whole (「…的比重」无从计算)
                err.println("判断「" + rule.name() + "」时出错：" + e.getMessage());
                return Main.POLICY_ERRORS;
            }
            String explanation = Explain.sentence(trace.steps());
            rules.addObject().put("name", rule.name()).put("holds", holds).put("explanation", explanation);
            text.append("  ").append(rule.name()).append("：").append(holds ? "是" : "否").append("\n    ").append(explanation).append('\n');
            ran++;
        }
        for (ComplianceRule rule : clause.complianceRules()) {
            if (skipped(rule.name(), rule.inputs(), values, skipped, text)) {
                continue;
            }
            Compliance verdict;
            try {
                verdict = interpreter.comply(rule);
            } catch (ArithmeticException | IllegalArgumentException e) {
                // an overflow, or a share of a zero whole (「…的比重」无从计算)
                err.println("判断「" + rule.name() + "」时出错：" + e.getMessage());
                return Main.POLICY_ERRORS;
            }
            ObjectNode o = compliance.addObject().put("name", rule.name()).put("kind", verdict.kind().name())
                    .put("kindChinese", verdict.kind().chinese());
            rule.subject().ifPresent(subject -> o.put("subject", subject));
            o.put("explanation", verdict.explanation());
            text.append("  ").append(rule.name()).append("：").append(verdict.kind().chinese()).append("\n    ")
                    .append(verdict.explanation()).append('\n');
            ran++;
        }
        for (Calculator calculator : clause.calculators()) {
            if (skipped(calculator.name(), calculator.inputs(), values, skipped, text)) {
                continue;
            }
            Result r;
            try {
                r = interpreter.calculate(calculator);
            } catch (ArithmeticException | IllegalArgumentException e) {
                err.println("计算「" + calculator.name() + "」时出错：" + e.getMessage());
                return Main.POLICY_ERRORS;
            }
            ObjectNode o = results.addObject();
            o.put("calculator", r.calculator());
            o.put("kind", r.kind().name());
            o.put("kindChinese", r.kind().chinese());
            o.put("amount", r.amount().yuan().toPlainString());
            o.put("amountText", r.amount().toString());
            calculator.cap().ifPresent(cap -> o.put("cap", Catalog.money(cap.yuan())));
            o.put("explanation", r.explanation());
            ArrayNode steps = o.putArray("steps");
            r.steps().forEach(steps::add);
            text.append("  ").append(r.calculator()).append("：").append(r.kind().chinese()).append(" ").append(r.amount())
                    .append("\n    ").append(r.explanation()).append('\n');
            ran++;
        }
        if (json) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            out.print(text);
        }
        if (ran == 0) {
            err.println(clause.calculators().isEmpty() && clause.eligibilities().isEmpty() && clause.complianceRules().isEmpty()
                    ? nothingToCompute(clause)
                    : "没有一项能计算：输入不全。");
            return Main.POLICY_ERRORS;
        }
        return Main.OK;
    }

    /**
     * Whether a calculator or rule is left out because the input lacks some of what it reads; if so, says which
     * inputs, in the JSON's {@code skipped} and in the text.
     */
    private static boolean skipped(String name, List<String> reads, Map<String, Object> values, ArrayNode skipped, StringBuilder text) {
        List<String> missing = reads.stream().filter(n -> !values.containsKey(n)).toList();
        if (missing.isEmpty()) {
            return false;
        }
        skipped.addObject().put("name", name).put("missing", String.join("、", missing));
        text.append("  ").append(name).append("：未计算，缺少输入 ").append(String.join("、", missing)).append('\n');
        return true;
    }

    /** Why a clause has nothing to evaluate: what it holds instead. */
    private static String nothingToCompute(Clause clause) {
        List<String> holds = new ArrayList<>();
        if (!clause.budgets().isEmpty()) {
            holds.add("预算");
        }
        if (!clause.targets().isEmpty()) {
            holds.add("目标");
        }
        return holds.isEmpty() ? clause.citation() + "没有计算器、认定或合规规则（措施性条款），没有可试算的内容。"
                : clause.citation() + "没有计算器、认定或合规规则，只有" + String.join("和", holds) + "，没有可试算的内容；"
                        + String.join("和", holds) + "见 polc catalog" + (clause.targets().isEmpty() ? "" : "；目标用 polc targets 对照实际数核对") + "。";
    }
}
