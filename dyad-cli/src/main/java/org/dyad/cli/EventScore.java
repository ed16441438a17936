package org.dyad.cli;

import org.dyad.actors.Gazetteer;
import org.dyad.model.Event;

import java.util.Objects;

/**
 * How coded events are scored against PETRARCH gold codings, at the root level (two-digit CAMEO
 * root) or the full-code level: a coding matches an event with the same source and target country
 * and the same root (or code); a gold country of "---" matches any.
 */
final class EventScore {
    private EventScore() {
    }

    static MatchScore<PetrarchValidation.Coding, Event> of(boolean fullCode) {
        return new MatchScore<>((c, e) -> matches(c, e, fullCode));
    }

    static boolean matches(PetrarchValidation.Coding c, Event e, boolean fullCode) {
        String want = fullCode ? c.cameo() : c.cameo().substring(0, Math.min(2, c.cameo().length()));
        String got = fullCode ? e.cameo() : e.cameo().substring(0, Math.min(2, e.cameo().length()));
        return want.equals(got) && actor(PetrarchValidation.Coding.country(c.source()), e.source())
                && actor(PetrarchValidation.Coding.country(c.target()), e.target());
    }

    /**
     * Gold "---" matches any actor; gold "IGO…" any international organisation or its organs ("UN
     * troops"), which Dyad codes by the organisation's own code where PETRARCH writes IGO first.
     */
    private static boolean actor(String gold, org.dyad.model.ActorRef ours) {
        return gold == null || Objects.equals(gold, ours.country()) || gold.equals("IGO") && organisation(ours);
    }

    private static boolean organisation(org.dyad.model.ActorRef ours) {
        return "IGO".equals(ours.sector()) || ours.country() != null && Gazetteer.shared().countryName(ours.country()) == null;
    }
}
