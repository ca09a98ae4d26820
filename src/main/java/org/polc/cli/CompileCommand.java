package org.polc.cli;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.polc.Compiler;
import org.polc.Compiler.Compilation;
import org.polc.check.Program;
import org.polc.codegen.JavaGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compile", mixinStandardHelpOptions = true, description = "检查并把 .pol 生成为 Java 计算器（默认写入 generated/）。有错误时不生成。")
final class CompileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "-d", paramLabel = "DIR", description = "输出目录（默认 generated）")
    Path output = Path.of("generated");

    @Option(names = "--quiet", description = "成功时不输出")
    boolean quiet;

    @Parameters(index = "0", paramLabel = "POLICIES", description = "policies 文件夹")
    Path policies;

    @Override
    public Integer call() throws IOException {
        if (!Inputs.exists(policies, spec)) {
            return Main.USAGE;
        }
        Compilation c = Compiler.compile(policies);
        if (!Reporting.report(c, spec.commandLine().getErr())) {
            spec.commandLine().getErr().println("有错误，没有生成代码。");
            return Main.POLICY_ERRORS;
        }
        List<JavaFile> files = new ArrayList<>();
        for (Program program : c.programs()) {
            files.addAll(JavaGenerator.generate(program, clause -> SourceNames.of(policies, clause.span().source().displayName())));
        }
        JavaGenerator.write(c.programs(), files, output);
        if (!quiet) {
            spec.commandLine().getOut().println("生成了 " + files.size() + " 个 Java 类，写入 " + output + "。");
        }
        return Main.OK;
    }
}
