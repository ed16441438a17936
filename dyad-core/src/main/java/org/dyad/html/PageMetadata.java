package org.dyad.html;

import java.util.List;

/**
 * What a page says about itself in its head and markup, before its text is read.
 *
 * @param title     headline, or null
 * @param authors   author names, possibly empty
 * @param published publication time as written (ISO 8601 in most pages), or null
 * @param updated   last update time as written, or null
 * @param outlet    the site's name ({@code og:site_name}, the publisher), else its domain, or null
 * @param language  the page's declared language (ISO 639-1), or null
 * @param canonical the canonical URL, else the URL the page was read from, or null
 */
public record PageMetadata(String title, List<String> authors, String published, String updated, String outlet,
                           String language, String canonical) {
    public PageMetadata {
        authors = List.copyOf(authors);
    }
}
