package org.dyad.quotes;

import org.dyad.model.Dependency;
import org.dyad.model.Parse;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.List;

/** A sentence's dependency {@link Parse}, with the few questions attribution asks of it. */
final class Syntax {
    /** How far to climb before giving up: attribution is local, and a bad parse may loop. */
    private static final int MAX_CLIMB = 8;

    final Sentence sentence;
    private final Parse parse;

    Syntax(Sentence sentence) {
        this.sentence = sentence;
        this.parse = new Parse(sentence);
    }

    Token token(int i) {
        return parse.token(i);
    }

    int size() {
        return parse.size();
    }

    int governor(int i) {
        return parse.governor(i);
    }

    String relation(int i) {
        return parse.relation(i);
    }

    boolean isVerb(int i) {
        return token(i).pos().startsWith("VB");
    }

    boolean isPunctuation(int i) {
        String pos = token(i).pos();
        return !Character.isLetterOrDigit(pos.charAt(0)) || pos.equals("HYPH");
    }

    /** The first child of token i with this relation or a subtype of it, or -1. */
    int child(int i, String relation) {
        return parse.child(i, relation).orElse(-1);
    }

    List<Dependency> children(int i) {
        return parse.children(i);
    }

    /** The first verb above token i, through nouns and adjectives ("to “Nazi brigades”" → compared), or -1. */
    int verbAbove(int i) {
        int g = governor(i);
        for (int hops = 0; g >= 0 && hops < MAX_CLIMB; hops++, g = governor(g)) {
            if (isVerb(g)) {
                return g;
            }
        }
        return -1;
    }

    /**
     * The subject of verb v, with the verbs climbed to find it: a participle, infinitive or second
     * conjunct has none of its own and shares the subject of the verb it hangs from ("Smith spoke,
     * warning …", "Smith said … and added …"). A passive speaks through its agent ("was told by
     * Smith"). A participle that the parser hung on a reported clause ("said trade would grow,
     * claiming …") belongs to the cue verb that reports it. The token is -1 when there is none.
     */
    Subject subject(int v, java.util.function.IntPredicate isCue) {
        List<Integer> climbed = new ArrayList<>();
        for (int hops = 0; v >= 0 && hops < MAX_CLIMB; hops++) {
            climbed.add(v);
            int s = child(v, "nsubj");
            boolean passive = s >= 0 && relation(s).equals("nsubj:pass") || child(v, "aux:pass") >= 0;
            if (passive) {
                return new Subject(agent(v), climbed); // no agent: "was quoted as saying" names nobody
            }
            if (s >= 0) {
                return new Subject(s, climbed);
            }
            int above = verbAbove(v);
            int reporter = above < 0 ? -1 : verbAbove(above);
            v = above >= 0 && relation(above).equals("ccomp") && reporter >= 0 && isCue.test(reporter) ? reporter : above;
        }
        return new Subject(-1, climbed);
    }

    /** A subject token (or -1) and the verbs whose clauses tell about the act of speaking. */
    record Subject(int token, List<Integer> verbs) {
        Subject {
            verbs = List.copyOf(verbs);
        }
    }

    private int agent(int v) {
        for (Dependency d : parse.children(v)) {
            boolean by = d.relation().equals("obl") && "by".equalsIgnoreCase(word(child(d.dependent(), "case")));
            if (d.relation().equals("obl:agent") || by) {
                return d.dependent();
            }
        }
        return -1;
    }

    private String word(int i) {
        return i < 0 ? null : token(i).word();
    }

    /** The tokens of the subtree under token top (top included), in sentence order. */
    List<Integer> subtree(int top) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (parse.dominates(top, i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The token that covers this character offset, or -1. */
    int tokenAt(int offset) {
        for (Token t : sentence.tokens()) {
            if (offset >= t.start() && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }
}
