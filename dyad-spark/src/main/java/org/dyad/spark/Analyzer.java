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

    /**
     * Called on the task's own thread before the partition's {@code index}-th document (from 0),
     * where Spark's {@code TaskContext} is set; {@link #analyze} runs on a worker thread, where it
     * is not. What this throws fails the task (Spark retries it), unlike what {@code analyze}
     * throws, which rejects one document: tests use it to kill a task part-way through.
     */
    default void beforeDocument(int index) {
    }
}
