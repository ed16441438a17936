package org.dyad.store;

/** A stored document in a listing: its metadata, not its text or parts (the record has those). */
public record DocumentRow(String id, String title, String outlet, String published, String language, String source,
                          String url, String story, int events, int quotes) {
}
