package org.polc;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The name of a .pol file as generated code cites it: relative to the folder above the policies
 * root ("policies/hangzhou2024/part2.pol"), whatever directory polc was started from, so that
 * generated files are byte-identical across machines.
 */
public final class SourceNames {

    private SourceNames() {}

    public static String of(Path root, String file) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absoluteFile = Path.of(file).toAbsolutePath().normalize();
        Path base = absoluteRoot.getParent() == null ? absoluteRoot : absoluteRoot.getParent();
        if (Files.isRegularFile(absoluteRoot)) {
            base = absoluteRoot.getParent().getParent() == null ? absoluteRoot.getParent() : absoluteRoot.getParent().getParent();
        }
        return base.relativize(absoluteFile).toString().replace('\\', '/');
    }
}
