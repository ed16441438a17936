package org.dyad.model;

import java.util.List;

/**
 * Documents that tell one happening, and what they tell once: merged events with the documents that
 * report each, remarks worded differently by different documents, and monthly series of the country
 * pairs involved.
 *
 * @param id            stable id, from the story's first document
 * @param documents     ids of its documents, in the order they joined
 * @param events        its events, each once
 * @param quoteVariants remarks quoted with different words by different documents
 * @param dyads         monthly series of each country pair among its events
 */
public record Story(String id, List<String> documents, List<StoryEvent> events, List<QuoteVariant> quoteVariants,
                    List<DyadSeries> dyads) {
    public Story {
        Validate.notNull(id, "id");
        documents = List.copyOf(documents);
        events = List.copyOf(events);
        quoteVariants = List.copyOf(quoteVariants);
        dyads = List.copyOf(dyads);
    }
}
