package org.dyad.cli;

import org.dyad.actors.Gazetteer;
import org.dyad.model.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Precision, recall and F1 of coded events against gold codings of the same sentence, at the root
 * level (two-digit CAMEO root) or the full-code level. A coding matches an event with the same
 * source and target country and the same root (or code); a gold country of "---" matches any.
 * Each gold coding and each event is matched at most once.
 */
final class EventScore {
    private int predicted;
    private int gold;
    private int matched;

    /** Adds one sentence. */
    void add(List<PetrarchValidation.Coding> codings, List<Event> events, boolean fullCode) {
        predicted += events.size();
        gold += codings.size();
        List<Event> free = new ArrayList<>(events);
        for (PetrarchValidation.Coding c : codings) {
            for (Event e : free) {
                if (matches(c, e, fullCode)) {
                    free.remove(e);
                    matched++;
                    break;
                }
            }
        }
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

    double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int predicted() {
        return predicted;
    }

    int gold() {
        return gold;
    }
}
