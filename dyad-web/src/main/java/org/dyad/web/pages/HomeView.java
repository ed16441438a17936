package org.dyad.web.pages;

import org.dyad.store.DocumentRow;
import org.dyad.store.Page;
import org.dyad.web.search.Hit;
import org.dyad.web.search.SearchQuery;

import java.util.List;

/** The home page: the search box with what was asked (null when nothing was), its hits, and the latest documents. */
public record HomeView(SearchQuery query, Page<Hit> results, List<DocumentRow> latest) {

    /** A filter's value for the form, or "" when none was given. */
    public static String value(Object v) {
        return v == null ? "" : v.toString();
    }

    /** The address of the next page of hits (the words only; filters are kept by the form, not the link). */
    public static String next(SearchQuery q, Page<Hit> page) {
        return "/?q=" + Links.segment(q.text()) + "&offset=" + (page.offset() + page.limit());
    }
}
