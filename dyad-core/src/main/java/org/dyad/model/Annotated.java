package org.dyad.model;

import java.util.List;

/**
 * A cleaned article with the linguistic annotation of its narration, in Dyad's own records.
 * Sentences are empty when the narration was not annotated (e.g. not in English).
 */
public record Annotated(CleanArticle article, List<Sentence> sentences) {
    public Annotated {
        Validate.notNull(article, "article");
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return article.text();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
