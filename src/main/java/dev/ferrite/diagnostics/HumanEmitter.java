package dev.ferrite.diagnostics;

import dev.ferrite.span.SourceFile;
import dev.ferrite.span.SourceMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders diagnostics in rustc's human-readable layout, without colour:
 * <pre>
 * error[E0308]: mismatched types
 *  --> src/main.rs:2:18
 *   |
 * 2 |     let x: i32 = "a";
 *   |            ---   ^^^ expected `i32`, found `&str`
 *   |            |
 *   |            expected due to this
 *   |
 *   = note: ...
 * </pre>
 * and the closing summary ({@code error: aborting due to 2 previous errors}, the
 * {@code rustc --explain} hint).
 */
public final class HumanEmitter {
    private final SourceMap sm;

    public HumanEmitter(SourceMap sm) {
        this.sm = sm;
    }

    /** One diagnostic, ending with a blank line as rustc prints it. */
    public String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        out.append(d.level().text());
        if (d.code() != null) out.append('[').append(d.code()).append(']');
        out.append(": ").append(d.message()).append('\n');
        List<Label> labels = d.labels().stream().filter(l -> !l.span().isDummy()).toList();
        int width = gutterWidth(d);
        if (!labels.isEmpty()) {
            snippet(out, labels, width, true);
        }
        boolean gutterOpen = !labels.isEmpty();
        // a help with a suggestion follows the snippet of a note directly, as in rustc
        boolean afterSpanNote = false;
        for (SubDiagnostic c : d.children()) {
            afterSpanNote = !c.labels().isEmpty();
            if (c.labels().isEmpty()) {
                String pad = " ".repeat(width);
                if (gutterOpen) {
                    out.append(pad).append(" |\n");
                    gutterOpen = false;
                }
                String[] lines = c.message().split("\n", -1);
                out.append(pad).append(" = ").append(c.level().text()).append(": ").append(lines[0]).append('\n');
                String indent = pad + "   " + " ".repeat(c.level().text().length() + 2);
                for (int i = 1; i < lines.length; i++) out.append(indent).append(lines[i]).append('\n');
            } else {
                if (gutterOpen) out.append(" ".repeat(width)).append(" |\n");
                out.append(c.level().text()).append(": ").append(c.message()).append('\n');
                snippet(out, c.labels(), width, true);
                gutterOpen = true;
            }
        }
        for (Suggestion s : d.suggestions()) {
            if (gutterOpen && !afterSpanNote) out.append(" ".repeat(width)).append(" |\n");
            gutterOpen = false;
            afterSpanNote = false;
            out.append(Level.HELP.text()).append(": ").append(s.message()).append('\n');
            suggestion(out, s, width);
        }
        out.append('\n');
        return out.toString();
    }

    private int gutterWidth(Diagnostic d) {
        int max = 0;
        List<Label> all = new ArrayList<>(d.labels());
        for (SubDiagnostic c : d.children()) all.addAll(c.labels());
        for (Label l : all) {
            if (l.span().isDummy()) continue;
            SourceMap.Loc lo = sm.lookup(l.span().lo());
            SourceMap.Loc hi = sm.lookup(l.span().hi());
            if (lo != null) max = Math.max(max, lo.line());
            if (hi != null) max = Math.max(max, hi.line());
        }
        for (Suggestion s : d.suggestions()) {
            SourceMap.Loc lo = sm.lookup(s.span().lo());
            if (lo != null) max = Math.max(max, lo.line());
        }
        return Math.max(1, String.valueOf(max).length());
    }

    /** The ` --> file:line:col` header and the annotated source lines. */
    private void snippet(StringBuilder out, List<Label> labels, int width, boolean header) {
        Label primary = labels.stream().filter(Label::primary).findFirst().orElse(labels.getFirst());
        SourceMap.Loc ploc = sm.lookup(primary.span().lo());
        if (ploc == null) return;
        String pad = " ".repeat(width);
        if (header) out.append(pad).append("--> ").append(ploc).append('\n');
        out.append(pad).append(" |\n");
        SourceFile file = ploc.file();
        Label multi = null;
        for (Label l : labels) {
            SourceMap.Loc lo = sm.lookup(l.span().lo()), hi = sm.lookup(l.span().hi());
            if (lo != null && hi != null && lo.file() == file && hi.line() > lo.line()) multi = l;
        }
        if (multi != null) {
            multiLine(out, file, multi, labels, width);
            return;
        }
        // Group single-line labels by line; multi-line labels are shown at their first line.
        TreeMap<Integer, List<Label>> byLine = new TreeMap<>();
        for (Label l : labels) {
            SourceMap.Loc lo = sm.lookup(l.span().lo());
            if (lo == null || lo.file() != file) continue;
            byLine.computeIfAbsent(lo.line(), k -> new ArrayList<>()).add(l);
        }
        Integer prevLine = null;
        for (var e : byLine.entrySet()) {
            int line = e.getKey();
            if (prevLine != null && line > prevLine + 2) out.append("...\n");
            else if (prevLine != null && line == prevLine + 2) sourceLine(out, file, line - 1, width);
            sourceLine(out, file, line, width);
            annotate(out, file, line, e.getValue(), width);
            prevLine = line;
        }
    }

    /**
     * rustc's layout for a label spanning lines: the first line's marker runs {@code _____^} from
     * the margin, the lines inside get a {@code |} margin, and the last line closes with
     * {@code |___^ label}. Single-line labels on the first line are drawn over the underscores.
     */
    private void multiLine(StringBuilder out, SourceFile file, Label multi, List<Label> labels, int width) {
        String pad = " ".repeat(width);
        SourceMap.Loc lo = sm.lookup(multi.span().lo());
        SourceMap.Loc hi = sm.lookup(multi.span().hi());
        int startCol = displayCol(file, multi.span().lo());
        int endCol = displayCol(file, multi.span().hi());
        char mark = multi.primary() ? '^' : '-';
        // single-line labels on lines above the multi-line one, drawn with the two margin columns
        TreeMap<Integer, List<Label>> above = new TreeMap<>();
        for (Label l : labels) {
            if (l == multi) continue;
            SourceMap.Loc a = sm.lookup(l.span().lo()), b = sm.lookup(l.span().hi());
            if (a != null && b != null && a.file() == file && a.line() == b.line() && a.line() < lo.line()) {
                above.computeIfAbsent(a.line(), k -> new ArrayList<>()).add(l);
            }
        }
        Integer prev = null;
        for (var e : above.entrySet()) {
            if (prev != null && e.getKey() > prev + 1) out.append("...\n");
            sourceLineWithMargin(out, file, e.getKey(), width, "  ");
            StringBuilder tmp = new StringBuilder();
            annotate(tmp, file, e.getKey(), e.getValue(), width);
            out.append(tmp.toString().replace(pad + " | ", pad + " |   "));
            prev = e.getKey();
        }
        if (prev != null && lo.line() > prev + 1) out.append("...\n");
        String lead = file.lineText(lo.line() - 1).replace("\t", "    ");
        if (lead.substring(0, Math.min(startCol, lead.length())).isBlank()) {
            // the span starts the line: rustc draws `/` in the margin instead of an underline
            sourceLineWithMargin(out, file, lo.line(), width, "/ ");
            multiRest(out, file, multi, lo, hi, endCol, mark, width);
            return;
        }
        // first line with two columns of margin
        sourceLineWithMargin(out, file, lo.line(), width, "  ");
        StringBuilder marker = new StringBuilder(" " + "_".repeat(startCol + 1) + mark);
        List<Label> onFirst = new ArrayList<>();
        for (Label l : labels) {
            if (l == multi) continue;
            SourceMap.Loc a = sm.lookup(l.span().lo()), b = sm.lookup(l.span().hi());
            if (a != null && b != null && a.line() == lo.line() && b.line() == lo.line()) onFirst.add(l);
        }
        for (Label l : onFirst) {
            int a = displayCol(file, l.span().lo()) + 2, b = Math.max(a + 1, displayCol(file, l.span().hi()) + 2);
            for (int i = a; i < b && i < marker.length(); i++) marker.setCharAt(i, l.primary() ? '^' : '-');
        }
        out.append(pad).append(" | ").append(marker.toString().stripTrailing()).append('\n');
        for (Label l : onFirst) {
            if (l.message().isEmpty()) continue;
            int col = displayCol(file, l.span().lo()) + 1;
            out.append(pad).append(" | |").append(" ".repeat(col)).append("|").append('\n');
            out.append(pad).append(" | |").append(" ".repeat(col)).append(l.message()).append('\n');
        }
        multiRest(out, file, multi, lo, hi, endCol, mark, width);
    }

    /** The inner lines of a multi-line label and its closing {@code |___^ label} line. */
    private void multiRest(StringBuilder out, SourceFile file, Label multi, SourceMap.Loc lo, SourceMap.Loc hi, int endCol,
                           char mark, int width) {
        String pad = " ".repeat(width);
        int between = hi.line() - lo.line() - 1;
        for (int line = lo.line() + 1; line <= hi.line(); line++) {
            if (between > 4 && line > lo.line() + 2 && line < hi.line() - 1) {
                if (line == lo.line() + 3) out.append("...\n");
                continue;
            }
            sourceLineWithMargin(out, file, line, width, "| ");
        }
        String end = "|" + "_".repeat(Math.max(1, endCol)) + mark;
        if (!multi.message().isEmpty()) end += " " + multi.message();
        out.append(pad).append(" | ").append(end).append('\n');
    }

    private void sourceLineWithMargin(StringBuilder out, SourceFile file, int line, int width, String margin) {
        String text = file.lineText(line - 1).replace("\t", "    ");
        String num = String.valueOf(line);
        out.append(" ".repeat(width - num.length())).append(num).append(" | ").append(margin).append(text);
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') len--;
        out.setLength(len);
        out.append('\n');
    }

    private void sourceLine(StringBuilder out, SourceFile file, int line, int width) {
        String text = file.lineText(line - 1).replace("\t", "    ");
        String num = String.valueOf(line);
        out.append(" ".repeat(width - num.length())).append(num).append(" |");
        if (!text.isEmpty()) out.append(' ').append(text);
        out.append('\n');
    }

    /** Display column (0-based) of a global position within its line, counting tabs as 4. */
    private int displayCol(SourceFile file, int pos) {
        int off = pos - file.startPos();
        int line = file.lineIndex(off);
        String before = file.text(file.lineStart(line), Math.min(off, file.bytes().length));
        int col = 0;
        for (int i = 0; i < before.length(); ) {
            int cp = before.codePointAt(i);
            col += cp == '\t' ? 4 : 1;
            i += Character.charCount(cp);
        }
        return col;
    }

    private void annotate(StringBuilder out, SourceFile file, int line, List<Label> labels, int width) {
        String pad = " ".repeat(width);
        record Mark(int start, int end, char ch, String text) {
        }
        List<Mark> marks = new ArrayList<>();
        int lineLen = file.lineText(line - 1).replace("\t", "    ").length();
        for (Label l : labels) {
            // A position past the end of the line (the end of the file) is drawn at the line's end, as rustc does.
            int start = Math.min(displayCol(file, l.span().lo()), lineLen);
            int endPos = l.span().hi();
            SourceMap.Loc hiLoc = sm.lookup(endPos);
            int end;
            if (hiLoc != null && hiLoc.line() == line) {
                end = displayCol(file, endPos);
            } else {
                end = file.lineText(line - 1).replace("\t", "    ").length();
            }
            if (end <= start) end = start + 1;
            marks.add(new Mark(start, end, l.primary() ? '^' : '-', l.message()));
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        if (marks.size() > 1 && marks.stream().allMatch(m -> m.start() == marks.getFirst().start() && m.end() == marks.getFirst().end()
                && !m.text().isEmpty())) {
            // several labels on one span: rustc hangs all of them below it, in order
            Mark m0 = marks.getFirst();
            String indent = " ".repeat(m0.start());
            out.append(pad).append(" | ").append(indent).append(String.valueOf(m0.ch()).repeat(m0.end() - m0.start())).append('\n');
            out.append(pad).append(" | ").append(indent).append("|\n");
            List<Mark> inOrder = new ArrayList<>();
            for (Label l : labels) for (Mark m : marks) if (m.text().equals(l.message()) && !inOrder.contains(m)) inOrder.add(m);
            for (Mark m : inOrder) out.append(pad).append(" | ").append(indent).append(m.text()).append('\n');
            return;
        }
        StringBuilder under = new StringBuilder();
        for (Mark m : marks) {
            while (under.length() < m.start()) under.append(' ');
            for (int i = m.start(); i < m.end(); i++) {
                if (i < under.length()) under.setCharAt(i, m.ch());
                else under.append(m.ch());
            }
        }
        // The rightmost label goes on the underline line, and so does any other whose text fits
        // before the next underline (as rustc lays them out); the rest hang below with `|` connectors.
        Mark last = marks.getLast();
        boolean inlineLast = !last.text().isEmpty();
        List<Mark> hanging = new ArrayList<>();
        for (int i = 0; i < marks.size() - 1; i++) {
            Mark m = marks.get(i);
            if (m.text().isEmpty()) continue;
            int textStart = m.end() + 1;
            int textEnd = textStart + m.text().codePointCount(0, m.text().length());
            if (textEnd < marks.get(i + 1).start()) {
                while (under.length() < textEnd) under.append(' ');
                under.replace(textStart, textEnd, m.text());
            } else {
                hanging.add(m);
            }
        }
        String first = under.toString();
        if (inlineLast) first = first + " " + last.text();
        out.append(pad).append(" | ").append(first.stripTrailing()).append('\n');
        if (hanging.isEmpty()) return;
        hanging.sort(Comparator.comparingInt(Mark::start).reversed());
        Set<Integer> pipes = new LinkedHashSet<>();
        for (Mark m : hanging) pipes.add(m.start());
        StringBuilder bars = new StringBuilder();
        for (int col : pipes) {
            while (bars.length() <= col) bars.append(' ');
            bars.setCharAt(col, '|');
        }
        out.append(pad).append(" | ").append(bars.toString().stripTrailing()).append('\n');
        for (Mark m : hanging) {
            pipes.remove(m.start());
            StringBuilder l = new StringBuilder();
            for (int col : pipes) {
                while (l.length() <= col) l.append(' ');
                l.setCharAt(col, '|');
            }
            while (l.length() < m.start()) l.append(' ');
            l.setLength(m.start());
            l.append(m.text());
            // as rustc: the next label hangs on the very next line, its connector passing this one
            out.append(pad).append(" | ").append(l.toString().stripTrailing()).append('\n');
        }
    }

    private void suggestion(StringBuilder out, Suggestion s, int width) {
        SourceMap.Loc loc = sm.lookup(s.span().lo());
        if (loc == null) return;
        SourceFile f = loc.file();
        String pad = " ".repeat(width);
        int lineIdx = loc.line() - 1;
        int lineStart = f.lineStart(lineIdx);
        String line = f.lineText(lineIdx);
        int lo = s.span().lo() - f.startPos() - lineStart;
        int hi = Math.min(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, s.span().hi() - f.startPos() - lineStart);
        byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String before = new String(b, 0, lo, java.nio.charset.StandardCharsets.UTF_8);
        String after = new String(b, hi, b.length - hi, java.nio.charset.StandardCharsets.UTF_8);
        String fixed = before + s.replacement() + after;
        String original = new String(b, lo, Math.max(0, hi - lo), java.nio.charset.StandardCharsets.UTF_8);
        if (!original.isEmpty() && !s.replacement().startsWith(original) && !s.replacement().endsWith(original)) {
            // a replacement that removes text: rustc shows the line before and after
            String n = String.valueOf(loc.line());
            String gutter = " ".repeat(width - n.length()) + n;
            out.append(pad).append(" |\n");
            out.append(gutter).append(" - ").append(line.replace("\t", "    ")).append('\n');
            out.append(gutter).append(" + ").append(fixed.replace("\t", "    ")).append('\n');
            out.append(pad).append(" |\n");
            return;
        }
        out.append(pad).append(" |\n");
        String num = String.valueOf(loc.line());
        out.append(" ".repeat(width - num.length())).append(num).append(" | ").append(fixed.replace("\t", "    ")).append('\n');
        // rustc does not underline the whitespace at either end of an insertion
        String inserted = s.replacement();
        String lead = inserted.substring(0, inserted.length() - inserted.stripLeading().length());
        String shown = inserted.strip();
        if (shown.isEmpty()) {
            shown = inserted;
            lead = "";
        }
        String prefix = (before + lead).replace("\t", "    ");
        int startCol = prefix.codePointCount(0, prefix.length());
        out.append(pad).append(" | ").append(" ".repeat(startCol))
                .append("+".repeat(Math.max(1, shown.codePointCount(0, shown.length())))).append('\n');
    }

    /** rustc's closing lines after all diagnostics of a failed or warned compilation. */
    public static String summary(List<Diagnostic> diags) {
        int errors = 0, warnings = 0;
        Set<String> codes = new java.util.TreeSet<>();
        for (Diagnostic d : diags) {
            if (d.level() == Level.ERROR) {
                errors++;
                if (d.code() != null) codes.add(d.code());
            } else if (d.level() == Level.WARNING) {
                warnings++;
            }
        }
        StringBuilder out = new StringBuilder();
        if (errors > 0) {
            out.append("error: aborting due to ").append(errors == 1 ? "1 previous error" : errors + " previous errors");
            if (warnings > 0) out.append("; ").append(warnings).append(warnings == 1 ? " warning emitted" : " warnings emitted");
            out.append("\n\n");
            if (codes.size() == 1) {
                out.append("For more information about this error, try `rustc --explain ").append(codes.iterator().next()).append("`.\n");
            } else if (codes.size() > 1) {
                out.append("Some errors have detailed explanations: ").append(String.join(", ", codes)).append(".\n");
                out.append("For more information about an error, try `rustc --explain ").append(codes.iterator().next()).append("`.\n");
            }
        } else if (warnings > 0) {
            out.append("warning: ").append(warnings).append(warnings == 1 ? " warning emitted" : " warnings emitted").append("\n\n");
        }
        return out.toString();
    }
}
