package org.polc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JMH's JSON result (the path in args[0]) and prints, per benchmark class, a Markdown table: score ±
 * error, the ratio to that class's hand-written long baseline measured in the same run, and the allocation
 * per operation from -prof gc. Nothing is measured here; it only reads.
 */
public final class Report {

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/jmh-result.json");
        if (!Files.exists(file)) {
            System.out.println("没有 JMH 结果文件 " + file + "（运行 JMH 时加 -rf json -rff " + file + "），不出表。");
            return;
        }
        JsonNode runs = new ObjectMapper().readTree(file.toFile());
        Map<String, List<JsonNode>> byClass = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            String benchmark = run.get("benchmark").asText();
            String owner = benchmark.substring(0, benchmark.lastIndexOf('.'));
            byClass.computeIfAbsent(owner.substring(owner.lastIndexOf('.') + 1), k -> new ArrayList<>()).add(run);
        }
        for (Map.Entry<String, List<JsonNode>> entry : byClass.entrySet()) {
            Double baseline = null;
            for (JsonNode run : entry.getValue()) {
                if (run.get("benchmark").asText().endsWith(".handLong")) {
                    baseline = run.get("primaryMetric").get("score").asDouble();
                }
            }
            System.out.println();
            System.out.println("### " + entry.getKey());
            System.out.println();
            System.out.println("| benchmark | params | score ± error | unit | × hand-written long | B/op |");
            System.out.println("|---|---|---:|---|---:|---:|");
            for (JsonNode run : entry.getValue()) {
                String name = run.get("benchmark").asText();
                JsonNode primary = run.get("primaryMetric");
                double score = primary.get("score").asDouble();
                double error = primary.get("scoreError").asDouble();
                String ratio = baseline == null ? "" : String.format(Locale.ROOT, "%.1f×", score / baseline);
                System.out.printf(Locale.ROOT, "| %s | %s | %s ± %s | %s | %s | %s |%n", name.substring(name.lastIndexOf('.') + 1),
                        params(run), figure(score), Double.isNaN(error) ? "—" : figure(error), primary.get("scoreUnit").asText(), ratio,
                        allocation(run));
            }
        }
    }

    private static String params(JsonNode run) {
        JsonNode params = run.get("params");
        if (params == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, JsonNode> p : params.properties()) {
            sb.append(sb.length() > 0 ? ", " : "").append(p.getKey()).append('=').append(p.getValue().asText());
        }
        return sb.toString();
    }

    /** gc.alloc.rate.norm (named ·gc.alloc.rate.norm before JMH 1.35). */
    private static String allocation(JsonNode run) {
        JsonNode secondary = run.get("secondaryMetrics");
        if (secondary == null) {
            return "";
        }
        for (Map.Entry<String, JsonNode> m : secondary.properties()) {
            if (m.getKey().endsWith("gc.alloc.rate.norm")) {
                return figure(m.getValue().get("score").asDouble());
            }
        }
        return "";
    }

    private static String figure(double x) {
        if (Double.isNaN(x)) {
            return "—";
        }
        if (Math.abs(x) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        return String.format(Locale.ROOT, Math.abs(x) >= 10 ? "%.1f" : "%.2f", x);
    }
}
