package org.entente.store;

import java.util.Objects;
import java.util.function.Function;

/**
 * The last thing built, kept for as long as it is asked for by the same key: the views ask many windows
 * of one filter in a row, and what is built per filter (lanes, pairs) costs a pass over the dataset.
 */
final class LastBuilt<K, V> {
    private final Function<K, V> build;
    private K key;
    private V value;

    LastBuilt(Function<K, V> build) {
        this.build = build;
    }

    synchronized V get(K wanted) {
        if (value == null || !Objects.equals(key, wanted)) {
            value = build.apply(wanted);
            key = wanted;
        }
        return value;
    }
}
