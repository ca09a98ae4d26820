package org.polc.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * polc — the Pol compiler. Exit codes: 0 success, 1 errors in the policies (or a refused input to
 * eval), 2 a wrong command line. Users never see a stack trace: an unexpected failure prints one
 * line asking them to report it.
 */
@Command(name = "polc", mixinStandardHelpOptions = true, version = "polc 0.1.0",
        description = "Pol 政策条款语言的编译器：检查 .pol、生成 Java 计算器、试算、输出目录。",
        subcommands = {CheckCommand.class, CompileCommand.class, EvalCommand.class, CatalogCommand.class, TargetsCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int POLICY_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定子命令：check、compile、eval、catalog 或 targets");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** picocli's complaints, said in Chinese; its English stays in brackets for searching. */
    static String chinese(CommandLine.ParameterException ex) {
        String detail = "（" + ex.getMessage() + "）";
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            boolean option = !unmatched.isEmpty() && unmatched.get(0).startsWith("-");
            return (option ? "不认识的选项：" : "多余或不认识的参数：") + String.join(" ", unmatched) + detail;
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<String> names = new ArrayList<>();
            m.getMissing().forEach(arg -> names.add(arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel()));
            return "缺少必需的参数：" + String.join("、", names) + detail;
        }
        if (ex instanceof CommandLine.OverwrittenOptionException) {
            return "同一个选项给了两次" + detail;
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException || ex.getMessage().startsWith("Invalid value")) {
            return "参数的值不合要求" + detail;
        }
        return ex.getMessage();
    }

    /**
     * Where in polc an internal error arose, for the bug report: the innermost frame of polc's own
     * code (a whole stack trace is not for drafters).
     */
    static String where(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("org.polc.")) {
                    return "（位置：" + frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber() + "）";
                }
            }
        }
        return "";
    }

    /** Runs polc with the given streams; returns the exit code. Tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("命令行错误：" + chinese(ex));
            err.println("用法见 polc --help 或 polc <子命令> --help");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("polc 内部错误（这是 polc 的缺陷，请报告）：" + ex + where(ex));
            return 3;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
