package org.dyad.cli;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Widens the verb lexicon with WordNet: a verb of the lexicon lends its rows to the other verbs of
 * its commonest senses ("assail" is coded as "attack" is). Only where the sense is also among the
 * other verb's own commonest, so a word is not coded by a meaning it rarely has ("see" shares a
 * sense with "meet", but mostly means to perceive). Verbs the lexicon has are never overridden.
 */
final class WordNetWidener {
    /** How many of a verb's senses, commonest first, count as what it usually means. */
    static final int COMMON_SENSES = 1;
    /** A verb with more senses than this ("give", "show", "run") means too many things to take another's code. */
    static final int MAX_SENSES = 8;
    private static final Set<String> PARTICLES = Set.of("out", "up", "down", "off", "back", "over", "away", "in", "on");

    /** A lexicon row: key, frame, CAMEO code, and an example or, for a widened row, where it came from. */
    record Row(String key, String frame, String cameo, String note) {
    }

    private final Dictionary wordNet;

    WordNetWidener(Dictionary wordNet) {
        this.wordNet = wordNet;
    }

    /** The rows WordNet adds to these: one per new verb and frame, from the lexicon verb whose sense fits it best. */
    List<Row> widen(List<Row> lexicon) throws JWNLException {
        Map<String, List<Row>> byVerb = new LinkedHashMap<>();
        lexicon.forEach(r -> byVerb.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (String verb : byVerb.keySet()) {
            if (verb.contains(" ")) {
                continue; // "impose sanctions" is a phrase, not a WordNet verb
            }
            List<Synset> senses = senses(verb);
            for (int rank = 0; rank < Math.min(COMMON_SENSES, senses.size()); rank++) {
                Synset sense = senses.get(rank);
                for (Word w : sense.getWords()) {
                    String other = w.getLemma().toLowerCase(Locale.ROOT);
                    if (byVerb.containsKey(other) || !usable(other)) {
                        continue;
                    }
                    List<Synset> otherSenses = senses(other);
                    int otherRank = otherSenses.indexOf(sense);
                    if (otherRank < 0 || otherRank >= COMMON_SENSES || otherSenses.size() > MAX_SENSES || w.getUseCount() == 0) {
                        continue; // never seen in that sense in WordNet's tagged texts: "lag" for "jail"
                    }
                    Candidate c = new Candidate(verb, sense.getOffset(), rank + otherRank);
                    best.merge(other, c, (a, b) -> b.distance < a.distance ? b : a);
                }
            }
        }
        List<Row> added = new ArrayList<>();
        best.forEach((other, c) -> byVerb.get(c.verb).forEach(r -> added.add(new Row(other, r.frame(), r.cameo(),
                "WordNet 3.1 verb synset " + c.offset + ", shared with \"" + c.verb + "\""))));
        return added;
    }

    private record Candidate(String verb, long offset, int distance) {
    }

    private List<Synset> senses(String verb) throws JWNLException {
        IndexWord word = wordNet.getIndexWord(POS.VERB, verb);
        return word == null ? List.of() : word.getSenses();
    }

    /** One word, or a verb and its particle ("lash out"): the keys the coder can look up. */
    private static boolean usable(String lemma) {
        String[] parts = lemma.split(" ");
        return parts.length == 1 && lemma.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                || parts.length == 2 && PARTICLES.contains(parts[1]);
    }
}
