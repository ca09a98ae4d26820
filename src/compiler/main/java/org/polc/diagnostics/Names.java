package org.polc.diagnostics;

import java.util.Collection;
import java.util.Optional;

/** Did-you-mean for misspelt names: the closest known name by edit distance. */
public final class Names {

    private Names() {}

    public static Optional<String> closest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name, k);
            if (d < bestDistance || d == bestDistance && best != null && k.compareTo(best) < 0) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(name.length(), best == null ? 0 : best.length()) / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * {@link #closest}, but only when no other known name is as close: where two are one edit away
     * (丙类 among 甲类 and 乙类), naming either would mislead.
     */
    public static Optional<String> onlyClosest(String name, Collection<String> known) {
        return closest(name, known).filter(best -> {
            int d = distance(name, best);
            return known.stream().filter(k -> distance(name, k) == d).count() == 1;
        });
    }

    /** Levenshtein distance over code points. */
    public static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[y.length];
    }
}
