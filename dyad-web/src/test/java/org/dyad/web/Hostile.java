package org.dyad.web;

import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dropped;
import org.dyad.model.Event;
import org.dyad.model.Post;
import org.dyad.model.Published;
import org.dyad.model.Quote;
import org.dyad.model.TimeExpression;

import java.time.LocalDate;
import java.util.List;

/**
 * A document whose every field tries to inject markup or script, with a post, a dropped line, a quote
 * and an event, so page tests see each part rendered and none of it executed.
 */
final class Hostile {
    static final String ID = "hostile-1";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(2)>";
    static final ActorRef EVIL = new ActorRef("evil-corp", "<b>Evil</b> Corp", "USA", "BUS");
    static final String TEXT = "On Monday <b>Evil</b> Corp met Colombia. " + SCRIPT + " \"We will talk again\" it said. " + IMG;

    private Hostile() {
    }

    static Analysis analysis() {
        Article article = new Article(ID, "test#" + ID, TEXT, "Title " + SCRIPT, null, "Outlet " + IMG, List.of("Ann " + SCRIPT), "2026-01-20");
        CleanArticle clean = new CleanArticle(article, article.title(), article.outlet(), null, article.authors(),
                new Published("2026-01-20", Published.Source.METADATA), "en", TEXT, List.of(),
                List.of(new Post("Poster " + IMG, "@poster", LocalDate.parse("2026-01-19"), "en", "Post text " + SCRIPT)),
                List.of(new Dropped("Buy now " + SCRIPT, Dropped.Reason.ADVERTISEMENT)));
        int sentenceEnd = TEXT.indexOf('.') + 1;
        int quote = TEXT.indexOf("We will");
        return new Analysis(clean, List.of(new TimeExpression("Monday", "2026-01-19", "DATE", 3, 9, 0)),
                List.of(new Actor(EVIL.id(), EVIL.name(), "USA", "BUS", null, false),
                        new Actor(Samples.COL.id(), Samples.COL.name(), "COL", "GOV", null, false)),
                List.of(new Quote("We will talk again", EVIL, "2026-01-19", quote, quote + "We will talk again".length())),
                List.of(new Event("e1", EVIL, Samples.COL, "040", "CONSULT", 1.0, "2026-01-19", Event.DateSource.TEXT, null,
                        TEXT.substring(0, sentenceEnd), 0, sentenceEnd, 0.9)),
                10, List.of());
    }
}
