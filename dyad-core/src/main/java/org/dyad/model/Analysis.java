package org.dyad.model;

import java.util.List;

/**
 * Everything Dyad extracted from one article: the analysis record of the contract, in records.
 *
 * @param article the cleaned article
 * @param times   time expressions of the narration
 * @param actors  actors it mentions
 * @param quotes  quotes and their speakers
 * @param events  coded events
 * @param tokens  number of narration tokens annotated (0 when not annotated)
 * @param notes   what a user should know about this document (e.g. why it was not annotated)
 */
public record Analysis(CleanArticle article, List<TimeExpression> times, List<Actor> actors, List<Quote> quotes,
                       List<Event> events, int tokens, List<String> notes) {
    public Analysis {
        Validate.notNull(article, "article");
        times = List.copyOf(times);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    public String id() {
        return article.id();
    }
}
