package org.dyad.quotes;

import org.dyad.model.Token;
import org.dyad.resource.Tsv;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The verbs that attribute words to a speaker ({@code cues.tsv}: say, tell, add, write, sign,
 * accuse, compare, …): the subject of one is the speaker of the quote its clause holds.
 */
public final class CueVerbs {
    private static volatile CueVerbs shared;

    private final Set<String> lemmas;

    public CueVerbs(Set<String> lemmas) {
        this.lemmas = Set.copyOf(lemmas);
    }

    /** The project's cue verbs, read once per JVM. */
    public static CueVerbs shared() {
        CueVerbs c = shared;
        if (c == null) {
            c = new CueVerbs(Tsv.read(CueVerbs.class, "cues.tsv", 2).stream().map(r -> r[0].toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet()));
            shared = c;
        }
        return c;
    }

    /** Whether the token is a verb of the list (a noun "call" or "post" is not a cue). */
    public boolean cues(Token t) {
        return t.pos().startsWith("VB") && lemmas.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
}
