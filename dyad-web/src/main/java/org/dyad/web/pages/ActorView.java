package org.dyad.web.pages;

import org.dyad.store.ActorRow;
import org.dyad.store.EventRow;
import org.dyad.store.QuoteRow;

import java.util.List;

/** What the actor page shows: the actor, its quotes, its events as source and as target. */
public record ActorView(ActorRow actor, List<QuoteRow> quotes, List<EventRow> asSource, List<EventRow> asTarget) {
}
