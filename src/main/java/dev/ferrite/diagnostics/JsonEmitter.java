package dev.ferrite.diagnostics;

import dev.ferrite.span.SourceFile;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * rustc's {@code --error-format=json}: one JSON object per line for each diagnostic and for the
 * closing summary. Byte offsets are relative to the file; columns are 1-based in chars. Error
 * code explanations are not produced yet ({@code "explanation": null}).
 */
public final class JsonEmitter {
    private final SourceMap sm;
    private final HumanEmitter human;

    public JsonEmitter(SourceMap sm) {
        this.sm = sm;
        this.human = new HumanEmitter(sm);
    }

    public String render(Diagnostic d) {
        return diagnostic(d.message(), d.code(), d.level().text(), spans(d.labels(), d.suggestions()), children(d),
                human.render(d)) + "\n";
    }

    /** The closing lines ("aborting due to ...", the explain hint) as JSON diagnostics. */
    public String summary(List<Diagnostic> diags) {
        StringBuilder out = new StringBuilder();
        for (String line : HumanEmitter.summary(diags).split("\n")) {
            if (line.isEmpty()) continue;
            String level;
            String message;
            String rendered;
            if (line.startsWith("error: ")) {
                level = "error";
                message = line.substring(7);
                rendered = line + "\n\n";
            } else if (line.startsWith("warning: ")) {
                level = "warning";
                message = line.substring(9);
                rendered = line + "\n\n";
            } else {
                level = "failure-note";
                message = line;
                rendered = line + "\n";
            }
            out.append(diagnostic(message, null, level, "[]", "[]", rendered)).append('\n');
        }
        return out.toString();
    }

    private static String diagnostic(String message, String code, String level, String spans, String children, String rendered) {
        return "{\"$message_type\":\"diagnostic\",\"message\":" + str(message) + ",\"code\":"
                + (code == null ? "null" : "{\"code\":" + str(code) + ",\"explanation\":null}")
                + ",\"level\":" + str(level) + ",\"spans\":" + spans + ",\"children\":" + children
                + ",\"rendered\":" + (rendered == null ? "null" : str(rendered)) + "}";
    }

    private String children(Diagnostic d) {
        List<String> out = new ArrayList<>();
        for (SubDiagnostic c : d.children()) {
            out.add(diagnostic(c.message(), null, c.level().text(), spans(c.labels(), List.of()), "[]", null));
        }
        for (Suggestion s : d.suggestions()) {
            out.add(diagnostic(s.message(), null, "help", spans(List.of(), List.of(s)), "[]", null));
        }
        return "[" + String.join(",", out) + "]";
    }

    private String spans(List<Label> labels, List<Suggestion> suggestions) {
        List<String> out = new ArrayList<>();
        for (Label l : labels) {
            if (!l.span().isDummy()) out.add(span(l.span(), l.primary(), l.message().isEmpty() ? null : l.message(), null, null));
        }
        for (Suggestion s : suggestions) {
            out.add(span(s.span(), true, null, s.replacement(), s.applicability().jsonName()));
        }
        return "[" + String.join(",", out) + "]";
    }

    private String span(Span s, boolean primary, String label, String replacement, String applicability) {
        SourceMap.Loc lo = sm.lookup(s.lo());
        SourceMap.Loc hi = sm.lookup(s.hi());
        SourceFile f = lo.file();
        StringBuilder text = new StringBuilder("[");
        for (int line = lo.line(); line <= hi.line(); line++) {
            if (line > lo.line()) text.append(',');
            String t = f.lineText(line - 1);
            int hs = line == lo.line() ? lo.col() : 1;
            int he = line == hi.line() ? hi.col() : t.codePointCount(0, t.length()) + 1;
            text.append("{\"text\":").append(str(t)).append(",\"highlight_start\":").append(hs)
                    .append(",\"highlight_end\":").append(he).append('}');
        }
        text.append(']');
        return "{\"file_name\":" + str(f.name()) + ",\"byte_start\":" + (s.lo() - f.startPos()) + ",\"byte_end\":"
                + (s.hi() - f.startPos()) + ",\"line_start\":" + lo.line() + ",\"line_end\":" + hi.line()
                + ",\"column_start\":" + lo.col() + ",\"column_end\":" + hi.col() + ",\"is_primary\":" + primary
                + ",\"text\":" + text + ",\"label\":" + (label == null ? "null" : str(label))
                + ",\"suggested_replacement\":" + (replacement == null ? "null" : str(replacement))
                + ",\"suggestion_applicability\":" + (applicability == null ? "null" : str(applicability))
                + ",\"expansion\":null}";
    }

    /** A JSON string literal. */
    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
