package org.polc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.polc.testing.Fixtures;
import org.polc.testing.Fixtures.Run;

/**
 * Users never see an English library message: every help screen and every command-line error is
 * Chinese. The only Latin words allowed are option names (--clause, -d, -hV), the subcommands, the
 * placeholders of the synopsis (POLICIES, N, FILE, DIR), and names of files and formats (polc, .pol,
 * generated/, policies, JSON, Java, Pol). Each error is also checked word for word: it must say which
 * option or value was wrong.
 */
class ChineseCommandLineTest {

    /** The Latin words a user may see, listed one by one. */
    private static final Set<String> ALLOWED = Set.of(
            "polc", "check", "compile", "eval", "catalog", "targets", // the command and its subcommands
            "POLICIES", "N", "FILE", "DIR", // placeholders of the synopsis
            "pol", "generated", "policies", "JSON", "Java", "Pol", "clauses", // file names, formats, a JSON key
            "Markdown"); // the format of catalog --markdown

    /** An option name (--clause, -d, -hV, --clause=N is split at the =), or a Latin word. */
    private static final Pattern OPTION = Pattern.compile("(?<![A-Za-z])--?[A-Za-z][A-Za-z-]*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    private static String policies() {
        return Fixtures.policies().toString();
    }

    /** Latin words of the text that are neither an option name nor in {@link #ALLOWED}. */
    static List<String> english(String text) {
        String rest = OPTION.matcher(text.replace(policies(), "")).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(rest);
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "check --help", "compile --help", "eval --help", "catalog --help", "targets --help",
            "check -h", "eval -h"})
    void everyHelpScreenIsChinese(String commandLine) {
        Run run = Fixtures.cli(commandLine.split(" "));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "help prints nothing on standard error (picocli warns there)");
        assertTrue(run.out().startsWith("用法：polc"), run.out());
        assertEquals(List.of(), english(run.out()), run.out());
        assertTrue(run.out().contains("显示本帮助并退出。"), run.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // unknown option, at the top and in a subcommand
            "--bogus | 不认识的选项：--bogus",
            "check --bogus POLICIES | 不认识的选项：--bogus",
            // unknown subcommand: which word, and what there is
            "frobnicate | 不认识的子命令：frobnicate（可用的子命令：check、compile、eval、catalog、targets）",
            // missing options, missing parameter, missing value of an option
            "eval POLICIES | 缺少必需的选项：--clause、--input",
            "eval --clause 14 POLICIES | 缺少必需的选项：--input",
            "compile | 缺少必需的参数：POLICIES",
            "compile POLICIES -d | 选项 -d 后面缺少它的值（DIR）",
            "eval POLICIES --input in.json --clause | 选项 --clause 后面缺少它的值（N）",
            // bad value, an option twice, a parameter too many
            "check --coverage=maybe POLICIES | 选项 --coverage 的值「maybe」不合要求：这个选项不带值",
            "eval --clause 14 --clause 3 --input in.json POLICIES | 选项 --clause 只能给一次",
            "check POLICIES extra | 多余的参数：extra",
            "eval --clause abc --input in.json POLICIES | --clause 应是条款编号，如 14 或 十四，而不是「abc」",
            // no subcommand at all
            "'' | 请指定子命令：check、compile、eval、catalog 或 targets"})
    void everyCommandLineErrorIsChineseAndSaysWhatWasWrong(String commandLine, String expected) {
        String[] args = commandLine.isEmpty() ? new String[0] : commandLine.replace("POLICIES", policies()).split(" ");
        Run run = Fixtures.cli(args);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        String first = run.err().lines().findFirst().orElse("");
        assertEquals("命令行错误：" + expected, first, run.err());
        // the words a user may not know (maybe, extra, frobnicate, abc, in.json) are theirs, quoted back to them
        List<String> english = english(run.err());
        english.removeAll(List.of("maybe", "extra", "frobnicate", "abc", "in", "json"));
        assertEquals(List.of(), english, run.err());
    }
}
