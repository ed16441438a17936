package org.dyad.stories;

import org.dyad.model.ActorRef;
import org.dyad.model.DyadSeries;
import org.dyad.model.StoryEvent;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Monthly series of a pair: the merged events between two countries (or actors, by id or name),
 * either way, each once, by the month it happened; events without a month are left out.
 */
public final class Dyads {
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d\\d)(?:-\\d\\d)?(?:T.*)?$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d\\d)$");

    private Dyads() {
    }

    /** The series of one pair. */
    public static DyadSeries of(String a, String b, Collection<StoryEvent> events) {
        TreeMap<String, double[]> months = new TreeMap<>();
        for (StoryEvent e : events) {
            boolean between = is(e.source(), a) && is(e.target(), b) || is(e.source(), b) && is(e.target(), a);
            String month = month(e.date());
            if (between && month != null) {
                double[] m = months.computeIfAbsent(month, k -> new double[2]);
                m[0]++;
                m[1] += e.goldstein();
            }
        }
        List<DyadSeries.Period> series = new ArrayList<>();
        months.forEach((month, m) -> series.add(new DyadSeries.Period(month, (int) m[0], m[1] / m[0])));
        return new DyadSeries(List.of(a, b), series);
    }

    /** The series of every pair of different countries among the events, pairs in order of first appearance. */
    public static List<DyadSeries> all(Collection<StoryEvent> events) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        Set<Set<String>> seen = new java.util.HashSet<>();
        for (StoryEvent e : events) {
            String s = e.source() == null ? null : e.source().country();
            String t = e.target() == null ? null : e.target().country();
            if (s != null && t != null && !s.equals(t) && seen.add(Set.of(s, t))) {
                pairs.add(List.of(s, t));
            }
        }
        return pairs.stream().map(p -> of(p.get(0), p.get(1), events)).filter(d -> !d.series().isEmpty()).toList();
    }

    /** Whether the actor is the country, or the actor itself, that the code names. */
    private static boolean is(ActorRef r, String code) {
        return r != null && (code.equalsIgnoreCase(r.country() == null ? "" : r.country()) || code.equals(r.id())
                || code.toLowerCase(Locale.ROOT).equals(r.name() == null ? null : r.name().toLowerCase(Locale.ROOT)));
    }

    /** {@code YYYY-MM} of a TIMEX3 day, month or week value (a week by its Thursday), else null. */
    static String month(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = MONTH.matcher(date);
        if (m.matches()) {
            return m.group(1) + "-" + m.group(2);
        }
        Matcher w = WEEK.matcher(date);
        if (w.matches()) {
            LocalDate thursday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2))).with(java.time.DayOfWeek.THURSDAY);
            return thursday.toString().substring(0, 7);
        }
        return null;
    }
}
