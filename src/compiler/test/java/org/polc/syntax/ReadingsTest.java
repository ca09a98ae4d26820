package org.polc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.polc.diagnostics.SourceFile;
import org.polc.testing.Fixtures;

/** The 解读 comments, found by the lexer and given to the 部分 or 条款 they stand under. */
class ReadingsTest {

    private static final String HEADER = """
            # 解读：文件头之前的读法
            政策 测试政策
              有效期 2024-01-01 至 2024-12-31
              # 解读：文件头的读法
            """;

    private static final String SOURCE = """
            # 解读：文件开头的读法，
            # 接着一行。
            部分 一 测试部分
              牵头单位 测试局
              # 解读：部分的读法
              原文 “测试 # 解读：原文中的井号不是注释”
            条款 一 测试条款
              原文 “对象 # 解读：也不是”
              # 说明：不是解读
              # 解读：第一条的读法，
              # 跨两行。
              输入
                金额甲：金额
              # 解读:半角冒号
              ＃ 解读 全角井号，没有冒号
              // 解读：写作 Pol
              // language 的读法。
              补助 甲补助：
                若 金额甲 1元 以上 则 给予 1元
              # 这段注释在代码之后，不接在解读后面
            条款 二 第二条
              原文 “无”
              # 解读：第二条的读法
              # 解读：
              # - 第一项，
              #   接着。
              # - 第二项

              # 空行之后的注释不属于上面的解读
            """;

    @Test
    void readingsGoToTheirClauseOrPart() {
        Readings.InFile found = Readings.of(new SourceFile("test.pol", SOURCE));
        assertEquals(List.of("文件开头的读法，接着一行。", "部分的读法"), found.part(1));
        assertEquals(List.of("第一条的读法，跨两行。", "半角冒号", "全角井号，没有冒号", "写作 Pol language 的读法。"), found.clause(1));
        assertEquals(List.of("第二条的读法", "- 第一项，接着。\n- 第二项"), found.clause(2));
        assertEquals(List.of(), found.clause(3));
        assertEquals(List.of(), found.part(2));
        assertEquals(List.of(), found.header());
        Readings.InFile header = Readings.of(new SourceFile("policy.pol", HEADER));
        assertEquals(List.of("文件头之前的读法", "文件头的读法"), header.header());
        assertEquals(Map.of(), header.parts());
    }

    /** Every 解读 comment line of the real policies, counted with a regular expression, is one reading the pass found. */
    @Test
    void everyReadingOfThePoliciesIsFound() throws IOException {
        Pattern mark = Pattern.compile("^\\s*(#|＃|//)\\s*解读", Pattern.MULTILINE);
        long lines = 0;
        long readings = 0;
        try (Stream<Path> files = Files.list(Fixtures.policies().resolve("hangzhou2024"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".pol")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                lines += mark.matcher(text).results().count();
                Readings.InFile found = Readings.of(new SourceFile(file.toString(), text));
                readings += Stream.concat(found.clauses().values().stream(), found.parts().values().stream()).mapToLong(List::size).sum()
                        + found.header().size();
            }
        }
        assertEquals(lines, readings);
        assertEquals(true, lines > 0);
    }
}
