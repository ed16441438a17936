package org.dyad.store;

import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dropped;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Post;
import org.dyad.model.Published;
import org.dyad.model.Quote;
import org.dyad.model.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Analyses built by hand, so store tests need no NLP models and control every row count. */
final class Analyses {
    private Analyses() {
    }

    /** A document with one of every part and {@code times} time expressions. */
    static Analysis sample(String id, int times) {
        // the id in the text: documents of different ids are different articles, not copies the store would link
        String text = "Ministers of both countries met in the capital on Monday and agreed to reopen the border (" + id + ").";
        Article article = new Article(id, "batch.jsonl#" + id, text, "Border to reopen", "https://example.org/" + id,
                "Example Times", List.of("A. Writer"), "2025-03-04T10:00");
        Post post = new Post("Jane Roe", "@janeroe", LocalDate.of(2025, 3, 3), "en", "The border opens at dawn.");
        CleanArticle clean = new CleanArticle(article, "Border to reopen", "Example Times", "CAPITAL", List.of("A. Writer"),
                new Published("2025-03-04T10:00", Published.Source.METADATA), "en", text, List.of("Background"),
                List.of(post), List.of(new Dropped("ADVERTISEMENT", Dropped.Reason.ADVERTISEMENT)));
        List<TimeExpression> timex = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            timex.add(new TimeExpression("Monday", "2025-03-03", "DATE", 40, 46, 0));
        }
        ActorRef a = new ActorRef("a1", "Ministry of Foreign Affairs", "XXA", "GOV");
        ActorRef b = new ActorRef("a2", "Ministry of the Interior", "XXB", "GOV");
        return new Analysis(clean, timex,
                List.of(new Actor("a1", a.name(), "XXA", "GOV", null, false), new Actor("a2", b.name(), "XXB", "GOV", null, false),
                        new Actor("a3", "Lena Marsh", "XXA", "GOV", "Minister", true, "2025-09-30")),
                List.of(new Quote("The border opens at dawn.", a, "2025-03-03", 0, 25),
                        new Quote("the border opens at dawn", a, "2025-03-03", 0, 24, Quote.Kind.INDIRECT, null),
                        new Quote("opens at dawn", null, "2025-03-03", 11, 24, Quote.Kind.DIRECT, 0)),
                List.of(new Event("e1", a, b, "057", "AGREE", 8.0, "2025-03-03", Event.DateSource.TEXT,
                        new Location("the capital", "XXA"), text, 0, text.length(), 0.9)),
                17, List.of());
    }

    /**
     * A document published at {@code published} (null: undated) with one event per entry of
     * {@code eventDates} (TIMEX3 values; null: undated), each between the same two actors.
     */
    static Analysis dated(String id, String published, List<String> eventDates) {
        String text = "The two ministries met again (" + id + ").";
        Article article = new Article(id, "batch.jsonl#" + id, text, "Talks " + id, null, "Example Times", List.of(), published);
        CleanArticle clean = new CleanArticle(article, "Talks " + id, "Example Times", null, List.of(),
                new Published(published, published == null ? Published.Source.UNKNOWN : Published.Source.METADATA), "en", text,
                List.of(), List.of(), List.of());
        ActorRef a = new ActorRef("a1", "Ministry of Foreign Affairs", "XXA", "GOV");
        ActorRef b = new ActorRef("a2", "Ministry of the Interior", "XXB", "GOV");
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < eventDates.size(); i++) {
            events.add(new Event("e" + i, a, b, "040", "CONSULT", 1.0, eventDates.get(i), Event.DateSource.TEXT, null, text, 0,
                    text.length(), 0.9));
        }
        return new Analysis(clean, List.of(), List.of(new Actor("a1", a.name(), "XXA", "GOV", null, false),
                new Actor("a2", b.name(), "XXB", "GOV", null, false)), List.of(), events, 9, List.of());
    }
}
