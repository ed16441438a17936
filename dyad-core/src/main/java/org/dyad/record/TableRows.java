package org.dyad.record;

import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dropped;
import org.dyad.model.Event;
import org.dyad.model.Post;
import org.dyad.model.Quote;
import org.dyad.model.Story;
import org.dyad.model.TimeExpression;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@link Analysis} (and a {@link Story}) as the rows of the store's tables ({@code schema.sql} of dyad-store), values in
 * column order. One mapping for every writer of those tables — the DuckDB store and the Spark job's
 * Parquet output — so that the two cannot drift apart.
 *
 * <p>Values are plain Java: strings, boxed numbers, {@code List<String>} for {@code VARCHAR[]},
 * {@link java.time.LocalDate} for {@code DATE}, the record's JSON line for {@code JSON}.
 */
public final class TableRows {
    /** The tables of a document's parts, in the order the store writes them. */
    public static final List<String> PARTS = List.of("dropped", "posts", "times", "actors", "quotes", "events");
    /** The tables of a story: its documents in order, its record, its merged events. */
    public static final List<String> STORY_TABLES = List.of("stories", "story_records", "story_events");

    private TableRows() {
    }

    /** The document's row of {@code documents}. */
    public static Object[] document(Analysis a) {
        CleanArticle c = a.article();
        return new Object[]{c.id(), c.article().source(), c.article().url(), c.title(), c.outlet(), c.dateline(), c.authors(),
                c.published().value(), c.published().source().name(), c.language(), c.text(), c.headings(), a.tokens(),
                a.notes(), AnalysisRecord.toJsonLine(a), a.events().size(), a.quotes().size()};
    }

    /** The document's rows of one of {@link #PARTS}. */
    public static List<Object[]> parts(String table, Analysis a) {
        String id = a.id();
        return switch (table) {
            case "dropped" -> ordered(a.article().dropped(), (i, d) -> new Object[]{id, i, d.reason().name(), d.text()});
            case "posts" -> ordered(a.article().posts(), (i, p) -> new Object[]{id, i, p.author(), p.handle(), p.date(),
                    p.language(), p.text()});
            case "times" -> ordered(a.times(), (i, t) -> new Object[]{id, i, t.text(), t.value(), t.type(), t.start(), t.end(),
                    t.sentence()});
            case "actors" -> map(a.actors(), x -> new Object[]{id, x.id(), x.name(), x.country(), x.sector(), x.title()});
            case "quotes" -> ordered(a.quotes(), (i, q) -> new Object[]{id, i, q.text(), refId(q.speaker()), refName(q.speaker()),
                    q.date(), q.start(), q.end(), q.kind().label(), q.post()});
            case "events" -> map(a.events(), e -> new Object[]{id, e.id(), refId(e.source()), refName(e.source()),
                    refId(e.target()), refName(e.target()), e.cameo(), e.plover(), e.goldstein(), e.date(), e.dateSource().name(),
                    e.location() == null ? null : e.location().name(), e.location() == null ? null : e.location().country(),
                    e.sentence(), e.start(), e.end(), e.confidence(), refCountry(e.source()), refSector(e.source()),
                    refCountry(e.target()), refSector(e.target()), day(e.date())});
            default -> throw new IllegalArgumentException("not a table of a document's parts: " + table);
        };
    }

    /** The story's rows of one of {@link #STORY_TABLES}. */
    public static List<Object[]> story(String table, Story s) {
        String id = s.id();
        return switch (table) {
            case "stories" -> ordered(s.documents(), (i, d) -> new Object[]{id, d, i});
            case "story_records" -> List.<Object[]>of(new Object[]{id, s.documents().size(), s.events().size(), AnalysisRecord.toJsonLine(s)});
            case "story_events" -> ordered(s.events(), (i, e) -> new Object[]{id, i, e.id(), refId(e.source()), refName(e.source()),
                    refCountry(e.source()), refId(e.target()), refName(e.target()), refCountry(e.target()), e.cameo(), e.plover(),
                    e.goldstein(), e.date(), e.documents().size(), e.documents(), e.reports().get(0).event().sentence()});
            default -> throw new IllegalArgumentException("not a table of a story: " + table);
        };
    }

    /** A row maker that also gets the item's position, the {@code ord} column. */
    private interface Ordered<T> {
        Object[] row(int ord, T item);
    }

    private static <T> List<Object[]> ordered(List<T> items, Ordered<T> row) {
        List<Object[]> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            rows.add(row.row(i, items.get(i)));
        }
        return rows;
    }

    private static <T> List<Object[]> map(List<T> items, Function<T, Object[]> row) {
        return items.stream().map(row).toList();
    }

    private static String refId(ActorRef ref) {
        return ref == null ? null : ref.id();
    }

    private static String refCountry(ActorRef ref) {
        return ref == null ? null : ref.country();
    }

    private static String refName(ActorRef ref) {
        return ref == null ? null : ref.name();
    }

    private static String refSector(ActorRef ref) {
        return ref == null ? null : ref.sector();
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?.*");

    /**
     * The day an event happened, to sort and filter by: a TIMEX3 day, or the first of a TIMEX3 month;
     * null for weeks, seasons, years and what is no valid date.
     */
    public static LocalDate day(String timex) {
        Matcher m = timex == null ? null : DAY.matcher(timex);
        if (m == null || !m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
