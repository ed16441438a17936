package org.dyad.stories;

import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.dyad.model.Ids;
import org.dyad.model.StoryEvent;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts each happening of a story once: events of its documents with the same source, the same
 * target, the same CAMEO root and compatible dates are one {@link StoryEvent}, listing every report.
 * The merged event takes the most specific date (a date written in the text before a publication
 * date standing in for one, then the longer value) and the most specific code (the longer one).
 *
 * <p>Consultations (CAMEO root 04: calls, visits, meetings) are mutual: "A hosted B" and "B visited A"
 * tell one meeting, so their direction does not matter.
 */
public final class EventMerger {
    /** Roots whose events are the same happening whichever side is named first. */
    static final Set<String> MUTUAL_ROOTS = Set.of("04");

    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d\\d)-(\\d\\d)");
    private static final Pattern WEEK = Pattern.compile("^\\d{4}-W\\d\\d$");

    private EventMerger() {
    }

    /** The story's events, each once, in the order of their first report. */
    public static List<StoryEvent> merge(List<Analysis> documents) {
        List<Group> groups = new ArrayList<>();
        for (Analysis a : documents) {
            for (Event e : a.events()) {
                StoryEvent.Report report = new StoryEvent.Report(a.id(), e);
                Group g = groups.stream().filter(x -> x.accepts(e)).findFirst().orElse(null);
                if (g == null) {
                    groups.add(new Group(report));
                } else {
                    g.reports.add(report);
                }
            }
        }
        return groups.stream().map(Group::merged).toList();
    }

    /**
     * Whether two dates can be of one happening: either unknown, equal, one a coarser form of the
     * other ({@code 2026-01} and {@code 2026-01-03}), or a day inside the other's ISO week.
     */
    static boolean compatible(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        if (WEEK.matcher(a).matches() || WEEK.matcher(b).matches()) {
            String week = WEEK.matcher(a).matches() ? a : b;
            String other = week.equals(a) ? b : a;
            return week.equals(isoWeek(other));
        }
        return a.startsWith(b) || b.startsWith(a);
    }

    private static String isoWeek(String date) {
        Matcher m = DAY.matcher(date);
        if (!m.find()) {
            return null;
        }
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String actor(ActorRef r) {
        return r == null ? "" : r.id() != null ? r.id() : r.name();
    }

    /** Events so far judged one happening. */
    private static final class Group {
        final List<StoryEvent.Report> reports = new ArrayList<>();

        Group(StoryEvent.Report first) {
            reports.add(first);
        }

        boolean accepts(Event e) {
            Event first = reports.get(0).event();
            if (!StoryDocument.root(first.cameo()).equals(StoryDocument.root(e.cameo()))) {
                return false;
            }
            boolean same = actor(first.source()).equals(actor(e.source())) && actor(first.target()).equals(actor(e.target()));
            boolean swapped = MUTUAL_ROOTS.contains(StoryDocument.root(e.cameo()))
                    && actor(first.source()).equals(actor(e.target())) && actor(first.target()).equals(actor(e.source()));
            // every report's date, not only the first's: "January" joins "3 January" and "20 January", which do not join each other
            return (same || swapped) && reports.stream().allMatch(r -> compatible(r.event().date(), e.date()));
        }

        StoryEvent merged() {
            Event byDate = reports.stream().map(StoryEvent.Report::event).filter(e -> e.date() != null)
                    .max(Comparator.comparingInt((Event e) -> e.dateSource() == Event.DateSource.TEXT ? 1 : 0)
                            .thenComparingInt(e -> e.date().length()))
                    .orElse(reports.get(0).event());
            Event byCode = reports.stream().map(StoryEvent.Report::event)
                    .max(Comparator.comparingInt((Event e) -> e.cameo().length())).orElseThrow();
            Event first = reports.get(0).event();
            String id = "se-" + Ids.hash(reports.get(0).document() + "/" + first.id(), 12);
            return new StoryEvent(id, first.source(), first.target(), byCode.cameo(), byCode.plover(), byCode.goldstein(),
                    byDate.date(), reports);
        }
    }
}
