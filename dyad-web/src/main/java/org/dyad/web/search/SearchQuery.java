package org.dyad.web.search;

import java.time.LocalDate;

/**
 * What a user searches for: words in Lucene's query syntax (plain words are all required), and
 * filters that each narrow the hits; a null filter is no filter.
 *
 * @param text     the words
 * @param from     earliest publication date
 * @param to       latest publication date
 * @param outlet   outlet, any case
 * @param country  ISO alpha-3 code of an actor involved
 * @param plover   PLOVER event type
 * @param language ISO 639-1 code of the document
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String outlet, String country, String plover, String language) {
    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("q is required: the words to search for");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null);
    }
}
