package org.dyad.spark;

import org.dyad.model.Article;

import java.io.Serializable;
import java.util.List;

/**
 * What the reading stage hands to the analysing stage across a shuffle: an article's fields, or
 * an input that could not be read. Core's records are not {@code Serializable}, hence this copy.
 */
public sealed interface Item extends Serializable {

    /** The article's fields, as {@link Article} has them. */
    record Doc(String id, String source, String text, String title, String url, String outlet, List<String> authors,
               String published) implements Item {
        public Doc {
            authors = authors == null ? List.of() : List.copyOf(authors);
        }

        static Doc of(Article a) {
            return new Doc(a.id(), a.source(), a.text(), a.title(), a.url(), a.outlet(), a.authors(), a.published());
        }

        Article article() {
            return new Article(id, source, text, title, url, outlet, authors, published);
        }
    }

    /** An input that goes to the {@code rejects} table, with the stage that refused it. */
    record Reject(String source, String stage, String reason) implements Item {
    }
}
