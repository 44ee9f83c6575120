package dev.ferrite.mir;

import java.math.BigInteger;
import java.util.List;

/**
 * The targets of a {@code switchInt}: {@code values[i]} goes to {@code targets[i]}, anything else
 * to {@code otherwise}. Values are the unsigned bit patterns of the switched operand.
 */
public record SwitchTargets(List<BigInteger> values, List<BasicBlock> targets, BasicBlock otherwise) {
    public SwitchTargets {
        values = List.copyOf(values);
        targets = List.copyOf(targets);
        if (values.size() != targets.size()) throw new IllegalArgumentException("values/targets differ in length");
    }

    /** {@code if} on a bool: 0 goes to {@code elseBlock}, otherwise {@code thenBlock}. */
    public static SwitchTargets ifThenElse(BasicBlock thenBlock, BasicBlock elseBlock) {
        return new SwitchTargets(List.of(BigInteger.ZERO), List.of(elseBlock), thenBlock);
    }

    public static SwitchTargets of(long value, BasicBlock then, BasicBlock otherwise) {
        return new SwitchTargets(List.of(BigInteger.valueOf(value)), List.of(then), otherwise);
    }

    public BasicBlock target(BigInteger value) {
        int i = values.indexOf(value);
        return i >= 0 ? targets.get(i) : otherwise;
    }
}
