package org.polc.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * polc — the Pol compiler. Exit codes: 0 success, 1 errors in the policies (or a refused input to
 * eval), 2 a wrong command line. Users never see a stack trace: an unexpected failure prints one
 * line asking them to report it.
 */
@Command(name = "polc", mixinStandardHelpOptions = true, version = "polc 0.1.0", synopsisSubcommandLabel = "[子命令]",
        description = "Pol 政策条款语言的编译器：检查 .pol、生成 Java 计算器、试算、输出目录。")
public final class Main implements Runnable {

    /**
     * The subcommands, in the order help lists them. picocli builds the model of each (reflection over its
     * options) when it is added: a run that names its subcommand first gets only that one, which saves part
     * of a cold start (docs/performance.md); help, --version and a wrong word get them all.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("check", CheckCommand::new);
        all.put("compile", CompileCommand::new);
        all.put("eval", EvalCommand::new);
        all.put("catalog", CatalogCommand::new);
        all.put("targets", TargetsCommand::new);
        return all;
    }

    public static final int OK = 0;
    public static final int POLICY_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new Said(spec.commandLine(), "请指定子命令：check、compile、eval、catalog 或 targets");
    }

    /** A command-line error polc words itself, in Chinese; printed as it is. */
    static final class Said extends CommandLine.ParameterException {
        Said(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * picocli's complaints, said in Chinese only: which option, parameter or value was wrong, from the
     * exception's own fields (never its English message), so a drafter reads no English.
     */
    static String chinese(CommandLine.ParameterException ex) {
        if (ex instanceof Said) {
            return ex.getMessage();
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            if (first.startsWith("-")) {
                return "不认识的选项：" + String.join(" ", unmatched);
            }
            CommandLine.Model.CommandSpec where = ex.getCommandLine().getCommandSpec();
            // polc itself takes no parameters, only a subcommand: a word it does not match is a misspelt subcommand.
            if (!where.subcommands().isEmpty()) {
                return "不认识的子命令：" + first + "（可用的子命令：" + String.join("、", where.subcommands().keySet()) + "）";
            }
            return "多余的参数：" + String.join(" ", unmatched);
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<String> options = new ArrayList<>();
            List<String> parameters = new ArrayList<>();
            for (CommandLine.Model.ArgSpec arg : m.getMissing()) {
                if (arg instanceof CommandLine.Model.OptionSpec o) {
                    // An optional option can be missing only its value; picocli's message (never shown) says which for a required one.
                    if (!o.required() || ex.getMessage().startsWith("Missing required parameter for option")) {
                        return "选项 " + o.longestName() + " 后面缺少它的值（" + o.paramLabel() + "）";
                    }
                    options.add(o.longestName());
                } else {
                    parameters.add(arg.paramLabel());
                }
            }
            List<String> said = new ArrayList<>();
            if (!options.isEmpty()) {
                said.add("缺少必需的选项：" + String.join("、", options));
            }
            if (!parameters.isEmpty()) {
                said.add("缺少必需的参数：" + String.join("、", parameters));
            }
            return String.join("；", said);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return "选项 " + name(o.getOverwritten()) + " 只能给一次";
        }
        CommandLine.Model.ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            return (arg.isOption() ? "选项 " : "参数 ") + name(arg) + " 的值「" + ex.getValue() + "」不合要求"
                    + (arg.type() == boolean.class || arg.type() == Boolean.class ? "：这个选项不带值" : "");
        }
        if (arg != null) {
            return (arg.isOption() ? "选项 " : "参数 ") + name(arg) + " 写得不对";
        }
        return "无法理解这个命令行";
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
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
        String named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) ? args[0] : null;
        SUBCOMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        // Help headings and the -h/-V descriptions in Chinese, for polc and every subcommand.
        cli.setResourceBundle(ResourceBundle.getBundle("org.polc.cli.Messages"));
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
