package org.dyad.quotes;

import org.dyad.model.Token;
import org.dyad.resource.Tsv;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The verbs that attribute words to a speaker ({@code cues.tsv}: say, tell, add, write, sign,
 * accuse, compare, …): the subject of one is the speaker of the quote its clause holds. Some of them
 * also report speech without quotation marks: their clausal complement is what was said
 * ({@code said that …}, {@code warned the talks would fail}), unlike {@code denied that …}.
 */
public final class CueVerbs {
    private static volatile CueVerbs shared;

    private final Set<String> lemmas;
    private final Set<String> reporting;

    /**
     * @param lemmas    the cue verbs' lemmas
     * @param reporting those of them whose clausal complement is reported speech
     */
    public CueVerbs(Set<String> lemmas, Set<String> reporting) {
        this.lemmas = Set.copyOf(lemmas);
        this.reporting = Set.copyOf(reporting);
    }

    /** Cue verbs that all report speech. */
    public CueVerbs(Set<String> lemmas) {
        this(lemmas, lemmas);
    }

    /** The project's cue verbs, read once per JVM. */
    public static CueVerbs shared() {
        CueVerbs c = shared;
        if (c == null) {
            Set<String> lemmas = new HashSet<>();
            Set<String> reporting = new HashSet<>();
            for (String[] row : Tsv.read(CueVerbs.class, "cues.tsv", 3)) {
                String lemma = row[0].toLowerCase(Locale.ROOT);
                lemmas.add(lemma);
                if (row[2].equals("yes")) {
                    reporting.add(lemma);
                }
            }
            c = new CueVerbs(lemmas, reporting);
            shared = c;
        }
        return c;
    }

    /** Whether the token is a verb of the list (a noun "call" or "post" is not a cue). */
    public boolean cues(Token t) {
        return t.pos().startsWith("VB") && lemmas.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether the token is a cue verb whose clausal complement is reported speech ("said that …"). */
    public boolean reports(Token t) {
        return cues(t) && reporting.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
}
