package org.dyad.web.pages;

/**
 * What the network page shows: a title, the search or story it is of, and where its script fetches
 * the graph (null before anything is searched).
 */
public record NetworkView(String title, String q, String story, String dataUrl) {
}
