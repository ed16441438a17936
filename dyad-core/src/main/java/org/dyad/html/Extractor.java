package org.dyad.html;

import org.dyad.clean.Cleaner;
import org.dyad.language.LanguageDetector;
import org.dyad.model.Article;

/**
 * The cleaning stage for any input: an HTML page is read by the {@link PageReader}, anything else
 * is pasted text for the {@link Cleaner}. Both give the same {@code CleanArticle}, so what follows
 * never needs to know where an article came from. No NLP runs here.
 */
public final class Extractor {
    private final Cleaner cleaner;
    private final PageReader pages;

    public Extractor(LanguageDetector languages) {
        this.cleaner = new Cleaner(languages);
        this.pages = new PageReader(languages);
    }

    /** The article's document fields; for pasted text, the canonical URL is the article's own and there is no update time. */
    public Page read(Article article) {
        if (PageReader.isHtml(article.text())) {
            return pages.read(article);
        }
        return new Page(cleaner.clean(article), article.url(), null);
    }
}
