package org.dyad.web.search;

/**
 * One search result: an article, a quote, an actor or an event, with the page to open for it.
 *
 * @param kind      {@code article}, {@code quote}, {@code actor} or {@code event}
 * @param document  the document it comes from (for an actor, the latest document naming it)
 * @param title     the article's title, the speaker, the actor's name or the event's code
 * @param snippet   the text that matched, shortened
 * @param outlet    the document's outlet, or null
 * @param published the document's publication date, or null
 * @param link      the page to open
 * @param score     Lucene's relevance score
 */
public record Hit(String kind, String document, String title, String snippet, String outlet, String published, String link,
                  float score) {
}
