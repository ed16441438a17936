package org.dyad.model;

import java.util.List;

/**
 * An article after cleaning: the narration alone, and everything else sorted out of it.
 *
 * @param article   the input it came from
 * @param title     title (metadata, else the title line), or null
 * @param outlet    outlet (metadata, else the header line), or null
 * @param dateline  dateline such as {@code WASHINGTON, DC}, or null
 * @param authors   authors (metadata, else bylines and contact lines)
 * @param published publication time and its source
 * @param language  ISO 639-1 code of the narration, or null when it cannot be told
 * @param text      the cleaned narration: paragraphs separated by a blank line
 * @param headings  section headings found in the body
 * @param posts     embedded social posts
 * @param dropped   every removed line with its reason
 */
public record CleanArticle(Article article, String title, String outlet, String dateline, List<String> authors,
                           Published published, String language, String text, List<String> headings,
                           List<Post> posts, List<Dropped> dropped) {
    public CleanArticle {
        Validate.notNull(article, "article");
        Validate.notNull(published, "published");
        Validate.notNull(text, "text");
        authors = List.copyOf(authors);
        headings = List.copyOf(headings);
        posts = List.copyOf(posts);
        dropped = List.copyOf(dropped);
    }

    public String id() {
        return article.id();
    }
}
