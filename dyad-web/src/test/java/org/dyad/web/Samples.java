package org.dyad.web;

import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Published;
import org.dyad.model.Quote;
import org.dyad.model.TimeExpression;

import org.dyad.store.Store;
import org.dyad.stories.Stories;

import java.util.List;

/** Analyses built by hand (as dyad-store's tests do), so web tests need no NLP models. */
public final class Samples {
    static final ActorRef USA = new ActorRef("usa-gov", "United States", "USA", "GOV");
    static final ActorRef COL = new ActorRef("col-gov", "Colombia", "COL", "GOV");

    private Samples() {
    }

    /**
     * Stores two January reports of one meeting (story s-jan) and a February sanction (story s-feb),
     * the fixture the API and page tests share.
     */
    static void storeJanuaryAndFebruary(Store store) {
        List<Analysis> docs = List.of(
                meeting("jan-1", "El Tiempo", "2026-01-20", "2026-01-19", "040", "CONSULT", 1.0),
                meeting("jan-2", "Reuters", "2026-01-21", "2026-01-19", "040", "CONSULT", 1.0),
                meeting("feb-1", "Reuters", "2026-02-10", "2026-02-09", "163", "SANCTION", -8.0));
        docs.forEach(store::save);
        store.saveStory(Stories.build("s-jan", docs.subList(0, 2)));
        store.saveStory(Stories.build("s-feb", docs.subList(2, 3)));
    }

    /** A meeting of the two governments reported on {@code published}, happening on {@code happened}. */
    static Analysis meeting(String id, String outlet, String published, String happened, String cameo, String plover, double goldstein) {
        // each sample its own report: the store keeps one copy of texts that are the same article
        String text = "Officials of both governments met in Bogota and agreed to talk again, says report " + id + ".";
        return analysis(Article.ofText(id, "test#" + id, text), outlet, published, happened, cameo, plover, goldstein);
    }

    static final ActorRef LIN = new ActorRef("lin-jian", "Lin Jian", "CHN", "GOV");

    /** A person with a role (and when a text says it ends) criticizing the United States; for the actor page. */
    static Analysis spokesman(String id, String published, String title, String leaves) {
        String text = "Lin Jian criticized Washington, says report " + id + ".";
        Article article = Article.ofText(id, "test#" + id, text);
        CleanArticle clean = new CleanArticle(article, null, "Xinhua", null, List.of(),
                new Published(published, Published.Source.METADATA), "en", text, List.of(), List.of(), List.of());
        return new Analysis(clean, List.of(),
                List.of(new Actor(LIN.id(), LIN.name(), "CHN", "GOV", title, true, leaves), new Actor(USA.id(), USA.name(), "USA", "GOV", null, false)),
                List.of(), List.of(new Event("e1", LIN, USA, "111", "DISAPPROVE", -2.0, published, Event.DateSource.TEXT, null, text, 0,
                        text.length(), 0.9)),
                text.split(" ").length, List.of());
    }

    /** What the test analyzer makes of a posted article (and the load bench test of its originals): one consultation between the two. */
    public static Analysis of(Article a) {
        return analysis(a, a.outlet(), a.published() == null ? "2026-03-01" : a.published(), "2026-03-01", "040", "CONSULT", 1.0);
    }

    private static Analysis analysis(Article article, String outlet, String published, String happened, String cameo, String plover,
                                     double goldstein) {
        String text = article.text();
        CleanArticle clean = new CleanArticle(article, article.title(), outlet, null, List.of(),
                new Published(published, Published.Source.METADATA), "en", text, List.of(), List.of(), List.of());
        return new Analysis(clean, List.of(new TimeExpression("today", happened, "DATE", 0, Math.min(5, text.length()), 0)),
                List.of(new Actor(USA.id(), USA.name(), "USA", "GOV", null, false),
                        new Actor(COL.id(), COL.name(), "COL", "GOV", null, false)),
                List.of(new Quote(text.substring(0, Math.min(20, text.length())), USA, happened, 0, Math.min(20, text.length()))),
                List.of(new Event("e1", USA, COL, cameo, plover, goldstein, happened, Event.DateSource.TEXT,
                        new Location("Bogota", "COL"), text, 0, text.length(), 0.9)),
                text.split(" ").length, List.of());
    }
}
