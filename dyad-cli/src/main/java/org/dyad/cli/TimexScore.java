package org.dyad.cli;

import org.dyad.cli.TimeMl.Timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * TempEval-3's TIMEX3 scores, summed over documents: strict span match (same start and end),
 * relaxed span match (any overlap), and value F1 over the relaxed matches, where precision is the
 * share of the system's timexes matched with the right value and recall that of the gold ones.
 */
final class TimexScore {
    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int valueCorrect;

    /** What one document got wrong: gold timexes not found, system ones matching none, overlaps and wrong values. */
    record Errors(List<Timex> missed, List<Timex> spurious, List<Pair> partial, List<Pair> wrongValue) {
    }

    /** A gold timex and the system timex it was matched with. */
    record Pair(Timex gold, Timex system) {
    }

    /** Adds one document's timexes; returns its errors. */
    Errors add(List<Timex> goldTimes, List<Timex> systemTimes) {
        gold += goldTimes.size();
        system += systemTimes.size();
        List<Timex> free = new ArrayList<>(systemTimes);
        // exact spans are paired first, so an overlap never takes a system timex another gold one matches exactly
        List<Pair> exact = pair(goldTimes, free, Timex::sameSpan);
        List<Timex> unpaired = goldTimes.stream().filter(g -> exact.stream().noneMatch(p -> p.gold() == g)).toList();
        List<Pair> overlapping = pair(unpaired, free, Timex::overlaps);
        strict += exact.size();
        relaxed += exact.size() + overlapping.size();
        List<Pair> wrong = new ArrayList<>();
        for (List<Pair> pairs : List.of(exact, overlapping)) {
            for (Pair p : pairs) {
                if (Objects.equals(p.gold().value(), p.system().value())) {
                    valueCorrect++;
                } else {
                    wrong.add(p);
                }
            }
        }
        List<Timex> missed = unpaired.stream().filter(g -> overlapping.stream().noneMatch(p -> p.gold() == g)).toList();
        return new Errors(missed, List.copyOf(free), overlapping, wrong);
    }

    /** Pairs each gold timex with the first free system timex that matches it, taking it from {@code free}. */
    private static List<Pair> pair(List<Timex> goldTimes, List<Timex> free, BiPredicate<Timex, Timex> matches) {
        List<Pair> pairs = new ArrayList<>();
        for (Timex g : goldTimes) {
            free.stream().filter(s -> matches.test(g, s)).findFirst().ifPresent(s -> {
                free.remove(s);
                pairs.add(new Pair(g, s));
            });
        }
        return pairs;
    }

    int gold() {
        return gold;
    }

    int system() {
        return system;
    }

    Prf strict() {
        return new Prf(strict, gold, system);
    }

    Prf relaxed() {
        return new Prf(relaxed, gold, system);
    }

    Prf value() {
        return new Prf(valueCorrect, gold, system);
    }

    /** Precision, recall and F1 of {@code correct} items among {@code gold} and {@code system}. */
    record Prf(int correct, int gold, int system) {
        double precision() {
            return system == 0 ? 0 : (double) correct / system;
        }

        double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
