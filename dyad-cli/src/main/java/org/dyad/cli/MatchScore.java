package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Precision, recall and F1 of what a system made against gold, sentence by sentence. Each gold item
 * and each item made is matched at most once, by the rule the score is built with.
 *
 * @param <G> a gold item
 * @param <P> an item the system made
 */
final class MatchScore<G, P> {
    private final BiPredicate<G, P> matches;
    private int predicted;
    private int gold;
    private int matched;

    MatchScore(BiPredicate<G, P> matches) {
        this.matches = matches;
    }

    /** Adds one sentence; returns the gold items it missed. */
    List<G> add(List<G> expected, List<P> made) {
        predicted += made.size();
        gold += expected.size();
        List<P> free = new ArrayList<>(made);
        List<G> missed = new ArrayList<>();
        for (G want : expected) {
            P hit = free.stream().filter(got -> matches.test(want, got)).findFirst().orElse(null);
            if (hit == null) {
                missed.add(want);
            } else {
                free.remove(hit);
                matched++;
            }
        }
        return missed;
    }

    int gold() {
        return gold;
    }

    int matched() {
        return matched;
    }

    int predicted() {
        return predicted;
    }

    double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
