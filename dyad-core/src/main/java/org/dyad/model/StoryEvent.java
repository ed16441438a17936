package org.dyad.model;

import java.util.List;

/**
 * One happening of a story, counted once however many documents report it: the merged event's
 * fields are those of its most specific report (most specific date, then most specific code), and
 * every report is kept with its own code, date and sentence, so any disagreement stays visible.
 *
 * @param id        stable id (from the story and the first report's event id)
 * @param source    who acted
 * @param target    whom it was done to
 * @param cameo     the most specific CAMEO code reported
 * @param plover    PLOVER type of that code
 * @param goldstein Goldstein score of that code
 * @param date      the most specific date reported (TIMEX3 value), or null
 * @param reports   every report of it, in document order
 */
public record StoryEvent(String id, ActorRef source, ActorRef target, String cameo, String plover, double goldstein,
                         String date, List<Report> reports) {
    public StoryEvent {
        Validate.notNull(id, "id");
        Validate.isTrue(!reports.isEmpty(), "a story event has at least one report");
        reports = List.copyOf(reports);
    }

    /** One document's report of the event. */
    public record Report(String document, Event event) {
        public Report {
            Validate.notNull(document, "document");
            Validate.notNull(event, "event");
        }
    }

    /** Ids of the documents that report it, each once, in report order: its corroboration. */
    public List<String> documents() {
        return reports.stream().map(Report::document).distinct().toList();
    }

    /** The distinct codes reported, in report order: more than one is a disagreement. */
    public List<String> codes() {
        return reports.stream().map(r -> r.event().cameo()).distinct().toList();
    }

    /** The distinct dates reported (nulls left out): more than one is a disagreement. */
    public List<String> dates() {
        return reports.stream().map(r -> r.event().date()).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
