package org.dyad.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.StringJoiner;

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
 * @param order    how hits are sorted; null is {@link Order#RELEVANCE}
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String outlet, String country, String plover, String language,
                          Order order) {
    /** How hits are sorted: best first, or by their document's publication date (undated last either way). */
    public enum Order {
        RELEVANCE, NEWEST, OLDEST;

        /** The order a {@code sort} parameter names, any case. */
        public static Order of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sort must be relevance, newest or oldest, not '" + name + "'");
            }
        }

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("q is required: the words to search for");
        }
        order = order == null ? Order.RELEVANCE : order;
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null);
    }

    /** The query as URL parameters (the words, every filter given, the order unless it is relevance): a link to more of it keeps them all. */
    public String parameters() {
        StringJoiner p = new StringJoiner("&");
        add(p, "q", text);
        add(p, "from", from);
        add(p, "to", to);
        add(p, "outlet", outlet);
        add(p, "country", country);
        add(p, "plover", plover);
        add(p, "language", language);
        add(p, "sort", order == Order.RELEVANCE ? null : order.parameter());
        return p.toString();
    }

    private static void add(StringJoiner p, String name, Object value) {
        if (value != null) {
            p.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
