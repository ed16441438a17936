package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The day counts of filtered lists ({@link DaySpan}), kept until the store is next written: every
 * page of a list needs them, and they change only when the store does.
 */
final class DayCounts {
    /** Lists remembered at most; past that the memory starts again, so odd filters cannot grow it. */
    private static final int LISTS = 256;

    private final Map<List<Object>, List<DaySpan.DayCount>> byList = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();

    /** The counts of the list of {@code sql} with {@code params}: remembered ones, else {@code count}'s. */
    List<DaySpan.DayCount> get(String sql, List<Object> params, Supplier<List<DaySpan.DayCount>> count) {
        List<Object> key = new ArrayList<>(params.size() + 1);
        key.add(sql);
        key.addAll(params);
        List<DaySpan.DayCount> known = byList.get(key);
        if (known != null) {
            return known;
        }
        long before = writes.get();
        List<DaySpan.DayCount> counted = List.copyOf(count.get());
        if (byList.size() >= LISTS) {
            byList.clear();
        }
        byList.put(key, counted);
        if (writes.get() != before) {
            byList.remove(key, counted);   // counted across a write: it may hold the store as it was
        }
        return counted;
    }

    /** Forgets every count; called after each committed write. */
    void written() {
        writes.incrementAndGet();
        byList.clear();
    }
}
