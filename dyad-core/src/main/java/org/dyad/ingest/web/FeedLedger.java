package org.dyad.ingest.web;

/**
 * What a feed poller remembers between polls: which items it has fetched, and which failed and how
 * often. The store keeps one; a poller never fetches an item twice once it is fetched.
 */
public interface FeedLedger {
    /** Whether the item needs no more fetching: it was fetched, or it failed {@code maxAttempts} times. */
    boolean settled(String feed, String item, int maxAttempts);

    /** The item's page was fetched and handed on as this document. */
    void fetched(String feed, String item, String url, String documentId);

    /** Fetching the item's page failed, for this reason; it will be tried again on a later poll. */
    void failed(String feed, String item, String url, String reason);
}
