package org.dyad.web;

import org.dyad.model.Analysis;
import org.dyad.model.Article;

/**
 * What the server analyzes pasted articles with: {@code Dyad::analyze} in production; tests give a
 * hand-built one so that they need no NLP models.
 */
@FunctionalInterface
public interface Analyzer {
    Analysis analyze(Article article);
}
