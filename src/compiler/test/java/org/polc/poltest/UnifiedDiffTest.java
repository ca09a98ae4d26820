package org.polc.poltest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The diff a failing .pol test shows: git's unified format, numbered by the lines of the file. */
class UnifiedDiffTest {

    @Test
    void aChangedLineWithThreeLinesOfContextEachSide() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String b = "1\n2\n3\n4\nfünf\n6\n7\n8\n9\n";
        assertEquals("--- a\n+++ b\n@@ -12,7 +12,7 @@\n 2\n 3\n 4\n-5\n+fünf\n 6\n 7\n 8\n", UnifiedDiff.of(a, b, "a", "b", 11));
    }

    @Test
    void changesFarApartAreSeparateHunksAndCloseOnesOne() {
        String a = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        String far = "A\nb\nc\nd\ne\nf\ng\nh\ni\nJ\n";
        assertEquals("--- x\n+++ y\n@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n@@ -7,4 +7,4 @@\n g\n h\n i\n-j\n+J\n",
                UnifiedDiff.of(a, far, "x", "y", 1));
        String close = "A\nb\nc\nd\ne\nf\nG\nh\ni\nj\n";
        assertEquals("--- x\n+++ y\n@@ -1,10 +1,10 @@\n-a\n+A\n b\n c\n d\n e\n f\n-g\n+G\n h\n i\n j\n",
                UnifiedDiff.of(a, close, "x", "y", 1));
    }

    @Test
    void linesAddedToNothing() {
        assertEquals("--- x\n+++ y\n@@ -4,0 +5,2 @@\n+p\n+q\n", UnifiedDiff.of("", "p\nq\n", "x", "y", 5));
    }
}
