package org.dyad.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.SerializableConfiguration;
import org.dyad.ingest.Sources;
import org.dyad.model.Article;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The reading stage: one input file (a path or any Hadoop file system's URI) per call, opened through
 * its Hadoop file system and read by the library's own {@link Sources} (so ids, sources and refusals
 * are those of {@code dyad analyze}), streamed: a large JSON Lines or WARC file is never held whole.
 * Unreadable lines and files come out as {@link Item.Reject}s.
 */
public final class ReadFile implements FlatMapFunction<String, Item> {
    private static final long serialVersionUID = 1L;

    /** The job's Hadoop configuration (its {@code spark.hadoop.*} settings: credentials, endpoints), shipped to the tasks. */
    private final SerializableConfiguration hadoop;

    public ReadFile(SerializableConfiguration hadoop) {
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<Item> call(String file) {
        ArrayDeque<Item> rejected = new ArrayDeque<>();
        Stream<Article> articles = new Sources(r -> rejected.add(new Item.Reject(r.source(), "read", r.reason())))
                .read(HadoopFiles.input(file, hadoop.value()));
        Iterator<Article> it = articles.iterator();
        return new Iterator<>() {
            private boolean closed;

            @Override
            public boolean hasNext() {
                if (!rejected.isEmpty()) {
                    return true;
                }
                if (!closed && it.hasNext()) {
                    return true;
                }
                if (!closed) {
                    closed = true;
                    articles.close(); // may reject too: a file that cannot be closed
                }
                return !rejected.isEmpty();
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return rejected.isEmpty() ? Item.Doc.of(it.next()) : rejected.poll();
            }
        };
    }
}
