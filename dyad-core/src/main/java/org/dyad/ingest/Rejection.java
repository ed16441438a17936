package org.dyad.ingest;

/**
 * An input that could not be read as an article, and why: {@code source} names the file (and the
 * line, for JSON Lines) so the user can find it.
 */
public record Rejection(String source, String reason) {
}
