package dev.ferrite.syntax;

import dev.ferrite.span.Span;
import dev.ferrite.span.Symbol;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A span-free, indented dump of any AST node (walking records by reflection), used for parser
 * snapshot tests and to compare ASTs structurally (a re-parse must give the same dump).
 */
public final class AstDump {
    private AstDump() {
    }

    public static String dump(Object node) {
        StringBuilder sb = new StringBuilder();
        dump(node, 0, sb);
        return sb.toString();
    }

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> c) {
            RecordComponent[] all = c.getRecordComponents();
            return java.util.Arrays.stream(all).filter(rc -> rc.getType() != Span.class).toArray(RecordComponent[]::new);
        }
    };

    /**
     * Whether two nodes have the same dump, compared structurally without building the dumps
     * (the round-trip check runs this over whole crates).
     */
    public static boolean same(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return emptyLike(a) && emptyLike(b);
        switch (a) {
            case Symbol s -> {
                return b instanceof Symbol t && s.text().equals(t.text());
            }
            case Token t -> {
                return b instanceof Token u && t.kind() == u.kind() && t.text().equals(u.text());
            }
            case dev.ferrite.syntax.ast.Ident id -> {
                return b instanceof dev.ferrite.syntax.ast.Ident o && id.name().text().equals(o.name().text());
            }
            case dev.ferrite.syntax.ast.Lifetime lt -> {
                return b instanceof dev.ferrite.syntax.ast.Lifetime o && lt.name().text().equals(o.name().text());
            }
            case List<?> l -> {
                if (!(b instanceof List<?> m) || l.size() != m.size()) return false;
                for (int i = 0; i < l.size(); i++) if (!same(l.get(i), m.get(i))) return false;
                return true;
            }
            case Record r -> {
                if (r.getClass() != b.getClass()) return false;
                for (RecordComponent c : COMPONENTS.get(r.getClass())) {
                    try {
                        if (!same(c.getAccessor().invoke(r), c.getAccessor().invoke(b))) return false;
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return true;
            }
            default -> {
                return a.equals(b) || a.toString().equals(b.toString());
            }
        }
    }

    /** Values the dump leaves out (null, an empty list, false). */
    private static boolean emptyLike(Object o) {
        return o == null || o instanceof List<?> l && l.isEmpty() || Boolean.FALSE.equals(o);
    }

    private static void dump(Object o, int indent, StringBuilder sb) {
        String pad = "  ".repeat(indent);
        switch (o) {
            case null -> sb.append(pad).append("-\n");
            case Symbol s -> sb.append(pad).append('"').append(s.text()).append("\"\n");
            case String s -> sb.append(pad).append('"').append(s).append("\"\n");
            case Token t -> sb.append(pad).append("Token ").append(t.kind()).append(' ').append(t.text()).append('\n');
            case dev.ferrite.syntax.ast.Ident id -> sb.append(pad).append("Ident \"").append(id.name().text()).append("\"\n");
            case dev.ferrite.syntax.ast.Lifetime lt -> sb.append(pad).append("Lifetime ").append(lt.name().text()).append('\n');
            case Enum<?> e -> sb.append(pad).append(e.name()).append('\n');
            case Boolean b -> sb.append(pad).append(b).append('\n');
            case Number n -> sb.append(pad).append(n).append('\n');
            case List<?> l -> {
                if (l.isEmpty()) {
                    sb.append(pad).append("[]\n");
                    return;
                }
                for (Object e : l) dump(e, indent, sb);
            }
            case Record r -> {
                sb.append(pad).append(r.getClass().getSimpleName()).append('\n');
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    if (c.getType() == Span.class) continue;
                    Object v;
                    try {
                        v = c.getAccessor().invoke(r);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    if (v == null || v instanceof List<?> l && l.isEmpty() || Boolean.FALSE.equals(v)) continue;
                    if (v instanceof Integer i && i == 0 && c.getName().equals("ctxt")) continue;
                    sb.append(pad).append("  ").append(c.getName()).append(":\n");
                    dump(v, indent + 2, sb);
                }
            }
            default -> sb.append(pad).append(o).append('\n');
        }
    }

    /** The first line where two dumps differ, after a little context (for round-trip reports). */
    public static String firstDifference(String a, String b) {
        String[] x = a.split("\n"), y = b.split("\n");
        int i = 0;
        while (i < x.length && i < y.length && x[i].equals(y[i])) i++;
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, i - 5); k < i; k++) sb.append("  ").append(x[k]).append('\n');
        if (i < x.length) sb.append("- ").append(x[i]).append('\n');
        if (i < y.length) sb.append("+ ").append(y[i]).append('\n');
        return sb.toString();
    }
}
