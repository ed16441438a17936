package org.dyad.web.pages;

import org.dyad.store.DocumentRow;

import java.util.List;

/** The home page: the search box (with what was asked) and the latest documents. */
public record HomeView(String query, List<DocumentRow> latest) {
}
