package org.dyad.actors;

/**
 * What a gazetteer phrase stands for: a country (by name, demonym, seat of government or a place
 * inside it) or an international organisation. {@code sector} is GOV for a seat of government ("the Kremlin"), the
 * organisation's sector for an IGO, and null for a plain country name or demonym.
 */
public record Place(String code, String name, Kind kind, String sector) {

    /** A country's own name, its demonym, its seat of government, an organisation, or a place inside a country. */
    public enum Kind { COUNTRY, DEMONYM, SEAT, ORGANISATION, LOCALITY }

    public boolean isCountry() {
        return kind != Kind.ORGANISATION;
    }
}
