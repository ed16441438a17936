package org.dyad.model;

import java.util.List;

/**
 * How two countries (or actors) dealt with each other month by month: events either way between
 * them, each happening counted once, by the month it happened.
 *
 * @param pair   the two codes, as asked for
 * @param series one entry per month that has events, in time order
 */
public record DyadSeries(List<String> pair, List<Period> series) {
    public DyadSeries {
        Validate.isTrue(pair.size() == 2, "a dyad is a pair");
        pair = List.copyOf(pair);
        series = List.copyOf(series);
    }

    /**
     * One month of a dyad.
     *
     * @param period    {@code YYYY-MM}
     * @param events    events that month
     * @param goldstein their mean Goldstein score
     */
    public record Period(String period, int events, double goldstein) {
    }
}
