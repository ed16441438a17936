package org.dyad.web.pages;

import org.dyad.model.DyadSeries;

/** What the dyad page shows: the pair, its series as a table, and where the chart script fetches it. */
public record DyadView(String a, String b, DyadSeries series, String dataUrl) {
}
