package dev.ferrite.jvm;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;

/**
 * Turns the generated code's calls of {@link Mem}'s loads and stores into calls of
 * {@code sun.misc.Unsafe}'s, which the JDK marks {@code @ForceInline}. HotSpot's C2 stops
 * inlining ordinary methods into a method once it holds about 18,000 nodes
 * (NodeCountInliningCutoff, not settable in a product JVM), and a large Rust function reaches that
 * after a few hundred memory accesses: the rest then stayed calls of {@code Mem.i64} and the like.
 * Force-inlined methods are inlined all the same (later, incrementally). Not applied while
 * {@code FERRITE_JVM_CHECK} checks every access in {@code Mem}. One instance per method: it keeps
 * the scratch locals a store needs.
 */
final class DirectMemory implements CodeTransform {
    private static final ClassDesc MEM = ClassDesc.of("dev.ferrite.jvm.Mem");
    private static final ClassDesc UNSAFE = ClassDesc.of("sun.misc.Unsafe");

    private final int[] scratch = {-1, -1, -1, -1};

    static boolean enabled() {
        return !Mem.CHECK && !"0".equals(System.getenv("FERRITE_JVM_DIRECT"));
    }

    @Override
    public void accept(CodeBuilder b, CodeElement e) {
        if (!(e instanceof InvokeInstruction inv) || inv.opcode() != Opcode.INVOKESTATIC || !inv.owner().asSymbol().equals(MEM)) {
            b.with(e);
            return;
        }
        switch (inv.name().stringValue()) {
            case "i8" -> load(b, "getByte", TypeKind.BYTE, 0);
            case "u8" -> load(b, "getByte", TypeKind.BYTE, 0xff);
            case "i16" -> load(b, "getShort", TypeKind.SHORT, 0);
            case "u16" -> load(b, "getShort", TypeKind.SHORT, 0xffff);
            case "i32" -> load(b, "getInt", TypeKind.INT, 0);
            case "i64" -> load(b, "getLong", TypeKind.LONG, 0);
            case "f32" -> load(b, "getFloat", TypeKind.FLOAT, 0);
            case "f64" -> load(b, "getDouble", TypeKind.DOUBLE, 0);
            case "put8" -> store(b, "putByte", TypeKind.BYTE);
            case "put16" -> store(b, "putShort", TypeKind.SHORT);
            case "put32" -> store(b, "putInt", TypeKind.INT);
            case "put64" -> store(b, "putLong", TypeKind.LONG);
            case "putF32" -> store(b, "putFloat", TypeKind.FLOAT);
            case "putF64" -> store(b, "putDouble", TypeKind.DOUBLE);
            default -> b.with(e);
        }
    }

    /** {@code [addr] -> [U, addr]}, then the load, then the mask of an unsigned one. */
    private static void load(CodeBuilder b, String name, TypeKind kind, int mask) {
        b.getstatic(MEM, "U", UNSAFE).dup_x2().pop();
        b.invokevirtual(UNSAFE, name, MethodTypeDesc.of(kind.upperBound(), ConstantDescs.CD_long));
        if (mask != 0) b.loadConstant(mask).iand();
    }

    /** {@code [addr, v]}: v into a scratch local, {@code [addr] -> [U, addr]}, v back, the store. */
    private void store(CodeBuilder b, String name, TypeKind kind) {
        TypeKind held = switch (kind) {
            case BYTE, SHORT -> TypeKind.INT;
            default -> kind;
        };
        int i = switch (held) {
            case INT -> 0;
            case LONG -> 1;
            case FLOAT -> 2;
            default -> 3;
        };
        if (scratch[i] < 0) scratch[i] = b.allocateLocal(held);
        b.storeLocal(held, scratch[i]);
        b.getstatic(MEM, "U", UNSAFE).dup_x2().pop();
        b.loadLocal(held, scratch[i]);
        if (kind == TypeKind.BYTE) b.i2b();
        else if (kind == TypeKind.SHORT) b.i2s();
        b.invokevirtual(UNSAFE, name, MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long, kind.upperBound()));
    }
}
