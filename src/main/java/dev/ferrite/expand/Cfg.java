package dev.ferrite.expand;

import java.util.List;
import java.util.Set;

/**
 * Conditional compilation ({@code #[cfg(...)]}, {@code cfg!(...)}): predicates and the
 * configuration Ferrite compiles for: exactly what {@code rustc --print cfg} prints for
 * {@code x86_64-unknown-linux-gnu} in a debug build.
 */
public final class Cfg {
    /** A cfg predicate: {@code name}, {@code name = "value"}, {@code all(..)}, {@code any(..)}, {@code not(..)}. */
    public sealed interface Predicate {
    }

    public record Name(String name) implements Predicate {
    }

    public record KeyValue(String key, String value) implements Predicate {
    }

    public record All(List<Predicate> preds) implements Predicate {
    }

    public record Any(List<Predicate> preds) implements Predicate {
    }

    public record Not(Predicate pred) implements Predicate {
    }

    /** {@code true} / {@code false} literals (cfg_boolean_literals). */
    public record Bool(boolean value) implements Predicate {
    }

    private final Set<String> names;
    private final Set<String> keyValues;

    public Cfg(Set<String> names, Set<String> keyValues) {
        this.names = names;
        this.keyValues = keyValues;
    }

    /** The configuration of a normal build; {@code test} adds {@code cfg(test)}. */
    public static Cfg host(boolean test) {
        Set<String> names = test
                ? Set.of("unix", "debug_assertions", "test")
                : Set.of("unix", "debug_assertions");
        Set<String> kv = Set.of(
                "target_os=linux", "target_family=unix", "target_arch=x86_64", "target_pointer_width=64",
                "target_endian=little", "target_env=gnu", "target_vendor=unknown", "panic=unwind",
                "target_has_atomic=8", "target_has_atomic=16", "target_has_atomic=32", "target_has_atomic=64",
                "target_has_atomic=ptr", "target_feature=sse", "target_feature=sse2", "target_feature=fxsr",
                "target_abi=");
        return new Cfg(names, kv);
    }

    public boolean eval(Predicate p) {
        return switch (p) {
            case Name n -> names.contains(n.name());
            case KeyValue kv -> keyValues.contains(kv.key() + "=" + kv.value());
            case All a -> a.preds().stream().allMatch(this::eval);
            case Any a -> a.preds().stream().anyMatch(this::eval);
            case Not n -> !eval(n.pred());
            case Bool b -> b.value();
        };
    }
}
