package org.dyad.cli;

import org.dyad.events.petrarch.PetrarchCoder.Coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision, recall and F1 of exact codings (full source and target actor codes) against gold, with
 * event codes compared whole or by their two-digit root. Each gold coding and each coding made is
 * matched at most once.
 */
final class CodingScore {
    private final boolean fullCode;
    private int predicted;
    private int gold;
    private int matched;

    CodingScore(boolean fullCode) {
        this.fullCode = fullCode;
    }

    /** Adds one sentence; returns the gold codings it missed. */
    List<Coding> add(List<Coding> expected, List<Coding> coded) {
        predicted += coded.size();
        gold += expected.size();
        List<Coding> free = new ArrayList<>(coded);
        List<Coding> missed = new ArrayList<>();
        for (Coding want : expected) {
            Coding hit = free.stream().filter(got -> same(want, got)).findFirst().orElse(null);
            if (hit == null) {
                missed.add(want);
            } else {
                free.remove(hit);
                matched++;
            }
        }
        return missed;
    }

    private boolean same(Coding a, Coding b) {
        return a.source().equals(b.source()) && a.target().equals(b.target()) && code(a).equals(code(b));
    }

    private String code(Coding c) {
        return fullCode ? c.code() : c.code().substring(0, Math.min(2, c.code().length()));
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
