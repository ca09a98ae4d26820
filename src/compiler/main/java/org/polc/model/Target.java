package org.polc.model;

import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.Span;

/**
 * 目标 [2024年] [力争|争取|确保] goal [且 goal …]: a goal of the city, not an entitlement. It is met
 * when every goal is met; {@code polc targets} and the generated {@code Targets} class check it
 * against the actual figures.
 *
 * @param strength 力争, 争取 or 确保 as the text says, kept for the reader; it does not change the check
 * @param text the target as written, without 目标 and the year
 */
public record Target(Optional<Integer> year, Optional<String> strength, List<Goal> goals, String text, Span span) {
    public Target {
        goals = List.copyOf(goals);
    }
}
