package org.dyad.stories;

import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Event;
import org.dyad.model.Published;
import org.dyad.model.Quote;

import java.util.List;

/** Hand-built analyses for the stories stage: no NLP models needed. */
final class Docs {
    static final ActorRef KESTLAND = new ActorRef("a-kes", "Kestland", "KES", "GOV");
    static final ActorRef LUMBRIA = new ActorRef("a-lum", "Lumbria", "LUM", "GOV");
    static final ActorRef MINISTER = new ActorRef("a-ana", "Ana Ruiz", "KES", "GOV");

    private Docs() {
    }

    static Analysis analysis(String id, String published, String text, List<Event> events, List<Quote> quotes) {
        Article article = Article.ofText(id, id + ".txt", text);
        CleanArticle clean = new CleanArticle(article, null, null, null, List.of(),
                published == null ? Published.UNKNOWN : new Published(published, Published.Source.METADATA), "en", text,
                List.of(), List.of(), List.of());
        return new Analysis(clean, List.of(), List.of(), quotes, events, 0, List.of());
    }

    static Event event(String id, ActorRef source, ActorRef target, String cameo, double goldstein, String date,
                       Event.DateSource dateSource, String sentence) {
        return new Event(id, source, target, cameo, null, goldstein, date, dateSource, null, sentence, 0, sentence.length(), 0.8);
    }

    static Event event(String id, ActorRef source, ActorRef target, String cameo, double goldstein, String date) {
        return event(id, source, target, cameo, goldstein, date, Event.DateSource.TEXT, "sentence of " + id);
    }

    static Quote quote(String text, ActorRef speaker) {
        return new Quote(text, speaker, null, 0, text.length());
    }
}
