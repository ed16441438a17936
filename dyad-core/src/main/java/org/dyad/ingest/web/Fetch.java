package org.dyad.ingest.web;

/** What fetching a URL gave: the page, or why not. */
public sealed interface Fetch {
    /** The URL asked for. */
    String url();

    /**
     * A page.
     *
     * @param finalUrl where the redirects ended
     * @param charset  the charset the response declared, or null
     */
    record Page(String url, String finalUrl, byte[] body, String contentType, String charset) implements Fetch {
    }

    /** No page, and the reason in words ("HTTP 404", "timed out after 5 s", "more than 10 redirects"). */
    record Failed(String url, String reason) implements Fetch {
    }
}
