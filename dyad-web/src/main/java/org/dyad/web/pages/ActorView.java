package org.dyad.web.pages;

import org.dyad.store.ActorRow;
import org.dyad.store.EventRow;
import org.dyad.store.PartnerRow;
import org.dyad.store.QuoteRow;
import org.dyad.store.RoleRow;

import java.util.List;

/** What the actor page shows: the actor, its roles with their dates, who it interacts with most, its quotes, its events by side. */
public record ActorView(ActorRow actor, List<RoleRow> roles, List<PartnerRow> partners, List<QuoteRow> quotes, List<EventRow> asSource,
                        List<EventRow> asTarget) {
}
