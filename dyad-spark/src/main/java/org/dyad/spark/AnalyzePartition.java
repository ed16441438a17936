package org.dyad.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import org.dyad.model.Analysis;
import org.dyad.record.TableRows;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The analysing stage, one partition at a time: each article through the analyzer, its analysis as
 * rows of every table; a document that throws or runs past the time limit becomes a {@code rejects}
 * row and the partition goes on. Rows are produced lazily, one document at a time, so a partition
 * never holds more than one document's rows.
 */
public final class AnalyzePartition implements FlatMapFunction<Iterator<Item>, Tagged> {
    private static final long serialVersionUID = 1L;

    private final Analyzer analyzer;
    private final long timeoutMillis;
    private final CollectionAccumulator<PartitionTime> times;

    public AnalyzePartition(Analyzer analyzer, long timeoutMillis) {
        this(analyzer, timeoutMillis, null);
    }

    /** As above, also adding each partition's time to {@code times} (null: not timed). */
    public AnalyzePartition(Analyzer analyzer, long timeoutMillis, CollectionAccumulator<PartitionTime> times) {
        this.analyzer = analyzer;
        this.timeoutMillis = timeoutMillis;
        this.times = times;
    }

    @Override
    public Iterator<Tagged> call(Iterator<Item> items) {
        return new Rows(items);
    }

    /** The rows of one analysis, every table's, each row ending with the partition column. */
    static void rows(Analysis a, java.util.function.Consumer<Tagged> out) {
        String day = a.article().published().date();
        String partition = day != null && day.matches("\\d{4}-\\d{2}-\\d{2}") ? day : Tables.UNDATED;
        out.accept(new Tagged("documents", row(TableRows.document(a), partition)));
        for (String table : TableRows.PARTS) {
            for (Object[] values : TableRows.parts(table, a)) {
                out.accept(new Tagged(table, row(values, partition)));
            }
        }
    }

    private static Row row(Object[] values, String partition) {
        Object[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = partition;
        return Tables.row(all);
    }

    private final class Rows implements Iterator<Tagged> {
        private final Iterator<Item> items;
        private final ArrayDeque<Tagged> ready = new ArrayDeque<>();
        /**
         * The thread documents run on, so that a pathological text can be given up on. CoreNLP's
         * annotators check for interruption; if one does not, the thread is abandoned (a daemon) and
         * the next document gets a fresh one.
         */
        private ExecutorService worker;
        private final long start = System.nanoTime();
        private int documents;
        private boolean timed;

        Rows(Iterator<Item> items) {
            this.items = items;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && items.hasNext()) {
                Item item = items.next();
                if (item instanceof Item.Reject r) {
                    ready.add(reject(r.source(), r.stage(), r.reason()));
                } else {
                    analyze((Item.Doc) item);
                }
            }
            if (ready.isEmpty() && worker != null) {
                worker.shutdownNow();
                worker = null;
            }
            if (ready.isEmpty() && times != null && !timed) {
                timed = true;
                TaskContext task = TaskContext.get();
                times.add(new PartitionTime(task == null ? -1 : task.partitionId(), documents, System.nanoTime() - start,
                        System.currentTimeMillis()));
            }
            return !ready.isEmpty();
        }

        @Override
        public Tagged next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private void analyze(Item.Doc doc) {
            analyzer.beforeDocument(documents);
            documents++;
            if (worker == null) {
                worker = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "dyad-analyze");
                    t.setDaemon(true);
                    return t;
                });
            }
            Future<Analysis> running = worker.submit(() -> analyzer.analyze(doc.article()));
            try {
                rows(running.get(timeoutMillis, TimeUnit.MILLISECONDS), ready::add);
            } catch (TimeoutException e) {
                running.cancel(true);
                worker.shutdownNow();
                worker = null;
                ready.add(reject(doc.source(), "timeout", "analysis ran past " + timeoutMillis + " ms; given up"));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                ready.add(reject(doc.source(), "analyze", cause.getClass().getName() + ": " + cause.getMessage()));
            } catch (InterruptedException e) {
                // Spark interrupts a task it kills: stop, and let Spark rerun the partition elsewhere.
                Thread.currentThread().interrupt();
                running.cancel(true);
                throw new IllegalStateException("task interrupted", e);
            }
        }

        private Tagged reject(String source, String stage, String reason) {
            return new Tagged(Tables.REJECTS, RowFactory.create(source, stage, reason));
        }
    }
}
