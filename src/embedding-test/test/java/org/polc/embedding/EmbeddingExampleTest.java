package org.polc.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the invoker's builds left: examples/embedding, built by Maven against the artifacts of this
 * build, printed what a portal would show (the amounts worked by hand from the policy text, below),
 * and depends on polc's runtime and calculators only; a project whose .pol has an error fails with
 * the error's file:line:column in Chinese.
 */
class EmbeddingExampleTest {

    private static final Path IT = Path.of(System.getProperty("polc.it"));
    private static final Path FAILING = Path.of(System.getProperty("polc.itFailing"));

    @Test
    void theExamplePrintsWhatTheTextGives() throws IOException {
        String log = read(IT.resolve("embedding/build.log"));
        // The jar holds every clause of the text.
        assertContains(log, "进一步推动经济高质量发展若干政策（征求意见稿）：76 条条款");
        // 第十四条: 符合认定标准, 新增额 700万元 − 500万元 = 200万元 (以上 includes it), 5% of it = 10万元, under the 200万元 cap.
        assertContains(log, "第十四条 研发投入补助：最高可得 10万元");
        assertContains(log, "第二部分 第十四条 研发投入补助：最高可得 10万元");
        // 第一条: a 市本级 产业项目 of 12亿元 reaches the 10亿元 threshold.
        assertContains(log, "第一部分 第一条 五个一批重大项目：是");
        // 第三十条: a 省级以上专精特新企业 is not listed as D.
        assertContains(log, "第三部分 第三十条 不列入D类的企业：是");
        // 第三十六条: first listed as a 重点软件企业, never rewarded before: 200万元, a fixed amount.
        assertContains(log, "第四部分 第三十六条 重点软件企业奖励：确定金额 200万元");
        // 第四十五条: a standard container lorry pays 六五折 of the 200元 toll: 130元.
        assertContains(log, "第五部分 第四十五条 车辆通行费：应缴 130元");
        // 第四十八条: a qualifying manufacturer gets up to 65% of a 100万元 premium: 65万元, under the 500万元 ceiling.
        assertContains(log, "第六部分 第四十八条 出口信用保险资助：最高可得 65万元");
        // 第五十五条: a guarantee fee of 0.8% is within 1% (以下 includes 1%).
        assertContains(log, "第七部分 第五十五条 政府性融资担保费率要求：合规");
        // 第七十一条: a three-child family meeting the city's conditions is an object of the grants.
        assertContains(log, "第八部分 第七十一条 孕产补助和育儿补助发放对象：是");
        // The project's own .pol: 10% of 150万元 = 15万元, under its 20万元 cap.
        assertLine(log, "示例区企业培育奖励办法 依据第一条：", "培育奖励 最高可得 15万元");
    }

    @Test
    void theExampleDependsOnPolcsRuntimeAndCalculatorsOnly() throws IOException {
        List<String> tree = Files.readAllLines(IT.resolve("embedding/dependency-tree.txt"), StandardCharsets.UTF_8);
        assertEquals("org.example:polc-embedding-example:jar:1.0", tree.get(0));
        TreeSet<String> artifacts = new TreeSet<>();
        Pattern artifact = Pattern.compile("^[|+\\\\\\- ]+([^:\\s]+:[^:\\s]+):jar:[^:\\s]+:(\\w+)");
        for (String line : tree.subList(1, tree.size())) {
            Matcher m = artifact.matcher(line);
            assertTrue(m.find(), "not a dependency line: " + line);
            artifacts.add(m.group(1) + " (" + m.group(2) + ")");
        }
        assertEquals(new TreeSet<>(List.of("org.polc:polc-hangzhou2024 (compile)", "org.polc:polc-runtime (compile)")), artifacts);
    }

    @Test
    void theExampleAsksForThisVersionOfPolc() throws IOException {
        String pom = read(Path.of(System.getProperty("polc.example")).resolve("pom.xml"));
        assertContains(pom, "<polc.version>" + System.getProperty("polc.version") + "</polc.version>");
    }

    @Test
    void aPolicyWithAnErrorFailsTheBuildWithFileLineAndColumn() throws IOException {
        String log = read(FAILING.resolve("broken-policy/build.log"));
        assertContains(log, "broken.pol:12:14: 错误：第一条：金额不能与面积（亩）相加（新增额 + 5亩）");
        assertContains(log, "polc：");
        assertContains(log, "有 1 个错误，没有生成代码");
        assertContains(log, "BUILD FAILURE");
    }

    @Test
    void theReadmeShowsTheExamplesCode() throws IOException {
        String readme = read(Path.of(System.getProperty("polc.readme")));
        Path example = Path.of(System.getProperty("polc.example"));
        String main = read(example.resolve("src/main/java/org/polc/examples/embedding/Main.java"));
        assertContains(readme, main.substring(main.indexOf("public final class Main")));
        assertContains(readme, read(example.resolve("src/main/java/org/polc/examples/embedding/OwnPolicy.java")).strip());
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "expected «" + part + "» in:\n" + text);
    }

    /** A line that starts with {@code start} and contains {@code part}. */
    private static void assertLine(String text, String start, String part) {
        assertTrue(text.lines().anyMatch(l -> l.startsWith(start) && l.contains(part)),
                () -> "expected a line «" + start + "…" + part + "…» in:\n" + text);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
