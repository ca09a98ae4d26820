package org.polc.cli;

import com.palantir.javapoet.JavaFile;
import java.nio.file.Path;
import java.util.List;
import org.polc.Compiler.Compilation;
import org.polc.codegen.JavaGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "compile", mixinStandardHelpOptions = true, description = "检查并把 .pol 生成为 Java 计算器（默认写入 generated/）。有错误时不生成。")
final class CompileCommand extends PolicyCommand {

    @Option(names = "-d", paramLabel = "DIR", description = "输出目录（默认 generated）")
    Path output = Path.of("generated");

    @Option(names = "--quiet", description = "成功时不输出")
    boolean quiet;

    @Override
    int run(Compilation c) throws Exception {
        List<JavaFile> files = c.generate();
        JavaGenerator.write(c.programs(), files, output);
        if (!quiet) {
            out().println("生成了 " + files.size() + " 个 Java 类，写入 " + output + "。");
        }
        return Main.OK;
    }

    @Override
    int failed(Compilation c) {
        err().println("有错误，没有生成代码。");
        return Main.POLICY_ERRORS;
    }
}
