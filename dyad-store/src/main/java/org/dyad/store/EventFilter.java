package org.dyad.store;

import java.time.LocalDate;

/**
 * Which events a listing keeps; a null field keeps all.
 *
 * @param country   ISO alpha-3 code of the source's or the target's country
 * @param plover    PLOVER event type, e.g. {@code CONSULT}
 * @param cameoRoot two-digit CAMEO root, e.g. {@code 04}
 * @param from      first day the event happened (its own date, not publication), included
 * @param to        last day, included; events with no day or month are left out when a date bound is given
 * @param actor     an actor id that must be the source or the target
 * @param document  the id of the document that reports it
 */
public record EventFilter(String country, String plover, String cameoRoot, LocalDate from, LocalDate to, String actor,
                          String document) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null);

    /** This filter, keeping only events that involve the actor. */
    public EventFilter withActor(String actorId) {
        return new EventFilter(country, plover, cameoRoot, from, to, actorId, document);
    }
}
