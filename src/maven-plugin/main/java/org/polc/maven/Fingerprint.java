package org.polc.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.polc.Compiler;

/**
 * A digest of everything the generated Java depends on: each .pol file's path and bytes, and the
 * compiler itself (the bytes of its jar), so that a new polc regenerates even when the sources did
 * not change. A timestamp would do for the sources, but not across a fresh checkout.
 */
final class Fingerprint {

    private Fingerprint() {}

    static String of(Path sources, List<Path> polFiles) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "polc " + compilerIdentity());
        for (Path file : polFiles) {
            update(digest, sources.relativize(file).toString().replace('\\', '/'));
            byte[] bytes = Files.readAllBytes(file);
            update(digest, String.valueOf(bytes.length));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The compiler's jar, by content; a folder of classes (an IDE's build) by its path. */
    private static String compilerIdentity() throws IOException {
        CodeSource source = Compiler.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(location)));
            }
            return location.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
