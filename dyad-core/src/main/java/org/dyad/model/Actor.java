package org.dyad.model;

/**
 * A person, organisation or country resolved to one canonical name.
 *
 * @param id      stable id
 * @param name    canonical name
 * @param country ISO 3166 alpha-3 code, or null
 * @param sector  sector code (GOV, MIL, LEG, …), or null
 * @param title   title such as {@code President}, or null
 * @param person  whether the actor is a person (not a group, organisation or country)
 * @param leaves  TIMEX3 value of when the person leaves the role, where the text says so, or null
 */
public record Actor(String id, String name, String country, String sector, String title, boolean person, String leaves) {

    /** An actor whose text says nothing of when a role ends. */
    public Actor(String id, String name, String country, String sector, String title, boolean person) {
        this(id, name, country, sector, title, person, null);
    }
}
