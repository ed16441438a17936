package org.dyad.actors;

import org.dyad.resource.Tsv;

import java.util.HashMap;
import java.util.List;
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

    /** A sector-telling term. {@code title} when it stands before a name ("President Ruto"). */
    public record Agent(String term, String sector, boolean title) {
    }

    private final Map<String, Agent> terms = new HashMap<>();

    /** From rows of term, sector and kind ({@code title}, {@code role} or {@code group}), as in {@code agents.tsv}. */
    public Agents(List<String[]> rows) {
        for (String[] row : rows) {
            String term = row[0].toLowerCase(Locale.ROOT);
            terms.putIfAbsent(term, new Agent(term, row[1], row[2].equals("title")));
        }
    }

    /** These terms and those of another table; where both know a term, this table's sector wins. */
    public Agents with(Agents other) {
        Agents both = new Agents(List.of());
        both.terms.putAll(other.terms);
        both.terms.putAll(terms);
        return both;
    }

    /** The table of this JVM, read on first use. */
    public static Agents shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Agents INSTANCE = new Agents(Tsv.read(Agents.class, "agents.tsv", 3));
    }

    public Optional<Agent> lookup(String phrase) {
        return Optional.ofNullable(terms.get(phrase.strip().toLowerCase(Locale.ROOT)));
    }
}
