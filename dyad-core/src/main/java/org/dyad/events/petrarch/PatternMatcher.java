package org.dyad.events.petrarch;

import org.dyad.events.petrarch.NounPhrases.Mention;
import org.dyad.events.petrarch.VerbPattern.Element;
import org.dyad.events.petrarch.VerbPattern.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches verb patterns against one sentence around one verb. Elements before the {@code *} are
 * sought leftwards from the verb, those after it rightwards up to the end of the verb's phrase,
 * nearest first, backtracking when a later element fails; {@code _}-joined elements must touch.
 * Actor slots take an actor named there, a skip ({@code ^}) an actor or a single noun.
 */
final class PatternMatcher {
    /**
     * A match: how many words and actors it used (more is more specific), the actors it placed, and
     * where its last word after the verb ends (the verb's end when nothing follows it).
     */
    record Match(int score, Mention source, Mention target, Mention compound, int reach) {
    }

    /** Where one element may lie: words {@code [start, end)}, and the actor there if it is a slot. */
    private record Place(int start, int end, Mention mention) {
    }

    private final VerbDictionary dictionary;
    private final List<String> words;
    private final List<String> tags;
    private final List<Optional<Mention>> mentions = new ArrayList<>();

    PatternMatcher(VerbDictionary dictionary, List<String> words, List<String> tags, NounPhrases phrases) {
        this.dictionary = dictionary;
        this.words = words;
        this.tags = tags;
        for (int i = 0; i < words.size(); i++) {
            mentions.add(phrases.mentionAt(i));
        }
    }

    /** The pattern's match around the verb at {@code [verbStart, verbEnd)}, whose phrase ends at {@code limit}. */
    Optional<Match> match(VerbPattern p, int verbStart, int verbEnd, int limit) {
        List<Element> before = p.elements().subList(0, p.verb());
        List<Element> after = p.elements().subList(p.verb() + 1, p.elements().size());
        Place[] placed = new Place[p.elements().size()];
        boolean touchBefore = !before.isEmpty() && before.get(before.size() - 1).joinedToNext();
        if (!left(before, before.size() - 1, verbStart, touchBefore, placed)) {
            return Optional.empty();
        }
        boolean touchAfter = p.elements().get(p.verb()).joinedToNext();
        if (!right(after, 0, verbEnd, touchAfter, limit, placed, p.verb() + 1)) {
            return Optional.empty();
        }
        int score = 0;
        Mention source = null;
        Mention target = null;
        Mention compound = null;
        int reach = verbEnd;
        for (int k = 0; k < placed.length; k++) {
            if (placed[k] == null) {
                continue;
            }
            score += placed[k].end() - placed[k].start();
            reach = Math.max(reach, placed[k].end());
            Kind kind = p.elements().get(k).kind();
            source = kind == Kind.SOURCE ? placed[k].mention() : source;
            target = kind == Kind.TARGET ? placed[k].mention() : target;
            compound = kind == Kind.COMPOUND ? placed[k].mention() : compound;
        }
        return Optional.of(new Match(score, source, target, compound, reach));
    }

    /** Places elements {@code k, k-1, …} ending at or before {@code end} ({@code touch}: exactly at it). */
    private boolean left(List<Element> els, int k, int end, boolean touch, Place[] placed) {
        if (k < 0) {
            return true;
        }
        Element e = els.get(k);
        boolean nextTouch = k > 0 && els.get(k - 1).joinedToNext();
        for (int e2 = end; e2 > 0; e2--) {
            for (Place place : endingAt(e, e2)) {
                placed[k] = place;
                if (left(els, k - 1, place.start(), nextTouch, placed)) {
                    return true;
                }
            }
            if (touch) {
                break;
            }
        }
        placed[k] = null;
        return false;
    }

    /** Places elements {@code k, k+1, …} starting at or after {@code start} ({@code touch}: exactly at it). */
    private boolean right(List<Element> els, int k, int start, boolean touch, int limit, Place[] placed, int offset) {
        if (k >= els.size()) {
            return true;
        }
        Element e = els.get(k);
        for (int s = start; s < limit; s++) {
            for (Place place : startingAt(e, s, limit)) {
                placed[offset + k] = place;
                if (right(els, k + 1, place.end(), e.joinedToNext(), limit, placed, offset)) {
                    return true;
                }
            }
            if (touch) {
                break;
            }
        }
        placed[offset + k] = null;
        return false;
    }

    private List<Place> startingAt(Element e, int s, int limit) {
        List<Place> out = new ArrayList<>();
        for (List<String> phrase : phrases(e)) {
            if (s + phrase.size() <= limit && phrase.equals(words.subList(s, s + phrase.size()))) {
                out.add(new Place(s, s + phrase.size(), null));
            }
        }
        if (slot(e)) {
            mentions.get(s).filter(m -> m.end() <= limit && fits(e, m)).ifPresent(m -> out.add(new Place(s, m.end(), m)));
        }
        if (e.kind() == Kind.SKIP && noun(s)) {
            out.add(new Place(s, s + 1, null));
        }
        return out;
    }

    /** A skip stands for a noun phrase: an actor (above) or a lone noun, never a function word. */
    private boolean noun(int i) {
        return tags.get(i).startsWith("NN") || tags.get(i).startsWith("PRP") || tags.get(i).equals("CD");
    }

    private List<Place> endingAt(Element e, int end) {
        List<Place> out = new ArrayList<>();
        for (List<String> phrase : phrases(e)) {
            int s = end - phrase.size();
            if (s >= 0 && phrase.equals(words.subList(s, end))) {
                out.add(new Place(s, end, null));
            }
        }
        if (slot(e)) {
            for (int s = end - 1; s >= 0; s--) {
                Optional<Mention> m = mentions.get(s);
                if (m.isPresent() && m.get().end() == end && fits(e, m.get())) {
                    out.add(new Place(s, end, m.get()));
                }
            }
        }
        if (e.kind() == Kind.SKIP && noun(end - 1)) {
            out.add(new Place(end - 1, end, null));
        }
        return out;
    }

    private static boolean slot(Element e) {
        return e.kind() == Kind.SOURCE || e.kind() == Kind.TARGET || e.kind() == Kind.COMPOUND || e.kind() == Kind.SKIP;
    }

    /** A compound slot needs an actor phrase that names several actors. */
    private static boolean fits(Element e, Mention m) {
        return e.kind() != Kind.COMPOUND || m.codes().size() > 1;
    }

    private List<List<String>> phrases(Element e) {
        return switch (e.kind()) {
            case WORD -> List.of(List.of(e.text()));
            case SYNSET -> dictionary.synset(e.text());
            default -> List.of();
        };
    }
}
