package dev.ferrite.query;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One memoised query: {@code get(key)} computes the value once and keeps it. Results are
 * immutable and never invalidated within a compilation. A query that (directly or through other
 * queries) asks for its own key on the same thread is a cycle: {@link CycleException}.
 */
public final class Memo<K, V> {
    private final String name;
    private final Function<K, V> compute;
    /** The answers; {@link #NULL} stands for a null answer (the map holds no nulls). */
    private final ConcurrentHashMap<K, Object> values = new ConcurrentHashMap<>();
    private static final Object NULL = new Object();
    private final ThreadLocal<Set<K>> active = ThreadLocal.withInitial(HashSet::new);

    public Memo(String name, Function<K, V> compute) {
        this.name = name;
        this.compute = compute;
    }

    @SuppressWarnings("unchecked")
    public V get(K key) {
        Object known = values.get(key);
        if (known != null) return known == NULL ? null : (V) known;
        Set<K> running = active.get();
        if (!running.add(key)) throw new CycleException(name, key);
        V v;
        try {
            v = compute.apply(key);
        } finally {
            running.remove(key);
        }
        Object prev = values.putIfAbsent(key, v == null ? NULL : v);
        return prev == null ? v : prev == NULL ? null : (V) prev;
    }

    /** True if computing {@code key} is under way on this thread (for callers that break cycles themselves). */
    public boolean inProgress(K key) {
        return active.get().contains(key);
    }

    public int size() {
        return values.size();
    }

    /** A query depended on itself. */
    public static final class CycleException extends RuntimeException {
        public final String query;
        public final transient Object key;

        CycleException(String query, Object key) {
            super("cycle detected when computing `" + query + "` of " + key);
            this.query = query;
            this.key = key;
        }
    }
}
