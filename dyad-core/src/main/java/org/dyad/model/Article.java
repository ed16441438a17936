package org.dyad.model;

import java.util.List;

/**
 * One input document as it arrived, before any cleaning: the raw text and whatever metadata the
 * input carried. Built by {@code ingest}; every later stage reads it, none changes it.
 *
 * @param id        stable id: the input's own id, else derived from the content
 * @param source    the path or URL as given ({@code PATH#N} for line N of a JSON Lines file)
 * @param text      the raw text, cruft and all
 * @param title     title from metadata, or null
 * @param url       URL from metadata, or null
 * @param outlet    outlet from metadata, or null
 * @param authors   authors from metadata, possibly empty
 * @param published publication date or date-time (ISO 8601) from metadata, or null
 */
public record Article(String id, String source, String text, String title, String url, String outlet,
                      List<String> authors, String published) {
    public Article {
        Validate.notNull(id, "id");
        Validate.notNull(source, "source");
        Validate.notNull(text, "text");
        authors = List.copyOf(authors == null ? List.of() : authors);
    }

    /** A pasted article with nothing known but its text. */
    public static Article ofText(String id, String source, String text) {
        return new Article(id, source, text, null, null, null, List.of(), null);
    }
}
