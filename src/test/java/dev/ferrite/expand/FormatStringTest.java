package dev.ferrite.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrite.expand.FormatString.Placeholder;
import org.junit.jupiter.api.Test;

class FormatStringTest {
    @Test
    void literalTextAndEscapes() {
        var r = FormatString.parse("a {{b}} c");
        assertThat(r.errors()).isEmpty();
        assertThat(r.pieces()).containsExactly(new FormatString.Lit("a {b} c"));
    }

    @Test
    void placeholdersWithArgumentsAndSpecs() {
        var r = FormatString.parse("x={} y={1:>8.3} z={name:#x?} w={:*^+#010.2$e}");
        assertThat(r.errors()).isEmpty();
        var ps = r.pieces().stream().filter(p -> p instanceof Placeholder).map(p -> (Placeholder) p).toList();
        assertThat(ps).hasSize(4);
        assertThat(ps.get(0).arg()).isInstanceOf(FormatString.Next.class);
        assertThat(ps.get(1).arg()).isEqualTo(new FormatString.Index(1, 8, 9));
        assertThat(ps.get(1).spec().align()).isEqualTo(FormatString.Align.RIGHT);
        assertThat(ps.get(1).spec().width()).isEqualTo(new FormatString.CountIs(8));
        assertThat(ps.get(1).spec().precision()).isEqualTo(new FormatString.CountIs(3));
        assertThat(ps.get(2).arg()).isInstanceOf(FormatString.Name.class);
        assertThat(ps.get(2).spec().trait()).isEqualTo("?");
        assertThat(ps.get(2).spec().flags() & FormatString.FLAG_DEBUG_LOWER_HEX).isNotZero();
        var w = ps.get(3).spec();
        assertThat(w.fill()).isEqualTo('*');
        assertThat(w.align()).isEqualTo(FormatString.Align.CENTER);
        assertThat(w.flags()).isEqualTo(FormatString.FLAG_PLUS | FormatString.FLAG_ALTERNATE | FormatString.FLAG_ZERO);
        assertThat(w.width()).isEqualTo(new FormatString.CountIs(10));
        assertThat(w.precision()).isEqualTo(new FormatString.CountArg(new FormatString.Index(2, 41, 42)));
        assertThat(w.trait()).isEqualTo("e");
    }

    @Test
    void errorsInRustcWords() {
        assertThat(FormatString.parse("{} }").errors().getFirst().message())
                .isEqualTo("invalid format string: unmatched `}` found");
        var e = FormatString.parse("{} {x").errors().getFirst();
        assertThat(e.message()).isEqualTo("invalid format string: expected `}` but string was terminated");
        assertThat(e.secondaryStart()).isEqualTo(3);
        assertThat(FormatString.parse("{:q}").errors().getFirst().message()).isEqualTo("unknown format trait `q`");
    }
}
