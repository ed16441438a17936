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

    /** The address of the next page of hits, with the same words, filters and order. */
    public static String next(SearchQuery q, Page<Hit> page) {
        return "/?" + q.parameters() + "&limit=" + page.limit() + "&offset=" + (page.offset() + page.limit());
    }

    /** Whether the form's order selector shows {@code order} chosen. */
    public static boolean sortedBy(SearchQuery q, SearchQuery.Order order) {
        return (q == null ? SearchQuery.Order.RELEVANCE : q.order()) == order;
    }
}
