package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The days a page of a list sorted by day lies in, found from how many rows each day has. A database
 * sorts every row before a page deep in a list; with the page's days known, only their rows are
 * sorted, so a page costs about the same at any depth, and the counts give the list's total too.
 *
 * <p>Exact when the list's order begins with the day: ordering by a published time (of which the
 * day is a prefix) or by the day itself, undated rows last.
 *
 * @param first   the earliest dated day of the page (ISO; null when it holds undated rows only)
 * @param last    the latest dated day of the page (likewise)
 * @param undated whether the page reaches the undated rows, which come last
 * @param skip    how many rows of the span, in the list's order, come before the page
 */
record DaySpan(String first, String last, boolean undated, long skip) {
    /** How many rows one day has; {@code day} is null for the undated ones. */
    record DayCount(String day, long rows) {
    }

    /**
     * The span of the page at {@code offset}, given the day counts in the list's order with the
     * undated last; empty when the page lies past the end.
     */
    static Optional<DaySpan> of(List<DayCount> days, long offset, int limit) {
        long before = 0;
        int start = 0;
        while (start < days.size() && before + days.get(start).rows() <= offset) {
            before += days.get(start++).rows();
        }
        if (start == days.size() || limit <= 0) {
            return Optional.empty();
        }
        int end = start;
        long through = before + days.get(start).rows();
        while (through < offset + limit && end + 1 < days.size()) {
            through += days.get(++end).rows();
        }
        String first = null;
        String last = null;
        for (DayCount d : days.subList(start, end + 1)) {
            if (d.day() != null) {
                first = first == null || d.day().compareTo(first) < 0 ? d.day() : first;
                last = last == null || d.day().compareTo(last) > 0 ? d.day() : last;
            }
        }
        return Optional.of(new DaySpan(first, last, days.get(end).day() == null, offset - before));
    }

    /** The condition that keeps the span's rows, to AND with the list's filter; {@code day} is the SQL of a row's day. */
    String condition(String day) {
        if (first == null) {
            return day + " IS NULL";
        }
        String dated = day + " BETWEEN ? AND ?";
        return undated ? "(" + dated + " OR " + day + " IS NULL)" : dated;
    }

    /** The values of {@link #condition}'s parameters. */
    List<Object> params() {
        List<Object> params = new ArrayList<>();
        if (first != null) {
            params.add(first);
            params.add(last);
        }
        return params;
    }

    /** The total the counts add up to. */
    static long total(List<DayCount> days) {
        return days.stream().mapToLong(DayCount::rows).sum();
    }
}
