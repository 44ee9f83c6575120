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
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();
    private final ThreadLocal<Set<K>> active = ThreadLocal.withInitial(HashSet::new);

    public Memo(String name, Function<K, V> compute) {
        this.name = name;
        this.compute = compute;
    }

    public V get(K key) {
        V v = values.get(key);
        if (v != null) return v;
        Set<K> running = active.get();
        if (!running.add(key)) throw new CycleException(name, key);
        try {
            v = compute.apply(key);
        } finally {
            running.remove(key);
        }
        V prev = values.putIfAbsent(key, v);
        return prev != null ? prev : v;
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
