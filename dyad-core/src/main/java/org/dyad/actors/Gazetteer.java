package org.dyad.actors;

import org.dyad.resource.Tsv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries and international organisations by the names news gives them: "Kenya", "Kenyan",
 * "Bogota", "the White House", "U.N.", and the places inside countries that stand for them where
 * something happens: "Aleppo", "South Carolina". Read from {@code countries.tsv}, {@code igos.tsv}
 * and {@code places.tsv}; a name of the first file wins over the same name in a later one.
 *
 * <p>Short all-capital forms ("US", "WHO") match only as written, since "us" and "who" are words;
 * other forms match in any case, but only where the text capitalises them (the caller checks).
 */
public final class Gazetteer {
    /** The longest form, in words ("Democratic Republic of the Congo"). */
    static final int MAX_WORDS = 7;

    private final Map<String, Place> exact = new HashMap<>();
    private final Map<String, Place> folded = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();

    Gazetteer() {
        for (String[] row : Tsv.read(Gazetteer.class, "countries.tsv", 5)) {
            String code = row[0];
            countryNames.put(code, row[1]);
            add(row[1], new Place(code, row[1], Place.Kind.COUNTRY, null));
            Tsv.list(row[2]).forEach(f -> add(f, new Place(code, row[1], Place.Kind.COUNTRY, null)));
            Tsv.list(row[3]).forEach(f -> add(f, new Place(code, row[1], Place.Kind.DEMONYM, null)));
            Tsv.list(row[4]).forEach(f -> add(f, new Place(code, row[1], Place.Kind.SEAT, "GOV")));
        }
        for (String[] row : Tsv.read(Gazetteer.class, "igos.tsv", 4)) {
            Place org = new Place(row[0], row[1], Place.Kind.ORGANISATION, row[3].isEmpty() ? "IGO" : row[3]);
            add(row[1], org);
            Tsv.list(row[2]).forEach(f -> add(f, org));
        }
        for (String[] row : Tsv.read(Gazetteer.class, "places.tsv", 4)) {
            Place locality = new Place(row[1], countryNames.get(row[1]), Place.Kind.LOCALITY, null);
            add(row[0], locality);
            Tsv.list(row[3]).forEach(f -> add(f, locality));
        }
    }

    /** The table of this JVM, read on first use. */
    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer();
    }

    private void add(String form, Place place) {
        String key = stripArticle(form);
        if (isAcronym(key)) {
            exact.putIfAbsent(key, place);
        } else {
            folded.putIfAbsent(key.toLowerCase(Locale.ROOT), place);
        }
    }

    /** The place a phrase names, if any; a leading "the" is ignored. */
    public Optional<Place> lookup(String phrase) {
        String key = stripArticle(phrase);
        Place p = exact.get(key);
        if (p == null && !isAcronym(key)) {
            p = folded.get(key.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(p);
    }

    /** A country's canonical name, or null for an unknown code. */
    public String countryName(String code) {
        return countryNames.get(code);
    }

    private static String stripArticle(String form) {
        String f = form.strip();
        return f.regionMatches(true, 0, "the ", 0, 4) ? f.substring(4).strip() : f;
    }

    /** "US", "U.S.", "WHO", "NATO": forms that are only names when capitalised. */
    private static boolean isAcronym(String form) {
        String letters = form.replace(".", "");
        return letters.length() <= 5 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
