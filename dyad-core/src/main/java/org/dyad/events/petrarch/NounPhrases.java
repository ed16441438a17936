package org.dyad.events.petrarch;

import org.dyad.annotate.Treebank.Node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors that the noun phrases of one parsed sentence name, as full PETRARCH codes. A phrase's
 * own words give an actor ({@code Gondor}) plus agents ({@code Gondor's main opposition group} →
 * GONMOP, {@code MSF Arnor diplomat} → NGOARNGOV); conjoined phrases give one code each; a phrase
 * naming only an agent takes its actor from an attached {@code of/in/from} phrase ({@code human
 * rights activists in Arnor} → ARNOPP), and one naming nothing takes the actors of its attached
 * phrases ({@code an attack by Osgiliath soldiers} → OSGMIL).
 */
final class NounPhrases {
    /** An actor in the words: where its dictionary words lie, and the phrase it heads with that phrase's codes. */
    record Mention(int start, int end, Node phrase, List<String> codes) {
    }

    private static final Set<String> CLAUSES = Set.of("S", "SBAR", "VP", "RRC", "PRN", "SINV", "SQ", "FRAG");
    private static final Set<String> ATTACHING = Set.of("OF", "IN", "FROM");
    private static final String NONE = "---";

    private final ActorDictionary dictionary;
    private final LocalDate date;
    private final List<String> words;
    private final Map<Node, Node> parents = new IdentityHashMap<>();
    private final Map<Node, List<String>> memo = new IdentityHashMap<>();

    NounPhrases(ActorDictionary dictionary, Node root, List<String> words, LocalDate date) {
        this.dictionary = dictionary;
        this.words = words;
        this.date = date;
        link(root);
    }

    private void link(Node n) {
        for (Node c : n.children()) {
            parents.put(c, n);
            link(c);
        }
    }

    Node parent(Node n) {
        return parents.get(n);
    }

    /** The codes a noun phrase names, in order, without repeats; empty when it names no actor or agent. */
    List<String> codes(Node np) {
        return memo.computeIfAbsent(np, n -> compute(n, n.end()));
    }

    /** The codes of a phrase whose names may run on to {@code limit} ("the Ministry | of Silly Walks"). */
    private List<String> compute(Node np, int limit) {
        if (np.isWord()) {
            return codes(new Segment(List.of(np), limit));
        }
        List<Node> heads = np.children().stream().filter(c -> !c.label().equals("PP") && !CLAUSES.contains(c.label())).toList();
        List<String> own = own(np, heads, limit);
        if (own.isEmpty()) {
            return firstAttached(np);
        }
        List<String> attached = new ArrayList<>();
        for (Node pp : np.children()) {
            if (pp.label().equals("PP") && ATTACHING.contains(preposition(pp))) {
                attached.addAll(objectOf(pp).map(this::codes).orElse(List.of()));
            }
        }
        if (attached.isEmpty()) {
            return own;
        }
        List<String> out = new ArrayList<>();
        for (String code : own) {
            int none = code.indexOf(NONE);
            if (none >= 0) {
                // agents alone ("---OPP", "NGO---") take the attached actor in the place of "---"
                List<String> before = none == 0 ? List.of() : List.of(code.substring(0, none));
                List<String> after = none + 3 == code.length() ? List.of() : List.of(code.substring(none + 3));
                attached.forEach(a -> out.add(ActorCode.withAgents(a, before, after)));
            } else {
                out.add(code);
            }
        }
        return distinct(out);
    }

    /** A phrase that names nobody stands for the first actors of what is attached to it ("the roads leading into Mordor"). */
    private List<String> firstAttached(Node np) {
        for (Node c : np.children()) {
            List<String> found = switch (c.label()) {
                case "PP" -> objectOf(c).map(this::codes).orElse(List.of());
                case "VP" -> firstAttached(c);
                case "NP" -> c == np ? List.of() : codes(c);
                default -> List.of();
            };
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Conjoined phrases each count; otherwise the words of the head, split at nominal conjunctions. */
    private List<String> own(Node np, List<Node> heads, int limit) {
        long phrases = heads.stream().filter(c -> c.label().equals("NP")).count();
        boolean joined = heads.stream().anyMatch(NounPhrases::separator);
        if (phrases >= 2 && joined) {
            List<String> out = new ArrayList<>();
            heads.stream().filter(c -> !separator(c)).forEach(c -> out.addAll(codes(c)));
            return distinct(out);
        }
        if (heads.size() == 1 && heads.get(0).label().equals("NP")) {
            return compute(heads.get(0), limit);
        }
        List<Node> flat = new ArrayList<>();
        heads.forEach(h -> flat.addAll(wordsOutsideClauses(h)));
        List<Segment> parts = new ArrayList<>();
        List<Node> part = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            Node w = flat.get(i);
            // "Mordor, Rohan and Bree" splits; "awful and evil minister" does not
            if (separator(w) && i > 0 && flat.get(i - 1).label().startsWith("NN")) {
                parts.add(new Segment(part, limit));
                part = new ArrayList<>();
            } else {
                part.add(w);
            }
        }
        parts.add(new Segment(part, limit));
        List<String> out = new ArrayList<>();
        Found shared = null;
        for (Segment p : parts) {
            Found f = found(p);
            if (f.actors() != null && shared == null) {
                shared = f;
            } else if (f.actors() == null && shared != null && f.before().isEmpty() && !f.after().isEmpty()) {
                // "Danish media and government": the government is Danish too
                f = new Found(shared.actors(), shared.before(), concat(shared.after().subList(0, Math.max(0, shared.after().size() - 1)), f.after()));
            }
            out.addAll(f.codes());
        }
        return distinct(out);
    }

    /** Words of a phrase between separators; dictionary names that start in them may run on to {@code limit}. */
    private record Segment(List<Node> words, int limit) {
    }

    /** What a segment names: actor codes (null: none) and agent codes before and after the actor. */
    private record Found(List<String> actors, List<String> before, List<String> after) {
        List<String> codes() {
            if (actors == null && before.isEmpty() && after.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String actor : actors == null ? List.of(NONE) : actors) {
                out.add(ActorCode.withAgents(actor, before, after));
            }
            return out;
        }
    }

    private List<String> codes(Segment segment) {
        return found(segment).codes();
    }

    /** One actor with its agents, or agents alone, from a run of words. */
    private Found found(Segment segment) {
        List<String> actors = null;
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        if (segment.words().isEmpty()) {
            return new Found(null, before, after);
        }
        int from = segment.words().get(0).start();
        int to = segment.words().get(segment.words().size() - 1).end();
        boolean former = false;
        for (int i = from; i < to; ) {
            former |= words.get(i).equals("FORMER");
            Optional<ActorDictionary.Found> f = dictionary.at(words, i, date);
            if (f.isEmpty() || i + f.get().length() > segment.limit()) {
                i++;
                continue;
            }
            ActorDictionary.Found found = f.get();
            if (found.isAgent()) {
                (found.agent().prefix() ? before : after).add(found.agent().code());
            } else if (actors == null) {
                actors = found.actorCodes();
            }
            i += found.length();
        }
        if (former && (actors != null || !after.isEmpty())) {
            // a former office holder is coded an elite, as the dictionaries' own FORMER_PRESIDENT [~ELI] entries are
            after = new ArrayList<>(List.of("ELI"));
        }
        return new Found(actors, before, after);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The actor whose dictionary words start at word {@code i}, with the largest phrase that begins there. */
    Optional<Mention> mentionAt(int i) {
        Optional<ActorDictionary.Found> f = dictionary.at(words, i, date);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        int end = i + f.get().length();
        Node phrase = smallestPhrase(i, end);
        if (phrase == null) {
            return Optional.empty();
        }
        for (Node p = parent(phrase); p != null && p.label().equals("NP") && p.start() == phrase.start(); p = parent(p)) {
            phrase = p;
        }
        List<String> codes = codes(phrase);
        return codes.isEmpty() ? Optional.empty() : Optional.of(new Mention(i, end, phrase, codes));
    }

    private Node smallestPhrase(int start, int end) {
        Node best = null;
        for (Map.Entry<Node, Node> e : parents.entrySet()) {
            Node n = e.getKey();
            if (n.label().equals("NP") && n.start() <= start && n.end() >= end
                    && (best == null || n.end() - n.start() < best.end() - best.start())) {
                best = n;
            }
        }
        return best;
    }

    static Optional<Node> objectOf(Node pp) {
        return pp.children().stream().filter(c -> c.label().equals("NP")).findFirst();
    }

    static String preposition(Node pp) {
        return pp.children().stream().filter(Node::isWord).map(w -> w.word().toUpperCase(java.util.Locale.ROOT)).findFirst().orElse("");
    }

    private static boolean separator(Node n) {
        return n.isWord() && (n.label().equals("CC") || n.label().equals(","));
    }

    private static List<Node> wordsOutsideClauses(Node n) {
        if (n.isWord()) {
            return List.of(n);
        }
        List<Node> out = new ArrayList<>();
        for (Node c : n.children()) {
            if (!CLAUSES.contains(c.label())) {
                out.addAll(wordsOutsideClauses(c));
            }
        }
        return out;
    }

    private static List<String> distinct(List<String> codes) {
        return List.copyOf(new LinkedHashSet<>(codes));
    }
}
