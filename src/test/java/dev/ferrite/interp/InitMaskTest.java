package dev.ferrite.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InitMaskTest {
    /** Random runs of sets and clears on masks of every size up to 200, against java.util.BitSet. */
    @Test
    void agreesWithBitSet() {
        Random r = new Random(7);
        for (int size = 0; size <= 200; size++) {
            InitMask m = new InitMask(size);
            BitSet b = new BitSet(size);
            for (int step = 0; step < 60 && size > 0; step++) {
                int from = r.nextInt(size + 1), to = from + r.nextInt(size - from + 1);
                switch (r.nextInt(3)) {
                    case 0 -> {
                        m.set(from, to);
                        b.set(from, to);
                    }
                    case 1 -> {
                        m.clear(from, to);
                        b.clear(from, to);
                    }
                    default -> {
                        int i = r.nextInt(size);
                        boolean v = r.nextBoolean();
                        m.set(i, v);
                        b.set(i, v);
                    }
                }
                for (int i = 0; i < size; i++) assertThat(m.get(i)).as("bit %d of %d", i, size).isEqualTo(b.get(i));
                for (int i = 0; i <= size; i++) {
                    assertThat(Math.min(m.nextClearBit(i), size)).as("next clear from %d of %d", i, size)
                            .isEqualTo(Math.min(b.nextClearBit(i), size));
                }
            }
        }
    }
}
