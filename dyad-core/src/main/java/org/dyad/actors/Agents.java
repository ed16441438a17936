package org.dyad.actors;

import org.dyad.resource.Tsv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Role and group nouns that tell an actor's sector: "president", "troops", "foreign ministry",
 * "Sen.". Read from {@code agents.tsv}; lookups are by the lower-cased phrase.
 */
public final class Agents {
    /** The longest term, in words ("deputy foreign minister"). */
    static final int MAX_WORDS = 4;

    /** A sector-telling term. {@code title} when it stands before a name ("President Petro"). */
    public record Agent(String term, String sector, boolean title) {
    }

    private final Map<String, Agent> terms = new HashMap<>();
    Agents() {
        for (String[] row : Tsv.read(Agents.class, "agents.tsv", 3)) {
            terms.putIfAbsent(row[0], new Agent(row[0], row[1], row[2].equals("title")));
        }
    }

    /** The table of this JVM, read on first use. */
    public static Agents shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Agents INSTANCE = new Agents();
    }

    public Optional<Agent> lookup(String phrase) {
        return Optional.ofNullable(terms.get(phrase.strip().toLowerCase(Locale.ROOT)));
    }
}
