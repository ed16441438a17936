package org.dyad.actors;

import org.dyad.model.Entity;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads the actor phrases of one sentence: adjacent people, places, roles and organisations. */
final class PhraseReader {
    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    /** "a court in Guyana", "the mayor of Nablus", "dissidents from Egypt". */
    private static final Set<String> PLACED_BY = Set.of("in", "of", "from");
    private static final Set<String> COORDINATORS = Set.of("and", "or", ",");

    private final Gazetteer gazetteer;
    private final Agents agents;
    private final Sentence s;
    private final String text;
    private final List<Token> tokens;
    private final Set<String> surnames;

    PhraseReader(Gazetteer gazetteer, Agents agents, Sentence s, String text, Set<String> surnames) {
        this.gazetteer = gazetteer;
        this.agents = agents;
        this.s = s;
        this.text = text;
        this.tokens = s.tokens();
        this.surnames = surnames;
    }

    List<Phrase> phrases() {
        List<Phrase> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Phrase p = newPhrase(i);
            int j = i;
            while (j < tokens.size() && p.person == null && !p.pronoun) {
                int next = piece(j, p);
                if (next == j && p.country != null && p.agent == null && isPossessive(j)) {
                    next = j + 1;                         // "Iraq's national security adviser"
                }
                if (next == j) {
                    break;
                }
                j = next;
            }
            if (j > i && p.agent != null && p.country == null && p.person == null) {
                j = placedBy(j, p);                       // "a court in Guyana", "the mayor of Nablus"
            }
            if (j == i) {
                i++;
                continue;
            }
            p.end = j;
            close(p, out);
            if (p.person != null && followedByGroup(j)) {     // "the Ruto government"
                Phrase group = newPhrase(p.start);
                group.definite = p.definite;
                group.affiliate = p;
                j = agent(j, group);
                group.end = j;
                close(group, out);
            }
            i = j;
        }
        shareAgents(out);
        return out;
    }

    /** "US and British activists": a bare country coordinated with a group takes the group's noun. */
    private void shareAgents(List<Phrase> phrases) {
        for (int k = 0; k + 1 < phrases.size(); k++) {
            Phrase p = phrases.get(k);
            Phrase q = phrases.get(k + 1);
            if (p.country != null && p.agent == null && p.person == null && p.organisation == null
                    && q.country != null && q.agent != null && q.person == null && q.start == p.end + 1
                    && COORDINATORS.contains(tokens.get(p.end).word().toLowerCase(Locale.ROOT))
                    && !tokens.get(q.start).pos().startsWith("NN")) {
                p.agent = q.agent;
                p.agentText = q.agentText;
                p.singular = q.singular;
            }
        }
    }

    private Phrase newPhrase(int i) {
        Phrase p = new Phrase();
        p.sentence = s.index();
        p.start = i;
        p.end = i;
        p.definite = i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the");
        return p;
    }

    private void close(Phrase p, List<Phrase> out) {
        p.text = text.substring(tokens.get(p.start).start(), tokens.get(p.end - 1).end());
        p.subject = s.dependencies().stream().anyMatch(d -> d.dependent() == p.end - 1 && d.relation().startsWith("nsubj"));
        out.add(p);
    }

    /** Reads the piece at token i into the phrase; the token after it, or i where none starts here. */
    private int piece(int i, Phrase p) {
        Token t = tokens.get(i);
        String lower = t.word().toLowerCase(Locale.ROOT);
        if (p.start == i && PRONOUNS.contains(lower) && t.pos().startsWith("PRP")) {
            p.pronoun = true;
            return i + 1;
        }
        if (HONORIFICS.contains(lower) && i + 1 < tokens.size() && isPerson(i + 1)) {
            return i + 1;
        }
        Entity person = personAt(i);
        if (person != null) {
            p.person = text.substring(person.start(), person.end());
            return person.tokenEnd();
        }
        if (t.pos().startsWith("NNP") && surnames.contains(t.word())) {
            p.person = t.word();
            return i + 1;
        }
        int end = place(i, p);
        if (end > i) {
            return end;
        }
        end = agent(i, p);
        if (end > i) {
            return end;
        }
        Entity org = entityAt(i, "ORGANIZATION");
        if (org != null && p.organisation == null && p.person == null) {
            p.organisation = text.substring(org.start(), org.end());
            return org.tokenEnd();
        }
        return i;
    }

    private int place(int i, Phrase p) {
        if (!Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
            return i;
        }
        for (int j = Math.min(tokens.size(), i + Gazetteer.MAX_WORDS); j > i; j--) {
            Optional<Place> found = gazetteer.lookup(span(i, j));
            if (found.isPresent()) {
                Place pl = found.get();
                if (pl.isCountry() && p.country == null) {
                    p.country = pl.code();
                    p.placeSector = pl.sector();
                } else if (!pl.isCountry() && p.organisation == null) {
                    p.organisation = pl.name();
                    p.organisationCode = pl.code();
                    p.placeSector = pl.sector();
                } else {
                    return i;
                }
                return j;
            }
        }
        return i;
    }

    private boolean isPossessive(int i) {
        return tokens.get(i).pos().equals("POS");
    }

    /** A group noun followed by "in" or "of" and a country takes that country; the phrase then ends there. */
    private int placedBy(int j, Phrase p) {
        if (j >= tokens.size() || !PLACED_BY.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
            return j;
        }
        for (int k = j + 1; k < Math.min(tokens.size(), j + 5); k++) {
            Phrase place = new Phrase();
            int end = place(k, place);
            if (end > k && place.country != null) {
                p.country = place.country;
                return end;
            }
            String pos = tokens.get(k).pos();
            if (!pos.equals("DT") && !pos.startsWith("JJ") && !pos.startsWith("NN") && !pos.equals("HYPH") && !pos.equals("VBN")) {
                break;
            }
        }
        return j;
    }

    private int agent(int i, Phrase p) {
        for (int j = Math.min(tokens.size(), i + Agents.MAX_WORDS); j > i; j--) {
            Optional<Agents.Agent> found = agents.lookup(span(i, j));
            Token last = tokens.get(j - 1);
            if (found.isPresent() && (last.pos().startsWith("NN") || found.get().title())) {
                p.agent = found.get();
                p.agentText = span(i, j);
                p.singular = !last.pos().endsWith("S");
                if (found.get().title() && Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
                    p.title = span(i, j);
                }
                return j;
            }
        }
        return i;
    }

    /** A person may be followed by a group noun that makes the phrase the person's group. */
    private boolean followedByGroup(int i) {
        if (i >= tokens.size()) {
            return false;
        }
        for (int j = Math.min(tokens.size(), i + Agents.MAX_WORDS); j > i; j--) {
            Optional<Agents.Agent> found = agents.lookup(span(i, j));
            if (found.isPresent() && !found.get().title() && tokens.get(j - 1).pos().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    private boolean isPerson(int i) {
        return personAt(i) != null || surnames.contains(tokens.get(i).word());
    }

    private Entity personAt(int i) {
        return entityAt(i, "PERSON");
    }

    private Entity entityAt(int i, String type) {
        for (Entity e : s.entities()) {
            if (e.tokenStart() == i && e.type().equals(type) && !tokens.get(i).pos().startsWith("PRP")) {
                return e;
            }
        }
        return null;
    }

    private String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
