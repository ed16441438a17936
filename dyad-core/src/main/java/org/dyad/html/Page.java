package org.dyad.html;

import org.dyad.model.CleanArticle;

/**
 * An HTML page read as an article: the cleaned article the analysis takes, and what the page says
 * beyond it.
 *
 * @param article   the article, as the pasted-text cleaner would give it
 * @param canonical the page's canonical URL, or null
 * @param updated   when the page says it was last updated (ISO 8601), or null
 */
public record Page(CleanArticle article, String canonical, String updated) {
}
