package org.dyad.events;

import org.dyad.resource.Tsv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What predicates mean in CAMEO: verbs ({@code verbs.tsv}: a lemma, possibly with its particle or
 * fixed object — "crack down", "impose sanctions" — and where its target stands; widened by
 * {@code verbs-wordnet.tsv}, which {@code dyad lexicon widen} writes from WordNet) and event nouns
 * ({@code nouns.tsv}: "sanctions on", "talks with").
 */
public final class Lexicon {
    /** Where a predicate's target stands: its direct object, a preposition's object, or nowhere. */
    public static final String OBJECT = "obj";
    public static final String NO_TARGET = "-";
    /** Marks a converse frame: "<from" puts the source after "from" and the target in the subject ("received arms from"). */
    public static final String CONVERSE = "<";

    /** One sense: the predicate with its target in {@code frame} means {@code cameo}. */
    public record Sense(String predicate, String frame, String cameo) {
    }

    private final Map<String, List<Sense>> verbs = new HashMap<>();
    private final Map<String, List<Sense>> nouns = new HashMap<>();

    private Lexicon() {
        for (String[] row : Tsv.read(Lexicon.class, "verbs.tsv", 4)) {
            verbs.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Sense(row[0], row[1], row[2]));
        }
        Map<String, List<Sense>> widened = new HashMap<>();   // WordNet's verbs only where the lexicon has none of its own
        for (String[] row : Tsv.read(Lexicon.class, "verbs-wordnet.tsv", 4)) {
            widened.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Sense(row[0], row[1], row[2]));
        }
        widened.forEach(verbs::putIfAbsent);
        for (String[] row : Tsv.read(Lexicon.class, "nouns.tsv", 4)) {
            for (String prep : Tsv.list(row[2])) {
                nouns.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Sense(row[0], prep, row[1]));
            }
        }
    }

    /** The lexicon of this JVM, read on first use. */
    public static Lexicon shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    /** The senses of a verb lemma or verb phrase ("meet", "crack down", "impose sanctions"). */
    public List<Sense> verb(String phrase) {
        return verbs.getOrDefault(phrase, List.of());
    }

    /** The senses of an event noun, as written or as lemma. */
    public List<Sense> noun(String word) {
        return nouns.getOrDefault(word, List.of());
    }
}
