package org.dyad.store;

import java.time.LocalDate;

/**
 * Which documents a listing keeps; a null field keeps all. Dates bound the publication day, both
 * ends included; documents without a publication date are left out whenever a bound is given.
 */
public record DocumentFilter(LocalDate from, LocalDate to, String language, String outlet) {
    public static final DocumentFilter ALL = new DocumentFilter(null, null, null, null);
}
