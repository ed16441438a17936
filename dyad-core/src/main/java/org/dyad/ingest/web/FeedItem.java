package org.dyad.ingest.web;

import java.util.List;

/**
 * One item of an RSS or Atom feed.
 *
 * @param key       what identifies it across polls: its guid or Atom id, else its link
 * @param link      the article's URL, or null
 * @param title     its title, or null
 * @param authors   its authors, possibly empty
 * @param published publication (else update) time, ISO 8601 in UTC, or null
 * @param summary   the feed's description of it, as given (may be HTML), or null
 */
public record FeedItem(String key, String link, String title, List<String> authors, String published, String summary) {
    public FeedItem {
        authors = List.copyOf(authors);
    }
}
