package org.dyad.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyad.model.Analysis;
import org.dyad.model.Article;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs an analysis over many articles on several threads and hands the results on in input order,
 * with a progress bar on stderr once more than a handful have gone through. A document whose
 * analysis fails is reported by its source and skipped; the batch goes on.
 */
final class Batch {
    /** Up to this many documents, no progress bar: it would only flicker. */
    static final int HANDFUL = 5;
    /** Documents in flight per thread: enough to keep threads busy, few enough to bound memory. */
    static final int IN_FLIGHT_PER_THREAD = 4;

    private final int threads;
    private final PrintWriter err;

    Batch(int threads, PrintWriter err) {
        this.threads = Math.max(1, threads);
        this.err = err;
    }

    /** Counts of a finished batch. */
    record Result(int analyzed, int failed) {
    }

    Result run(Iterator<Article> articles, Function<Article, Analysis> analyze, Consumer<Analysis> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<Pending> window = new ArrayDeque<>();
        int analyzed = 0;
        int failed = 0;
        ProgressBar bar = null;
        try {
            while (articles.hasNext() || !window.isEmpty()) {
                while (articles.hasNext() && window.size() < threads * IN_FLIGHT_PER_THREAD) {
                    Article a = articles.next();
                    window.add(new Pending(a.source(), pool.submit(() -> analyze.apply(a))));
                }
                Pending next = window.poll();
                if (next.deliver(sink, err)) {
                    analyzed++;
                } else {
                    failed++;
                }
                if (bar == null && analyzed + failed > HANDFUL) {
                    bar = progressBar(analyzed + failed);
                } else if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            pool.shutdownNow();
            if (bar != null) {
                bar.close();
            }
        }
        return new Result(analyzed, failed);
    }

    private ProgressBar progressBar(int done) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName("analyzing").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUnit(" docs", 1).build();
        bar.stepTo(done);
        return bar;
    }

    private record Pending(String source, Future<Analysis> future) {
        /** Hands the analysis to the sink; false, with the reason on {@code err}, if analysing or storing it failed. */
        boolean deliver(Consumer<Analysis> sink, PrintWriter err) {
            try {
                sink.accept(future.get());
                return true;
            } catch (ExecutionException e) {
                err.println("failed " + source + ": " + e.getCause());
                return false;
            } catch (RuntimeException e) {
                err.println("failed " + source + ": " + e.getMessage());
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while analyzing " + source, e);
            }
        }
    }
}
