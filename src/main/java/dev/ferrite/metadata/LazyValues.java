package dev.ferrite.metadata;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * A read-only map whose values are read from metadata the first time they are asked for (the
 * library's exported macros: a program uses a handful of them). Iterating reads them all.
 */
final class LazyValues<K, V> extends AbstractMap<K, V> {
    private final Map<K, Integer> offsets;
    private final IntFunction<V> read;
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

    LazyValues(LinkedHashMap<K, Integer> offsets, IntFunction<V> read) {
        this.offsets = offsets;
        this.read = read;
    }

    @Override
    public V get(Object key) {
        V v = values.get(key);
        if (v != null) return v;
        Integer off = offsets.get(key);
        if (off == null) return null;
        @SuppressWarnings("unchecked")
        K k = (K) key;
        return values.computeIfAbsent(k, x -> read.apply(off));
    }

    @Override
    public boolean containsKey(Object key) {
        return offsets.containsKey(key);
    }

    @Override
    public int size() {
        return offsets.size();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        Set<Entry<K, V>> out = new LinkedHashSet<>();
        for (K k : offsets.keySet()) out.add(new SimpleImmutableEntry<>(k, get(k)));
        return out;
    }
}
