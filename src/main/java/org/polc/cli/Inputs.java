package org.polc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

final class Inputs {

    private Inputs() {}

    static boolean exists(Path path, CommandSpec spec) {
        if (!Files.exists(path)) {
            spec.commandLine().getErr().println("命令行错误：找不到 " + path);
            return false;
        }
        return true;
    }
}
