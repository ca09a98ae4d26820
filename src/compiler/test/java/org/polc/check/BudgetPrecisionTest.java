package org.polc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polc.testing.Fixtures;

/**
 * Regression: budget amounts used to skip the 分 precision check that every
 * other money literal gets (money.precision). 预算 “甲” 0.001元 passed `polc check`, and
 * `polc catalog --json` then died with "polc 内部错误 … Rounding necessary" (exit 3).
 * The money.precision errors themselves are src/compiler/test/pol/budgets/total-below-fen.pol and
 * items-below-fen.pol.
 */
class BudgetPrecisionTest {

    private static final String BODY = Fixtures.clause("""
            %s
            """);

    @Test
    void catalogDoesNotCrashOnSuchABudget(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("test");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("t.pol"), Fixtures.HEADER + BODY.formatted("  预算 “甲” 0.001元"), StandardCharsets.UTF_8);
        Fixtures.Run run = Fixtures.cli("catalog", "--json", dir.toString());
        // 1: errors in the policies; 3 would be an internal error of polc
        assertEquals(1, run.exitCode(), run.err() + run.out());
    }
}
