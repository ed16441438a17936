package org.dyad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A sentence's dependency parse, walkable both ways: from a token to its governor and to its children. */
public final class Parse {
    private final Sentence sentence;
    private final Dependency[] toGovernor;
    private final List<List<Dependency>> children = new ArrayList<>();

    public Parse(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        this.toGovernor = new Dependency[n];
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                toGovernor[d.dependent()] = d;
                if (d.governor() >= 0 && d.governor() < n) {
                    children.get(d.governor()).add(d);
                }
            }
        }
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public int size() {
        return sentence.tokens().size();
    }

    /** The relation of token i to its governor ("root" at the top). */
    public String relation(int i) {
        return toGovernor[i] == null ? "root" : toGovernor[i].relation();
    }

    public int governor(int i) {
        return toGovernor[i] == null ? -1 : toGovernor[i].governor();
    }

    public List<Dependency> children(int i) {
        return children.get(i);
    }

    /** The first child of token i whose relation is {@code relation} or a subtype of it ("obl" finds "obl:tmod"). */
    public Optional<Integer> child(int i, String relation) {
        return children.get(i).stream().filter(d -> d.relation().equals(relation) || d.relation().startsWith(relation + ":"))
                .map(Dependency::dependent).findFirst();
    }

    public List<Integer> childrenWith(int i, String relation) {
        return children.get(i).stream().filter(d -> d.relation().equals(relation) || d.relation().startsWith(relation + ":"))
                .map(Dependency::dependent).toList();
    }

    /** The preposition that introduces token i ("with" in "met with Ruto"), lower-cased, or null; a possessive 's is none. */
    public String preposition(int i) {
        return child(i, "case").filter(c -> !token(c).pos().equals("POS"))
                .map(c -> token(c).word().toLowerCase(java.util.Locale.ROOT)).orElse(null);
    }

    /** Whether token i lies in the subtree of {@code top}. */
    public boolean dominates(int top, int i) {
        for (int k = i, steps = 0; k >= 0 && steps <= size(); k = governor(k), steps++) {
            if (k == top) {
                return true;
            }
        }
        return false;
    }
}
