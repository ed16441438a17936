package org.dyad.store;

/**
 * An actor across the store: one row per actor id (ids are the same in every document: name and
 * country), with the name and role of its latest mention and the number of documents naming it.
 */
public record ActorRow(String id, String name, String country, String sector, String title, long documents) {
}
