package org.dyad.actors;

/**
 * What a gazetteer phrase stands for: a country (by name, demonym or seat of government) or an
 * international organisation. {@code sector} is GOV for a seat of government ("the Kremlin"), the
 * organisation's sector for an IGO, and null for a plain country name or demonym.
 */
public record Place(String code, String name, Kind kind, String sector) {

    public enum Kind { COUNTRY, DEMONYM, SEAT, ORGANISATION }

    public boolean isCountry() {
        return kind != Kind.ORGANISATION;
    }
}
