package org.dyad.stories;

import org.dyad.model.Actor;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.dyad.model.Validate;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the clusterer reads of a document: its id, when it was published, its words and, where it
 * was analyzed, the actors and event kinds it names.
 *
 * @param id        the document's id
 * @param published publication date, or null when unknown (then no time window applies to it)
 * @param text      title and narration
 * @param entities  keys of its actors ({@code actor:<name>}) and event kinds ({@code event:USA-04-COL})
 *
 * <p>Serializable (plain Java serialization) so that a distributed runner can ship it to the block it is clustered in.
 */
public record StoryDocument(String id, LocalDate published, String text, List<String> entities) implements Serializable {
    public StoryDocument {
        Validate.notNull(id, "id");
        Validate.notNull(text, "text");
        entities = List.copyOf(entities);
    }

    /** A document known by its text alone, as the evaluation sets give them. */
    public static StoryDocument ofText(String id, String published, String text) {
        return new StoryDocument(id, date(published), text, List.of());
    }

    /** An analyzed document: its title and narration, its actors and its events' kinds. */
    public static StoryDocument of(Analysis a) {
        List<String> entities = new ArrayList<>();
        for (Actor x : a.actors()) {
            entities.add("actor:" + x.name().toLowerCase(Locale.ROOT));
        }
        for (Event e : a.events()) {
            entities.add("event:" + country(e.source()) + "-" + root(e.cameo()) + "-" + country(e.target()));
        }
        String title = a.article().title();
        String text = title == null ? a.article().text() : title + "\n" + a.article().text();
        return new StoryDocument(a.id(), date(a.article().published().date()), text, entities);
    }

    private static String country(org.dyad.model.ActorRef r) {
        return r == null || r.country() == null ? "-" : r.country();
    }

    static String root(String cameo) {
        return cameo == null ? "" : cameo.substring(0, Math.min(2, cameo.length()));
    }

    /** The calendar day of an ISO date or date-time, or null when there is none. */
    static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
