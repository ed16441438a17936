package org.dyad.model;

/** A short reference to an actor, as events and quotes carry it. */
public record ActorRef(String id, String name, String country, String sector) {
}
