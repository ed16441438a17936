package org.dyad.events.petrarch;

import org.dyad.annotate.Treebank.Node;
import org.dyad.events.petrarch.NounPhrases.Mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Codes a parsed sentence the PETRARCH way: every verb of the verb dictionary gives an event whose
 * code is its best-matching pattern's (the one using most words; the earlier on a tie), else the
 * verb's default; its source is the verb's subject and its target the first actor after the verb
 * in its phrase (into subordinate clauses), unless the pattern places them ({@code $}, {@code +})
 * or the verb is passive with a {@code by} agent. Events need both a source and a target.
 */
public final class PetrarchCoder {
    /** One coded event: full source and target actor codes and the CAMEO code. */
    public record Coding(String source, String target, String code) {
    }

    private final VerbDictionary verbs;
    private final ActorDictionary actors;
    private final Discards discards;

    public PetrarchCoder(VerbDictionary verbs, ActorDictionary actors, Discards discards) {
        this.verbs = verbs;
        this.actors = actors;
        this.discards = discards;
    }

    /** The events of one sentence's parse; {@code date} picks date-restricted actor codes (null: undated ones). */
    public List<Coding> code(Node root, LocalDate date) {
        List<Node> leaves = root.words();
        List<String> words = leaves.stream().map(n -> n.word().toUpperCase(Locale.ROOT)).toList();
        if (discards.matches(words)) {
            return List.of();
        }
        List<String> lemmas = leaves.stream().map(n -> n.lemma().toUpperCase(Locale.ROOT)).toList();
        NounPhrases phrases = new NounPhrases(actors, root, words, date);
        PatternMatcher matcher = new PatternMatcher(verbs, words, leaves.stream().map(Node::label).toList(), phrases);
        Set<Coding> out = new LinkedHashSet<>();
        for (Node leaf : leaves) {
            if (leaf.label().startsWith("VB")) {
                List<VerbDictionary.VerbAt> forms = verbs.verbAt(words, lemmas, leaf.start());
                if (!forms.isEmpty()) {
                    out.addAll(new Clause(phrases, matcher, leaf, forms).codings());
                }
            }
        }
        return List.copyOf(out);
    }

    /** One verb in its clause (one or more dictionary forms of it): finds its code, source and target. */
    private record Clause(NounPhrases phrases, PatternMatcher matcher, Node verb, List<VerbDictionary.VerbAt> forms) {

        List<Coding> codings() {
            Node phrase = phrases.parent(verb);
            VerbDictionary.VerbAt at = forms.get(0);
            int limit = phrase == null ? verb.end() : Math.max(phrase.end(), at.end());
            PatternMatcher.Match best = null;
            VerbPattern chosen = null;
            for (VerbDictionary.VerbAt form : forms) {
                for (VerbPattern p : form.verb().block().patterns()) {
                    Optional<PatternMatcher.Match> m = matcher.match(p, form.start(), form.end(), limit);
                    if (m.isPresent() && (best == null || m.get().score() > best.score())) {
                        best = m.get();
                        chosen = p;
                    }
                }
            }
            String code = chosen != null ? chosen.code()
                    : forms.stream().map(f -> f.verb().defaultCode()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (code == null) {
                return List.of();
            }
            Optional<Node> subject = subject();
            if (best != null && best.compound() != null && subject.isPresent() && covers(subject.get(), best.compound())) {
                return among(best.compound().codes(), code);
            }
            Actors a = actors(phrase, at.end(), subject, best);
            return pairs(a.sources(), a.targets(), code);
        }

        private record Actors(List<String> sources, List<String> targets) {
        }

        private Actors actors(Node phrase, int verbEnd, Optional<Node> subject, PatternMatcher.Match m) {
            List<String> sources = subject.map(phrases::codes).orElse(List.of());
            boolean passive = phrase != null && passive(phrase);
            int reach = m == null ? verbEnd : m.reach();
            List<String> targets = phrase == null ? List.of() : after(phrase, verbEnd, passive, reach);
            List<String> agents = phrase == null ? List.of() : byAgent(phrase, verbEnd);
            if (!agents.isEmpty() && passive) {
                targets = sources;
                sources = agents;
            }
            if (m != null && m.compound() != null) {
                targets = m.compound().codes();
            }
            if (m != null && m.source() != null) {
                sources = m.source().codes();
                if (m.target() == null && sources.equals(targets)) {
                    targets = List.of();
                }
            }
            if (m != null && m.target() != null) {
                Mention t = m.target();
                // the pattern puts the target where the subject stands: the source is an actor before it
                if (m.source() == null && subject.isPresent() && covers(subject.get(), t)) {
                    sources = actorBefore(t.start()).orElse(List.of());
                }
                targets = t.codes();
            }
            return new Actors(sources, targets);
        }

        /**
         * The last noun phrase before the verb's phrase in the nearest clause that has one, a pronoun
         * standing for the subject of the clause above ("Ethiopia indicated it would act"). A clause
         * inside a noun phrase ("efforts to stop the parade") has no subject to borrow.
         */
        private Optional<Node> subject() {
            Node child = verb;
            for (Node p = phrases.parent(child); p != null && !p.label().equals("NP"); child = p, p = phrases.parent(p)) {
                if (p.label().equals("S") || p.label().equals("SINV") || p.label().equals("SQ")) {
                    Node np = null;
                    for (Node c : p.children()) {
                        if (c == child) {
                            break;
                        }
                        if (c.label().equals("NP")) {
                            np = c;
                        }
                    }
                    if (np != null && !pronoun(np)) {
                        return Optional.of(np);
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * The first actors after word {@code from} in a phrase: objects, prepositional objects, then
         * actors inside a clause. A clause is looked into when it has a subject of its own, when the
         * verb's pattern reaches into it ({@code - * WAR} in "vowed to wage war on Rohan", its words
         * up to {@code reach}), or when it follows the verb's object ("signed an accord to supply
         * Rohan"). A subjectless complement standing alone for what was proposed, wanted or tried
         * ("proposed to take up the issue with the Bank") is that verb's content: its actors are the
         * participants of the embedded action, not the target of this verb, as in PETRARCH2, where a
         * complement clause gives its upper verb a target only through an event of its own.
         */
        private List<String> after(Node phrase, int from, boolean skipBy, int reach) {
            boolean object = false;
            for (Node c : phrase.children()) {
                if (c.start() < from) {
                    continue;
                }
                List<String> found = switch (c.label()) {
                    case "NP" -> phrases.codes(c);
                    case "PP" -> skipBy && NounPhrases.preposition(c).equals("BY") ? List.of()
                            : NounPhrases.objectOf(c).map(phrases::codes).orElse(List.of());
                    case "S", "SBAR" -> object || reach > c.start() || hasSubject(c) ? after(c, c.start(), false, reach)
                            : List.<String>of();
                    case "VP" -> c == phrase ? List.of() : after(c, c.start(), false, reach);
                    default -> List.of();
                };
                if (!found.isEmpty()) {
                    return found;
                }
                object |= c.label().equals("NP");
            }
            return List.of();
        }

        /** A clause with a subject of its own ("said [that] Gondor attacked Rohan"), unlike an infinitive ("proposed to …"). */
        private static boolean hasSubject(Node clause) {
            Node s = clause;
            if (s.label().equals("SBAR")) {
                s = s.children().stream().filter(c -> c.label().equals("S")).findFirst().orElse(null);
                if (s == null) {
                    return true;
                }
            }
            for (Node c : s.children()) {
                if (c.label().equals("NP")) {
                    return true;
                }
                if (c.label().equals("VP")) {
                    return false;
                }
            }
            return true;
        }

        /** The actors of a "by" phrase after the verb, also inside an adverb phrase ("opposed earlier by Osgiliath"). */
        private List<String> byAgent(Node phrase, int verbEnd) {
            for (Node c : phrase.children()) {
                if (c.start() < verbEnd) {
                    continue;
                }
                if (c.label().equals("PP") && NounPhrases.preposition(c).equals("BY")) {
                    return NounPhrases.objectOf(c).map(phrases::codes).orElse(List.of());
                }
                if (c.label().equals("ADVP")) {
                    List<String> inside = byAgent(c, verbEnd);
                    if (!inside.isEmpty()) {
                        return inside;
                    }
                }
            }
            return List.of();
        }

        /** A past participle under a form of "be", or with no auxiliary at all (a reduced passive). */
        private boolean passive(Node phrase) {
            if (!verb.label().equals("VBN")) {
                return false;
            }
            Node above = phrases.parent(phrase);
            if (above == null || !above.label().equals("VP")) {
                return true;
            }
            return above.children().stream().filter(Node::isWord).anyMatch(w -> w.lemma().equalsIgnoreCase("be")
                    || w.lemma().equalsIgnoreCase("get"));
        }

        private static boolean pronoun(Node np) {
            List<Node> w = np.words();
            return w.size() == 1 && w.get(0).label().equals("PRP");
        }

        private static boolean covers(Node np, Mention m) {
            return np.start() <= m.start() && m.end() <= np.end();
        }

        private Optional<List<String>> actorBefore(int index) {
            for (int i = index - 1; i >= 0; i--) {
                Optional<Mention> m = phrases.mentionAt(i);
                if (m.isPresent() && m.get().phrase().end() <= index) {
                    return Optional.of(m.get().codes());
                }
            }
            return Optional.empty();
        }

        /** "032:033": 032 from source to target and 033 back; ":173" only back. */
        private static List<Coding> pairs(List<String> sources, List<String> targets, String code) {
            String[] parts = code.split(":", -1);
            List<Coding> out = new ArrayList<>();
            for (String s : sources) {
                for (String t : targets) {
                    if (s.equals(t)) {
                        continue;
                    }
                    if (!parts[0].isEmpty()) {
                        out.add(new Coding(s, t, parts[0]));
                    }
                    if (parts.length > 1 && !parts[1].isEmpty()) {
                        out.add(new Coding(t, s, parts[1]));
                    }
                }
            }
            return out;
        }

        /** A compound actor acting together ({@code % HAVE *}): each member towards each other one. */
        private static List<Coding> among(List<String> members, String code) {
            List<Coding> out = new ArrayList<>();
            for (String s : members) {
                out.addAll(pairs(List.of(s), members, code.split(":")[0]));
            }
            return out;
        }
    }
}
