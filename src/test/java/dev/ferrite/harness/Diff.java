package dev.ferrite.harness;

import java.util.List;

/** A small line diff for test failures (longest common subsequence, unified-style output). */
final class Diff {
    private Diff() {
    }

    static String unified(String what, String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int n = a.size(), m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder sb = new StringBuilder("--- expected " + what + "\n+++ actual " + what + "\n");
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                sb.append("  ").append(a.get(i)).append('\n');
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                sb.append("+ ").append(b.get(j++)).append('\n');
            } else {
                sb.append("- ").append(a.get(i++)).append('\n');
            }
        }
        if (!expected.endsWith("\n") && !expected.isEmpty() || !actual.endsWith("\n") && !actual.isEmpty()) {
            sb.append("(trailing newline: expected ").append(expected.endsWith("\n")).append(", actual ")
                    .append(actual.endsWith("\n")).append(")\n");
        }
        return sb.toString();
    }
}
