package org.dyad.web.pages;

import org.dyad.model.Analysis;
import org.dyad.model.Dropped;
import org.dyad.model.Event;
import org.dyad.model.Post;

import java.util.List;

/**
 * What the article page shows: the narration with its facts lit up, the embedded posts, and what the
 * cleaner dropped with its reason.
 */
public record ArticleView(String id, String title, String outlet, String published, String language, List<String> authors,
                          String story, List<Highlights.Node> text, List<Event> events, List<Post> posts, List<Dropped> dropped,
                          List<String> notes) {

    static ArticleView of(Analysis a, List<Dropped> dropped, String story) {
        return new ArticleView(a.id(), a.article().title() == null ? a.id() : a.article().title(), a.article().outlet(),
                a.article().published().value(), a.article().language(), a.article().authors(), story, Highlights.of(a), a.events(),
                a.article().posts(), dropped, a.notes());
    }
}
