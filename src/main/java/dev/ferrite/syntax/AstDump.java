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
}
