package dev.ferrite.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * compiletest's {@code //~ ERROR msg} annotations: {@code //~} refers to its own line,
 * {@code //~^} (one caret per line) to lines above, {@code //~|} to the same line as the previous
 * annotation. Each must match an emitted diagnostic of that level on that line whose message
 * contains {@code msg}, and every emitted error must be annotated. Emitted diagnostics are read
 * from the rendered output: a level line followed by its {@code  --> file:line:col}.
 */
final class Annotations {
    private static final Pattern ANNOT = Pattern.compile("//~(\\^*|\\|)\\s*(ERROR|WARN|WARNING|NOTE|HELP)\\s*(.*)$");
    private static final Pattern HEAD = Pattern.compile("^(error|warning)(\\[E\\d+\\])?: (.*)$");
    private static final Pattern LOC = Pattern.compile("^ *--> (.*):(\\d+):(\\d+)$");

    private record Expect(int line, String level, String msg) {
    }

    private record Emitted(int line, String level, String msg) {
    }

    private Annotations() {
    }

    static String check(String source, String stderr, String file) {
        List<Expect> expects = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        int lastLine = -1;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ANNOT.matcher(lines[i]);
            if (!m.find()) continue;
            String carets = m.group(1);
            int line = carets.equals("|") ? lastLine : i + 1 - carets.length();
            lastLine = line;
            String level = switch (m.group(2)) {
                case "ERROR" -> "error";
                case "WARN", "WARNING" -> "warning";
                case "NOTE" -> "note";
                default -> "help";
            };
            expects.add(new Expect(line, level, m.group(3).strip()));
        }
        List<Emitted> emitted = new ArrayList<>();
        String[] out = stderr.split("\n");
        for (int i = 0; i + 1 < out.length; i++) {
            Matcher h = HEAD.matcher(out[i]);
            if (!h.matches()) continue;
            Matcher l = LOC.matcher(out[i + 1]);
            if (!l.matches() || !l.group(1).equals(file)) continue;
            emitted.add(new Emitted(Integer.parseInt(l.group(2)), h.group(1), h.group(3)));
        }
        StringBuilder problems = new StringBuilder();
        List<Emitted> unmatched = new ArrayList<>(emitted);
        for (Expect e : expects) {
            Emitted found = null;
            for (Emitted em : unmatched) {
                if (em.line() == e.line() && em.level().equals(e.level()) && em.msg().contains(e.msg())) {
                    found = em;
                    break;
                }
            }
            if (found == null) {
                if (e.level().equals("error") || e.level().equals("warning")) {
                    problems.append("expected ").append(e.level()).append(" on line ").append(e.line())
                            .append(" not found: ").append(e.msg()).append('\n');
                }
            } else {
                unmatched.remove(found);
            }
        }
        for (Emitted em : unmatched) {
            if (em.level().equals("error")) {
                problems.append("unexpected error on line ").append(em.line()).append(": ").append(em.msg()).append('\n');
            }
        }
        return problems.toString();
    }
}
