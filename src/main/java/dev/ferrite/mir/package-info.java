/**
 * MIR, shaped like rustc's: {@link dev.ferrite.mir.Body} (locals, basic blocks, scopes, debug
 * names), {@link dev.ferrite.mir.Statement}s and {@link dev.ferrite.mir.Terminator}s with their
 * {@link dev.ferrite.mir.SourceInfo}, {@link dev.ferrite.mir.Place}s with projections,
 * {@link dev.ferrite.mir.Operand}s, {@link dev.ferrite.mir.Rvalue}s and constants
 * ({@link dev.ferrite.mir.ConstValue}). All records are immutable. {@link dev.ferrite.mir.MirPrinter}
 * prints rustc's {@code -Zunpretty=mir} format; {@link dev.ferrite.mir.MirSource} is how consumers
 * ask for bodies.
 *
 * <p>Conventions for the MIR builder: overflow-checked {@code +,-,*} are
 * {@code _t = AddWithOverflow(a, b); assert(!move (_t.1: bool), Overflow(Add, a, b))}; division
 * checks divisor zero and {@code MIN / -1} with Asserts before {@code Div}/{@code Rem}; shifts
 * assert the amount below the bit width; indexing asserts {@code Lt(i, len)} with a
 * {@code BoundsCheck}; calls of fn items use an {@link dev.ferrite.mir.Operand.Constant} of
 * {@link dev.ferrite.types.Ty.FnDef} type with {@link dev.ferrite.mir.ConstValue.ZeroSized}, with
 * the generic arguments as written at the call site (trait methods: the trait's item and the
 * trait's arguments, Self first; the interpreter resolves the impl).
 */
package dev.ferrite.mir;
