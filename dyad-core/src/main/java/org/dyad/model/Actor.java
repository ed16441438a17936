package org.dyad.model;

/**
 * A person, organisation or country resolved to one canonical name.
 *
 * @param id      stable id
 * @param name    canonical name
 * @param country ISO 3166 alpha-3 code, or null
 * @param sector  sector code (GOV, MIL, LEG, …), or null
 * @param title   title such as {@code President}, or null
 */
public record Actor(String id, String name, String country, String sector, String title, boolean person) {
}
