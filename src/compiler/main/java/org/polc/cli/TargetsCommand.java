package org.polc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.polc.Compiler.Compilation;
import org.polc.eval.TargetChecker;
import org.polc.model.Target;
import org.polc.runtime.Figure;
import org.polc.runtime.TargetResult;
import org.polc.runtime.TargetStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * polc targets: every target of the policies against the actual figures of a JSON file. Exit codes:
 * 0 every target given its figures is 达成 or 在容差内; 4 at least one is 未达成; 1 errors in the
 * policies or in the actuals file; 2 a wrong command line (or no actuals file).
 */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = "用实际数（JSON）核对各部分、各条的目标：达成、在容差内、未达成、未提供实际值，以及差多少。")
final class TargetsCommand extends PolicyCommand {

    /** At least one target is 未达成. */
    static final int NOT_MET = 4;

    @Option(names = "--actuals", required = true, paramLabel = "FILE",
            description = "实际数 JSON 文件；- 表示标准输入。如 {\"第二部分\": {\"研发投入强度\": \"3.96%%\"}}")
    String actualsFile;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    int run(Compilation c) throws IOException {
        JsonNode root;
        try (InputStream in = actualsFile.equals("-") ? System.in : Files.newInputStream(Path.of(actualsFile))) {
            root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(in);
        } catch (NoSuchFileException e) {
            err().println("命令行错误：找不到实际数文件 " + actualsFile);
            return Main.USAGE;
        } catch (JsonProcessingException e) {
            err().println(actualsFile + " 不是合法的 JSON（第 " + e.getLocation().getLineNr() + " 行第 "
                    + e.getLocation().getColumnNr() + " 列）：" + JsonErrors.chinese(e));
            return Main.POLICY_ERRORS;
        }
        List<Actuals.Scope> scopes = Actuals.scopes(c.programs());
        Actuals actuals = Actuals.read(actualsFile, root, scopes);
        List<Checked> checked = new ArrayList<>();
        for (Actuals.Scope scope : scopes) {
            for (Target t : scope.targets()) {
                List<TargetChecker.Actual> figures = actuals.of(scope, t);
                if (actuals.problems().isEmpty()) {
                    try {
                        checked.add(new Checked(scope, t, TargetChecker.check(scope.citation(), t, figures)));
                    } catch (IllegalArgumentException e) {
                        actuals.problems().add(actualsFile + "：" + scope.citation() + "「" + t.text() + "」：" + e.getMessage());
                    }
                }
            }
        }
        if (!actuals.problems().isEmpty()) {
            actuals.problems().forEach(p -> err().println("实际数有误：" + p));
            return Main.POLICY_ERRORS;
        }
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        for (TargetStatus s : TargetStatus.values()) {
            counts.put(s, 0);
        }
        checked.forEach(x -> counts.merge(x.result().status(), 1, Integer::sum));
        String summary = "共 " + checked.size() + " 个目标：达成 " + counts.get(TargetStatus.MET) + " 个，在容差内 "
                + counts.get(TargetStatus.WITHIN_TOLERANCE) + " 个，未达成 " + counts.get(TargetStatus.NOT_MET) + " 个，未提供实际值 "
                + counts.get(TargetStatus.NO_ACTUAL) + " 个。";
        if (json) {
            out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(checked, counts)));
        } else {
            text(checked, summary);
        }
        return counts.get(TargetStatus.NOT_MET) > 0 ? NOT_MET : Main.OK;
    }

    private record Checked(Actuals.Scope scope, Target target, TargetResult result) {}

    private void text(List<Checked> checked, String summary) {
        Actuals.Scope last = null;
        for (Checked x : checked) {
            if (x.scope() != last) {
                out().println(x.scope().citation() + " " + x.scope().title());
                last = x.scope();
            }
            TargetResult r = x.result();
            out().println("  目标 " + heading(x.target()) + "：" + r.status().chinese() + margin(r));
            out().println("    " + r.explanation());
        }
        out().println(summary);
    }

    private static String heading(Target t) {
        List<String> parts = new ArrayList<>();
        t.year().ifPresent(y -> parts.add(y + "年"));
        t.strength().ifPresent(parts::add);
        parts.add(t.text());
        return String.join(" ", parts);
    }

    /** ，差额 +0.01个百分点 (a surplus) or ，差额 -30个 (a shortfall). */
    private static String margin(TargetResult r) {
        return r.margin().map(m -> "，差额 " + signed(m)).orElse("");
    }

    private static String signed(Figure m) {
        return (m.signum() > 0 ? "+" : m.signum() < 0 ? "-" : "") + m.abs().asDifference();
    }

    private static ObjectNode json(List<Checked> checked, Map<TargetStatus, Integer> counts) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode targets = root.putArray("targets");
        for (Checked x : checked) {
            ObjectNode o = targets.addObject();
            o.put("policy", x.scope().program().id());
            o.put("scope", x.scope().citation());
            x.target().year().ifPresentOrElse(y -> o.put("year", y), () -> o.putNull("year"));
            o.put("strength", x.target().strength().orElse(""));
            o.put("target", x.target().text());
            result(o, x.result());
            if (!x.result().goals().isEmpty()) {
                ArrayNode goals = o.putArray("goals");
                x.result().goals().forEach(g -> result(goals.addObject().put("indicator", g.indicator()), g));
            }
        }
        ObjectNode s = root.putObject("summary");
        s.put("total", checked.size());
        s.put("met", counts.get(TargetStatus.MET));
        s.put("withinTolerance", counts.get(TargetStatus.WITHIN_TOLERANCE));
        s.put("notMet", counts.get(TargetStatus.NOT_MET));
        s.put("noActual", counts.get(TargetStatus.NO_ACTUAL));
        return root;
    }

    /** status, margin as an exact number in the target's unit ("0.01" with unit "%"), and the explanation. */
    private static void result(ObjectNode o, TargetResult r) {
        o.put("status", r.status().name());
        o.put("statusChinese", r.status().chinese());
        r.margin().ifPresentOrElse(m -> {
            o.put("margin", (m.signum() < 0 ? "-" : "") + m.abs().number());
            o.put("marginUnit", m.unit());
            o.put("marginText", signed(m));
        }, () -> o.putNull("margin"));
        o.put("explanation", r.explanation());
    }
}
