package dev.ferrite.mir;

import dev.ferrite.hir.DefId;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Const;
import dev.ferrite.types.ExistentialPredicate;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.GenericArg;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Region;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints MIR in the text format of rustc's {@code -Zunpretty=mir}: a header
 * ({@code fn main() -> () {}}, {@code const C: u8 = {}}), debug names and locals nested in their
 * scopes, then the blocks ({@code bb0: {}}) with one statement per line and the terminator with
 * its edges ({@code -> [return: bb1, unwind continue]}).
 */
public final class MirPrinter {
    private static final String INDENT = "    ";

    /** The comment lines rustc's {@code -Zunpretty=mir} output starts with (for {@code ferrite mir}). */
    public static final String RUSTC_HEADER = """
            // WARNING: This output format is intended for human consumers only
            // and is subject to change without notice. Knock yourself out.
            // HINT: See also -Z dump-mir for MIR at specific points during compilation.
            """;

    private final MirNames names;
    /** In value positions rustc trims item paths ({@code Option::<i32>::Some}). */
    private boolean trimmed;

    public MirPrinter(MirNames names) {
        this.names = names;
    }

    public MirPrinter() {
        this(MirNames.BARE);
    }

    // ---------------------------------------------------------------- bodies

    /** Several bodies, separated by blank lines, as {@code -Zunpretty=mir} prints a crate. */
    public String printAll(List<Body> bodies) {
        StringBuilder sb = new StringBuilder();
        for (Body b : bodies) {
            if (!sb.isEmpty()) sb.append('\n');
            body(b, sb);
        }
        return sb.toString();
    }

    public String print(Body body) {
        StringBuilder sb = new StringBuilder();
        body(body, sb);
        return sb.toString();
    }

    /** Allocations referred to by constants, numbered as {@code allocN} in order of appearance. */
    private final java.util.HashMap<Object, Integer> allocIds = new java.util.HashMap<>();
    private final List<Allocation> pendingAllocs = new ArrayList<>();
    private final List<Integer> pendingIds = new ArrayList<>();

    private int allocId(Object key, Allocation alloc) {
        Integer id = allocIds.get(key);
        if (id == null) {
            id = allocIds.size() + 1;
            allocIds.put(key, id);
            if (alloc != null) {
                pendingAllocs.add(alloc);
                pendingIds.add(id);
                for (GlobalAlloc g : alloc.provenance().values()) globalAllocName(g);
            }
        }
        return id;
    }

    /** Dumps the allocations the last body referred to, highest number first, as rustc does. */
    private void dumpAllocs(StringBuilder sb) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pendingIds.size(); i++) order.add(i);
        order.sort((a, b) -> Integer.compare(pendingIds.get(b), pendingIds.get(a)));
        for (int i : order) {
            Allocation a = pendingAllocs.get(i);
            sb.append('\n').append("alloc").append(pendingIds.get(i)).append(" (size: ").append(a.size()).append(", align: ")
                    .append(a.align()).append(") {\n");
            byte[] bytes = a.bytes();
            int digits = Math.max(2, Long.toHexString(Math.max(0, bytes.length - 1)).length());
            for (int off = 0; off < bytes.length || off == 0 && bytes.length == 0; off += 16) {
                StringBuilder hex = new StringBuilder(), ascii = new StringBuilder();
                for (int j = off; j < Math.min(off + 16, bytes.length); j++) {
                    int v = bytes[j] & 0xff;
                    hex.append(String.format("%02x ", v));
                    ascii.append(v >= 0x20 && v < 0x7f ? (char) v : '.');
                }
                while (hex.length() < 48) hex.append(' ');
                sb.append(INDENT);
                if (bytes.length > 16) sb.append(String.format("0x%0" + digits + "x │ ", off));
                sb.append(hex).append("│ ").append(ascii).append('\n');
                if (bytes.length == 0) break;
            }
            sb.append("}\n");
        }
        pendingAllocs.clear();
        pendingIds.clear();
    }

    private DefId currentOwner;
    private int promotedIndex = -1;

    private void body(Body body, StringBuilder sb) {
        currentOwner = body.owner();
        header(body, sb);
        sb.append(" {\n");
        scope(body, 0, 1, sb);
        for (int i = 0; i < body.blocks().size(); i++) {
            sb.append('\n');
            block(body, i, sb);
        }
        sb.append("}\n");
        dumpAllocs(sb);
        for (int i = 0; i < body.promoted().size(); i++) {
            sb.append('\n');
            promotedIndex = i;
            body(body.promoted().get(i), sb);
            promotedIndex = -1;
            currentOwner = body.owner();
        }
    }

    private void header(Body body, StringBuilder sb) {
        String path = body.owner() == null ? "<unknown>" : names.defPath(body.owner());
        if (body.kind() == BodyKind.PROMOTED) path += "::promoted[" + Math.max(promotedIndex, 0) + "]";
        switch (body.kind()) {
            case CONST, PROMOTED -> sb.append("const ").append(path).append(": ").append(ty(body.returnTy())).append(" =");
            case STATIC -> sb.append("static ").append(path).append(": ").append(ty(body.returnTy())).append(" =");
            case STATIC_MUT -> sb.append("static mut ").append(path).append(": ").append(ty(body.returnTy())).append(" =");
            default -> {
                sb.append("fn ").append(path).append('(');
                for (int i = 1; i <= body.argCount(); i++) {
                    if (i > 1) sb.append(", ");
                    sb.append('_').append(i).append(": ").append(ty(body.locals().get(i).ty()));
                }
                sb.append(") -> ").append(ty(body.returnTy()));
            }
        }
    }

    /** One scope: its debug names, its locals, then its child scopes. */
    private void scope(Body body, int scope, int depth, StringBuilder sb) {
        String ind = INDENT.repeat(depth);
        for (VarDebugInfo v : body.varDebugInfo()) {
            if (v.sourceInfo().scope() != scope) continue;
            sb.append(ind).append("debug ").append(v.name().text()).append(" => ");
            switch (v.value()) {
                case VarDebugInfo.PlaceContents p -> sb.append(place(p.place()));
                case VarDebugInfo.ConstContents c -> sb.append(constant(c.constant(), false));
            }
            sb.append(";\n");
        }
        for (int i = 0; i < body.locals().size(); i++) {
            if (i >= 1 && i <= body.argCount()) continue;
            LocalDecl d = body.locals().get(i);
            if (d.sourceInfo().scope() != scope) continue;
            sb.append(ind).append("let ").append(d.mutability() == dev.ferrite.types.Mutability.MUT ? "mut " : "")
                    .append('_').append(i).append(": ").append(ty(d.ty())).append(";\n");
        }
        List<SourceScopeData> scopes = body.sourceScopes();
        for (int s = 0; s < scopes.size(); s++) {
            if (s == scope || scopes.get(s).parent() != scope) continue;
            sb.append(ind).append("scope ").append(s).append(" {\n");
            scope(body, s, depth + 1, sb);
            sb.append(ind).append("}\n");
        }
    }

    private void block(Body body, int index, StringBuilder sb) {
        BasicBlockData data = body.blocks().get(index);
        sb.append(INDENT).append("bb").append(index);
        if (data.isCleanup()) sb.append(" (cleanup)");
        sb.append(": {\n");
        for (Statement s : data.statements()) {
            sb.append(INDENT).append(INDENT).append(statement(s)).append(";\n");
        }
        if (data.terminator() != null) {
            sb.append(INDENT).append(INDENT).append(terminator(data.terminator())).append(";\n");
        }
        sb.append(INDENT).append("}\n");
    }

    // ---------------------------------------------------------------- statements

    public String statement(Statement s) {
        return switch (s.kind()) {
            case StatementKind.Assign a -> place(a.place()) + " = " + rvalue(a.rvalue());
            case StatementKind.StorageLive l -> "StorageLive(" + l.local() + ")";
            case StatementKind.StorageDead l -> "StorageDead(" + l.local() + ")";
            case StatementKind.SetDiscriminant d -> "discriminant(" + place(d.place()) + ") = " + d.variant();
            case StatementKind.Deinit d -> "Deinit(" + place(d.place()) + ")";
            case StatementKind.FakeRead f -> "FakeRead(" + f.cause().mirName()
                    + (f.cause() == FakeReadCause.FOR_LET ? "(None)" : "") + ", " + place(f.place()) + ")";
            case StatementKind.PlaceMention p -> "PlaceMention(" + place(p.place()) + ")";
            case StatementKind.CopyNonOverlapping c -> "copy_nonoverlapping(dst = " + operand(c.dst()) + ", src = "
                    + operand(c.src()) + ", count = " + operand(c.count()) + ")";
            case StatementKind.Assume a -> "assume(" + operand(a.cond()) + ")";
            case StatementKind.Nop n -> "nop";
        };
    }

    public String terminator(Terminator t) {
        String head = switch (t.kind()) {
            case TerminatorKind.Goto g -> "goto";
            case TerminatorKind.SwitchInt s -> "switchInt(" + operand(s.discr()) + ")";
            case TerminatorKind.Return r -> "return";
            case TerminatorKind.Unreachable u -> "unreachable";
            case TerminatorKind.UnwindResume u -> "resume";
            case TerminatorKind.UnwindTerminate u -> "abort(cleanup)";
            case TerminatorKind.Drop d -> "drop(" + place(d.place()) + ")";
            case TerminatorKind.Call c -> {
                StringBuilder sb = new StringBuilder();
                sb.append(place(c.destination())).append(" = ").append(callee(c.func())).append('(');
                for (int i = 0; i < c.args().size(); i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(operand(c.args().get(i)));
                }
                yield sb.append(')').toString();
            }
            case TerminatorKind.Assert a -> {
                StringBuilder sb = new StringBuilder("assert(");
                if (!a.expected()) sb.append('!');
                sb.append(operand(a.cond())).append(", ").append(assertMessage(a.msg())).append(')');
                yield sb.toString();
            }
            case TerminatorKind.FalseEdge f -> "falseEdge";
            case TerminatorKind.FalseUnwind f -> "falseUnwind";
        };
        List<String> labels = new ArrayList<>();
        switch (t.kind()) {
            case TerminatorKind.Goto g -> labels.add(g.target().toString());
            case TerminatorKind.SwitchInt s -> {
                Ty discrTy = null;
                if (s.discr() instanceof Operand.Constant c) discrTy = c.ty();
                for (int i = 0; i < s.targets().values().size(); i++) {
                    labels.add(switchValue(s.targets().values().get(i), discrTy) + ": " + s.targets().targets().get(i));
                }
                labels.add("otherwise: " + s.targets().otherwise());
            }
            case TerminatorKind.Drop d -> {
                labels.add("return: " + d.target());
                labels.add(unwind(d.unwind()));
            }
            case TerminatorKind.Call c -> {
                if (c.target() != null) labels.add("return: " + c.target());
                labels.add(unwind(c.unwind()));
            }
            case TerminatorKind.Assert a -> {
                labels.add("success: " + a.target());
                labels.add(unwind(a.unwind()));
            }
            case TerminatorKind.FalseEdge f -> {
                labels.add("real: " + f.realTarget());
                labels.add("imaginary: " + f.imaginaryTarget());
            }
            case TerminatorKind.FalseUnwind f -> {
                labels.add("real: " + f.realTarget());
                labels.add(unwind(f.unwind()));
            }
            default -> {
            }
        }
        if (labels.isEmpty()) return head;
        if (labels.size() == 1) return head + " -> " + labels.getFirst();
        return head + " -> [" + String.join(", ", labels) + "]";
    }

    private static String switchValue(BigInteger v, Ty ty) {
        return v.toString();
    }

    private static String unwind(UnwindAction a) {
        return switch (a) {
            case UnwindAction.Continue c -> "unwind continue";
            case UnwindAction.Unreachable u -> "unwind unreachable";
            case UnwindAction.Terminate t -> "unwind terminate(cleanup)";
            case UnwindAction.Cleanup c -> "unwind: " + c.block();
        };
    }

    private String assertMessage(AssertMessage m) {
        return switch (m) {
            case AssertMessage.BoundsCheck b -> "\"index out of bounds: the length is {} but the index is {}\", "
                    + operand(b.len()) + ", " + operand(b.index());
            case AssertMessage.Overflow o -> switch (o.op().wrapping()) {
                case SHL -> "\"attempt to shift left by `{}`, which would overflow\", " + operand(o.right());
                case SHR -> "\"attempt to shift right by `{}`, which would overflow\", " + operand(o.right());
                case REM -> "\"attempt to compute the remainder of `{} % {}`, which would overflow\", "
                        + operand(o.left()) + ", " + operand(o.right());
                default -> "\"attempt to compute `{} " + o.op().symbol() + " {}`, which would overflow\", "
                        + operand(o.left()) + ", " + operand(o.right());
            };
            case AssertMessage.OverflowNeg n -> "\"attempt to negate `{}`, which would overflow\", " + operand(n.operand());
            case AssertMessage.DivisionByZero d -> "\"attempt to divide `{}` by zero\", " + operand(d.operand());
            case AssertMessage.RemainderByZero r ->
                    "\"attempt to calculate the remainder of `{}` with a divisor of zero\", " + operand(r.operand());
            case AssertMessage.MisalignedPointerDereference p ->
                    "\"misaligned pointer dereference: address must be a multiple of {} but is {}\", "
                            + operand(p.required()) + ", " + operand(p.found());
            case AssertMessage.NullPointerDereference n -> "\"null pointer dereference occurred\"";
            case AssertMessage.ResumedAfterReturn r -> "\"`async fn` resumed after completion\"";
            case AssertMessage.ResumedAfterPanic r -> "\"`async fn` resumed after panicking\"";
        };
    }

    // ---------------------------------------------------------------- rvalues and operands

    public String rvalue(Rvalue rv) {
        return switch (rv) {
            case Rvalue.Use u -> operand(u.operand());
            case Rvalue.Repeat r -> "[" + operand(r.operand()) + "; " + constArg(r.count()) + "]";
            case Rvalue.Ref r -> r.kind().prefix() + place(r.place());
            case Rvalue.ThreadLocalRef t -> "&/*tls*/ " + names.defPath(t.def());
            case Rvalue.RawPtr r -> "&raw " + r.mutbl().ptrStr() + " " + place(r.place());
            case Rvalue.Len l -> "Len(" + place(l.place()) + ")";
            case Rvalue.Cast c -> operand(c.operand()) + " as " + ty(c.ty()) + " (" + c.kind().mirName() + ")";
            case Rvalue.BinaryOp b -> b.op().mirName() + "(" + operand(b.left()) + ", " + operand(b.right()) + ")";
            case Rvalue.NullaryOp n -> n.op().mirName() + "(" + ty(n.ty()) + ")";
            case Rvalue.UnaryOp u -> u.op().mirName() + "(" + operand(u.operand()) + ")";
            case Rvalue.Discriminant d -> "discriminant(" + place(d.place()) + ")";
            case Rvalue.ShallowInitBox s -> "ShallowInitBox(" + operand(s.operand()) + ", " + ty(s.ty()) + ")";
            case Rvalue.CopyForDeref c -> "deref_copy " + place(c.place());
            case Rvalue.Aggregate a -> aggregate(a);
        };
    }

    private String aggregate(Rvalue.Aggregate a) {
        List<String> ops = a.operands().stream().map(this::operand).toList();
        return switch (a.kind()) {
            case AggregateKind.Array arr -> "[" + String.join(", ", ops) + "]";
            case AggregateKind.Tuple t -> ops.size() == 1 ? "(" + ops.getFirst() + ",)" : "(" + String.join(", ", ops) + ")";
            case AggregateKind.RawPtr p -> "*" + p.mutbl().ptrStr() + " " + ty(p.pointee()) + " from ("
                    + String.join(", ", ops) + ")";
            case AggregateKind.Closure c -> {
                StringBuilder sb = new StringBuilder("{closure@").append(names.closureLocation(c.def())).append('}');
                List<String> capNames = names.captureNames(c.def());
                if (!ops.isEmpty()) {
                    List<String> parts = new ArrayList<>();
                    for (int i = 0; i < ops.size(); i++) {
                        parts.add(capNames != null && i < capNames.size() ? capNames.get(i) + ": " + ops.get(i) : ops.get(i));
                    }
                    sb.append(" { ").append(String.join(", ", parts)).append(" }");
                }
                yield sb.toString();
            }
            case AggregateKind.Adt adt -> {
                AdtDef def = names.adtDef(adt.adt());
                StringBuilder sb = new StringBuilder(names.trimmedPath(adt.adt()));
                boolean saved = trimmed;
                trimmed = true;
                genericArgs(adt.args(), true, sb);
                trimmed = saved;
                if (def == null) {
                    yield sb.append("#").append(adt.variant()).append("(").append(String.join(", ", ops)).append(")").toString();
                }
                AdtDef.VariantDef v = def.variants().get(adt.variant());
                if (def.isEnum()) sb.append("::").append(v.name().text());
                switch (v.ctor()) {
                    case UNIT -> {
                    }
                    case TUPLE -> sb.append('(').append(String.join(", ", ops)).append(')');
                    case STRUCT -> {
                        sb.append(" { ");
                        if (def.isUnion()) {
                            int f = adt.activeField() < 0 ? 0 : adt.activeField();
                            sb.append(v.fields().get(f).name().text()).append(": ").append(ops.getFirst());
                        } else {
                            for (int i = 0; i < ops.size(); i++) {
                                if (i > 0) sb.append(", ");
                                sb.append(v.fields().get(i).name().text()).append(": ").append(ops.get(i));
                            }
                        }
                        sb.append(" }");
                    }
                }
                yield sb.toString();
            }
        };
    }

    public String operand(Operand op) {
        return switch (op) {
            case Operand.Copy c -> "copy " + place(c.place());
            case Operand.Move m -> "move " + place(m.place());
            case Operand.Constant c -> constant(c, true);
        };
    }

    /** A called operand: fn items print as their path ({@code add}, {@code <u8 as T>::m}), others as operands. */
    private String callee(Operand op) {
        if (op instanceof Operand.Constant c && c.ty() instanceof Ty.FnDef fd) return fnItemPath(fd.def(), fd.args());
        return operand(op);
    }

    private String fnItemPath(DefId def, GenericArgs args) {
        boolean saved = trimmed;
        trimmed = true;
        try {
            return fnItemPathTrimmed(def, args);
        } finally {
            trimmed = saved;
        }
    }

    private String fnItemPathTrimmed(DefId def, GenericArgs args) {
        DefId trait = names.traitOf(def);
        if (trait != null) {
            int n = Math.min(names.traitParamCount(trait), args.size());
            StringBuilder sb = new StringBuilder("<");
            sb.append(n > 0 ? ty(args.ty(0)) : "?").append(" as ").append(names.trimmedPath(trait));
            genericArgs(new GenericArgs(args.list().subList(Math.min(1, n), n)), false, sb);
            sb.append(">::").append(names.defPath(def).replaceAll(".*::", ""));
            genericArgs(new GenericArgs(args.list().subList(n, args.size())), true, sb);
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder(names.defPath(def));
        genericArgs(args, true, sb);
        return sb.toString();
    }

    private String constant(Operand.Constant c, boolean withConstKeyword) {
        String k = withConstKeyword ? "const " : "";
        Ty ty = c.ty();
        return switch (c.value()) {
            case ConstValue.ZeroSized z -> {
                if (ty instanceof Ty.FnDef fd) yield fnItemPath(fd.def(), fd.args());
                if (ty.isUnit()) yield k + "()";
                if (ty instanceof Ty.Adt adt) {
                    AdtDef def = names.adtDef(adt.def());
                    if (def != null && !def.isEnum()) yield k + names.defPath(adt.def());
                }
                yield k + "ZeroSized: " + ty(ty);
            }
            case ConstValue.Scalar s -> k + scalar(s, ty);
            case ConstValue.Slice s -> {
                allocId(s.data(), s.data());
                yield k + sliceLiteral(s.data(), ty);
            }
            case ConstValue.Pointer p -> k + "{" + globalAllocName(p.target()) + (p.offset() != 0 ? "+0x" + Long.toHexString(p.offset()) : "")
                    + ": " + ty(ty) + "}";
            case ConstValue.Indirect i -> k + "{alloc" + allocId(i.alloc(), i.alloc()) + "<+" + i.offset() + ">: " + ty(ty) + "}";
            case ConstValue.Unevaluated u -> k + fnItemPath(u.def(), u.args());
            case ConstValue.TyConst t -> k + t.c();
            case ConstValue.Promoted pr -> k + (currentOwner == null ? "promoted" : names.defPath(currentOwner) + "::promoted")
                    + "[" + pr.index() + "]";
        };
    }

    private String globalAllocName(GlobalAlloc g) {
        return switch (g) {
            case GlobalAlloc.Static s -> "alloc" + allocId(s.def(), null);
            case GlobalAlloc.Function f -> "alloc" + allocId(f, null);
            case GlobalAlloc.VTable v -> "alloc" + allocId(v, null);
            case GlobalAlloc.Memory m -> "alloc" + allocId(m.alloc(), m.alloc());
        };
    }

    private String sliceLiteral(Allocation data, Ty ty) {
        boolean isStr = ty instanceof Ty.Ref r && r.pointee() instanceof Ty.Str;
        byte[] bytes = data.bytes();
        StringBuilder sb = new StringBuilder();
        if (isStr) {
            sb.append('"');
            String s = new String(bytes, StandardCharsets.UTF_8);
            s.codePoints().forEach(cp -> escapeChar(cp, '"', sb));
            sb.append('"');
        } else {
            sb.append("b\"");
            for (byte b : bytes) {
                int v = b & 0xff;
                switch (v) {
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    case '\n' -> sb.append("\\n");
                    case '\\' -> sb.append("\\\\");
                    case '\'' -> sb.append("\\'");
                    case '"' -> sb.append("\\\"");
                    default -> {
                        if (v >= 0x20 && v < 0x7f) sb.append((char) v);
                        else sb.append(String.format("\\x%02x", v));
                    }
                }
            }
            sb.append('"');
        }
        return sb.toString();
    }

    private static void escapeChar(int cp, char quote, StringBuilder sb) {
        switch (cp) {
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case '\\' -> sb.append("\\\\");
            case 0 -> sb.append("\\0");
            default -> {
                if (cp == quote) sb.append('\\').append(quote);
                else if (cp < 0x20 || cp == 0x7f) sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
                else sb.appendCodePoint(cp);
            }
        }
    }

    /** A scalar as rustc prints it: {@code 5_i32}, {@code -1_i32}, {@code i32::MIN}, {@code u8::MAX}, {@code true}, {@code 'c'}, {@code 2.5f64}. */
    private String scalar(ConstValue.Scalar s, Ty ty) {
        return switch (ty) {
            case Ty.Bool b -> s.bits().signum() == 0 ? "false" : "true";
            case Ty.Char c -> {
                StringBuilder sb = new StringBuilder("'");
                int cp = s.bits().intValue();
                if (cp == '\'') sb.append("\\'");
                else if (cp == '"') sb.append('"');
                else escapeChar(cp, '\'', sb);
                yield sb.append('\'').toString();
            }
            case Ty.Int i -> intLiteral(s.bits(), i.kind());
            case Ty.Float f -> f.kind() == dev.ferrite.types.FloatKind.F32
                    ? formatFloat(Float.intBitsToFloat(s.bits().intValue())) + "f32"
                    : formatFloat(Double.longBitsToDouble(s.bits().longValue())) + "f64";
            case Ty.RawPtr p -> "0x" + s.bits().toString(16) + "_usize as " + ty(ty);
            default -> "0x" + s.bits().toString(16) + "_" + ty(ty);
        };
    }

    static String intLiteral(BigInteger bits, IntKind k) {
        BigInteger max = BigInteger.ONE.shiftLeft(k.signed() ? k.bits() - 1 : k.bits()).subtract(BigInteger.ONE);
        BigInteger v = bits;
        if (k.signed() && bits.testBit(k.bits() - 1)) v = bits.subtract(BigInteger.ONE.shiftLeft(k.bits()));
        if (v.equals(max)) return k.typeName() + "::MAX";
        if (k.signed() && v.equals(max.add(BigInteger.ONE).negate())) return k.typeName() + "::MIN";
        return v + "_" + k.typeName();
    }

    /** Floats as rustc's apfloat prints them: {@code 2}, {@code 2.5}, {@code -0}, {@code 1.0E+20}, {@code NaN}, {@code inf}. */
    static String formatFloat(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "+Inf" : "-Inf";
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0) return sign + "0";
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        return sign + formatDecimal(bd);
    }

    static String formatFloat(float f) {
        if (Float.isNaN(f)) return "NaN";
        if (Float.isInfinite(f)) return f > 0 ? "+Inf" : "-Inf";
        String sign = (Float.floatToRawIntBits(f) < 0) ? "-" : "";
        if (f == 0) return sign + "0";
        BigDecimal bd = new BigDecimal(Float.toString(Math.abs(f))).stripTrailingZeros();
        return sign + formatDecimal(bd);
    }

    private static String formatDecimal(BigDecimal bd) {
        String digits = bd.unscaledValue().toString();
        int exp = -bd.scale(); // value = digits * 10^exp
        final int maxPadding = 3;
        if (exp >= 0) {
            if (exp <= maxPadding) return digits + "0".repeat(exp);
        } else {
            int n = digits.length();
            if (-exp < n) return digits.substring(0, n + exp) + "." + digits.substring(n + exp);
            if (-exp - n <= maxPadding) return "0." + "0".repeat(-exp - n) + digits;
        }
        int sciExp = exp + digits.length() - 1;
        String mant = digits.substring(0, 1) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
        return mant + "E" + (sciExp >= 0 ? "+" : "-") + Math.abs(sciExp);
    }

    private static String constArg(Const c) {
        if (c instanceof Const.Value v) return v.bits().toString();
        return c.toString();
    }

    // ---------------------------------------------------------------- places

    public String place(Place p) {
        return placeToString(p, this);
    }

    static String placeToString(Place p) {
        return placeToString(p, DEFAULT);
    }

    private static final MirPrinter DEFAULT = new MirPrinter();

    static String statementToString(Statement s) {
        return DEFAULT.statement(s);
    }

    static String terminatorToString(Terminator t) {
        return DEFAULT.terminator(t);
    }

    private static String placeToString(Place p, MirPrinter pr) {
        // rustc prints projections inside out: prefixes first, then the local, then suffixes.
        StringBuilder sb = new StringBuilder();
        List<PlaceElem> proj = p.projection();
        for (int i = proj.size() - 1; i >= 0; i--) {
            switch (proj.get(i)) {
                case PlaceElem.Deref d -> sb.append("(*");
                case PlaceElem.Field f -> sb.append('(');
                case PlaceElem.Downcast d -> sb.append('(');
                case PlaceElem.OpaqueCast o -> sb.append('(');
                default -> {
                }
            }
        }
        sb.append(p.local());
        for (PlaceElem e : proj) {
            switch (e) {
                case PlaceElem.Deref d -> sb.append(')');
                case PlaceElem.Field f -> sb.append('.').append(f.index()).append(": ").append(pr.ty(f.ty())).append(')');
                case PlaceElem.Downcast d -> sb.append(" as ").append(d.name() == null ? "variant#" + d.variant() : d.name().text()).append(')');
                case PlaceElem.OpaqueCast o -> sb.append(" as ").append(pr.ty(o.ty())).append(')');
                case PlaceElem.Index ix -> sb.append('[').append(ix.index()).append(']');
                case PlaceElem.ConstantIndex c -> sb.append('[').append(c.fromEnd() ? "-" : "").append(c.offset())
                        .append(" of ").append(c.minLength()).append(']');
                case PlaceElem.Subslice s -> {
                    if (s.fromEnd() && s.to() == 0) sb.append('[').append(s.from()).append(":]");
                    else if (s.fromEnd()) sb.append('[').append(s.from()).append(":-").append(s.to()).append(']');
                    else sb.append('[').append(s.from()).append("..").append(s.to()).append(']');
                }
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- types

    /** A type as rustc's MIR printer shows it (full paths of ADTs, {@code {closure@..}}, {@code fn() {h}}). */
    public String ty(Ty ty) {
        StringBuilder sb = new StringBuilder();
        ty(ty, sb);
        return sb.toString();
    }

    private void ty(Ty ty, StringBuilder sb) {
        switch (ty) {
            case Ty.Bool t -> sb.append("bool");
            case Ty.Char t -> sb.append("char");
            case Ty.Int t -> sb.append(t.kind().typeName());
            case Ty.Float t -> sb.append(t.kind().typeName());
            case Ty.Str t -> sb.append("str");
            case Ty.Never t -> sb.append("!");
            case Ty.Adt t -> {
                sb.append(trimmed ? names.trimmedPath(t.def()) : names.defPath(t.def()));
                genericArgs(t.args(), false, sb);
            }
            case Ty.Foreign t -> sb.append(names.defPath(t.def()));
            case Ty.Opaque t -> sb.append("impl Trait");
            case Ty.Ref t -> {
                sb.append('&');
                if (t.region() instanceof Region.Static) sb.append("'static ");
                else if (t.region() instanceof Region.EarlyParam p) sb.append(p).append(' ');
                sb.append(t.mutbl().prefixStr());
                ty(t.pointee(), sb);
            }
            case Ty.RawPtr t -> {
                sb.append('*').append(t.mutbl().ptrStr()).append(' ');
                ty(t.pointee(), sb);
            }
            case Ty.Array t -> {
                sb.append('[');
                ty(t.elem(), sb);
                sb.append("; ").append(constArg(t.len())).append(']');
            }
            case Ty.Slice t -> {
                sb.append('[');
                ty(t.elem(), sb);
                sb.append(']');
            }
            case Ty.Tuple t -> {
                sb.append('(');
                for (int i = 0; i < t.elems().size(); i++) {
                    if (i > 0) sb.append(", ");
                    ty(t.elems().get(i), sb);
                }
                if (t.elems().size() == 1) sb.append(',');
                sb.append(')');
            }
            case Ty.FnDef t -> {
                FnSig sig = names.fnSig(t.def());
                if (sig != null) sig(TyFolder.subst(sig, t.args()), sb);
                else sb.append("fn()");
                sb.append(" {").append(fnItemPath(t.def(), t.args())).append('}');
            }
            case Ty.FnPtr t -> sig(t.sig(), sb);
            case Ty.Closure t -> sb.append("{closure@").append(names.closureLocation(t.def())).append('}');
            case Ty.Dynamic t -> {
                sb.append("dyn ");
                boolean first = true;
                for (ExistentialPredicate p : t.preds()) {
                    switch (p) {
                        case ExistentialPredicate.Trait tr -> {
                            if (!first) sb.append(" + ");
                            first = false;
                            sb.append(names.defPath(tr.traitId()));
                            List<String> inner = new ArrayList<>();
                            for (GenericArg a : tr.args().list()) {
                                if (a instanceof Region) continue;
                                inner.add(arg(a));
                            }
                            for (ExistentialPredicate q : t.preds()) {
                                if (q instanceof ExistentialPredicate.Projection pr) {
                                    inner.add(names.defPath(pr.assocItem()).replaceAll(".*::", "") + " = " + ty(pr.term()));
                                }
                            }
                            if (!inner.isEmpty()) sb.append('<').append(String.join(", ", inner)).append('>');
                        }
                        case ExistentialPredicate.AutoTrait at -> {
                            if (!first) sb.append(" + ");
                            first = false;
                            sb.append(names.defPath(at.traitId()));
                        }
                        case ExistentialPredicate.Projection pr -> {
                        }
                    }
                }
            }
            case Ty.Param t -> sb.append(t.name() == null ? "T" + t.index() : t.name().text());
            case Ty.Alias t -> sb.append("Alias(").append(names.defPath(t.def())).append(')');
            case Ty.Infer t -> sb.append("_");
            case Ty.Bound t -> sb.append("^").append(t.var());
            case Ty.Placeholder t -> sb.append("!").append(t.var());
            case Ty.Error t -> sb.append("{type error}");
        }
    }

    private void sig(FnSig sig, StringBuilder sb) {
        if (sig.unsafe()) sb.append("unsafe ");
        if (sig.abi() != null && !sig.abi().equals("Rust")) sb.append("extern \"").append(sig.abi()).append("\" ");
        sb.append("fn(");
        for (int i = 0; i < sig.inputs().size(); i++) {
            if (i > 0) sb.append(", ");
            ty(sig.inputs().get(i), sb);
        }
        if (sig.cVariadic()) sb.append(sig.inputs().isEmpty() ? "..." : ", ...");
        sb.append(')');
        if (!sig.output().isUnit()) {
            sb.append(" -> ");
            ty(sig.output(), sb);
        }
    }

    private String arg(GenericArg a) {
        return switch (a) {
            case Ty t -> ty(t);
            case Region r -> r.toString();
            case Const c -> constArg(c);
        };
    }

    /** {@code <A, B>} (or {@code ::<A, B>} in expression position); erased lifetimes are left out. */
    private void genericArgs(GenericArgs args, boolean turbofish, StringBuilder sb) {
        List<String> out = new ArrayList<>();
        for (GenericArg a : args.list()) {
            if (a instanceof Region) continue;
            out.add(arg(a));
        }
        if (out.isEmpty()) return;
        sb.append(turbofish ? "::<" : "<").append(String.join(", ", out)).append('>');
    }
}
