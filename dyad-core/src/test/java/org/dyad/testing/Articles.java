package org.dyad.testing;

import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Published;

import java.util.List;

/** Hand-built articles for tests of the stages after cleaning. */
public final class Articles {
    private Articles() {
    }

    /** A cleaned English narration published on the given ISO date. */
    public static CleanArticle narration(String text, String published) {
        Article article = Article.ofText("test", "test.txt", text);
        return new CleanArticle(article, null, null, null, List.of(),
                published == null ? Published.UNKNOWN : new Published(published, Published.Source.METADATA),
                "en", text, List.of(), List.of(), List.of());
    }
}
