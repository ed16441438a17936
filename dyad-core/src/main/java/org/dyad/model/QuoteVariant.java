package org.dyad.model;

import java.util.List;

/**
 * One remark by one speaker as several documents worded it.
 *
 * @param speaker  who said it
 * @param quotes   the wordings, one per document that has it, in document order
 * @param differs  what differs between the wordings: words only one side has, e.g. {@code He → They}
 */
public record QuoteVariant(ActorRef speaker, List<Wording> quotes, List<String> differs) {
    public QuoteVariant {
        Validate.notNull(speaker, "speaker");
        quotes = List.copyOf(quotes);
        differs = List.copyOf(differs);
    }

    /** One document's wording of the remark. */
    public record Wording(String document, Quote quote) {
    }
}
