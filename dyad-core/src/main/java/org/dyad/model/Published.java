package org.dyad.model;

/**
 * When an article was published, and how Dyad knows it: relative dates in the text ("last month")
 * are resolved against it, so an inferred date must say so.
 *
 * @param value  ISO 8601 date ({@code 2026-02-03}) or local date-time ({@code 2026-02-03T16:23}), or null
 * @param source where the value came from
 */
public record Published(String value, Source source) {

    public enum Source { METADATA, HEADER, INFERRED_FROM_POSTS, UNKNOWN }

    public static final Published UNKNOWN = new Published(null, Source.UNKNOWN);

    /** The calendar day part of {@link #value()}, or null. */
    public String date() {
        return value == null ? null : value.substring(0, Math.min(10, value.length()));
    }

    public boolean inferred() {
        return source == Source.INFERRED_FROM_POSTS;
    }
}
