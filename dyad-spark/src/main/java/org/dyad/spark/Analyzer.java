package org.dyad.spark;

import org.dyad.model.Analysis;
import org.dyad.model.Article;

import java.io.Serializable;

/**
 * What the job runs on each article. Serializable because Spark ships it to the executors; the
 * default, {@link SharedDyad}, holds nothing but reaches the executor JVM's one {@code Dyad}. Tests
 * pass their own to make a document fail.
 */
@FunctionalInterface
public interface Analyzer extends Serializable {
    Analysis analyze(Article article);
}
