package org.dyad.store;

import java.util.List;

/**
 * One page of a listing: the rows from {@code offset}, at most {@code limit} of them, and how many
 * rows match in all, so a caller can tell whether there is a next page.
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {
    public Page {
        items = List.copyOf(items);
    }
}
