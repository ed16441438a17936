package org.dyad.cli;

import org.dyad.Dyad;
import org.dyad.ingest.Sources;
import org.dyad.model.Analysis;
import org.dyad.model.Article;
import org.dyad.model.Story;
import org.dyad.stories.Stories;
import org.dyad.record.AnalysisRecord;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** {@code dyad analyze PATH...}: analyzes articles into the store, printing summaries or records. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyze pasted articles (.txt), JSON Lines (.jsonl), web pages (.html, .htm), WARC archives (.warc, .warc.gz) and directories into the store.")
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { summary, jsonl }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (read recursively).")
    List<Path> paths;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "DuckDB store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--format", defaultValue = "summary", description = "summary or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output here instead of stdout.")
    Path out;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (default: one per core).")
    int threads;

    @Mixin
    ActorDictionaries actors;

    @Option(names = "--remember", description = "Also place people by what the store has learnt of them from earlier "
            + "analyses (off by default: with it, the same input can give a better-informed output on a second run).")
    boolean remember;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger copies = new AtomicInteger();
        Sources sources = new Sources(r -> {
            skipped.incrementAndGet();
            err.println("skipped " + r.source() + ": " + r.reason());
        });
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (Store store = Store.open(db);
             PrintWriter printer = printer();
             Stream<Article> articles = sources.read(paths)) {
            Dyad dyad = actors.open(remember ? store.rememberedPeople() : List.of());
            Consumer<Analysis> emit = emitter(printer);
            Stories stories = StoryCommands.resume(store);
            Set<String> touched = new LinkedHashSet<>();
            Batch.Result result = new Batch(n, err).run(articles.iterator(), dyad::analyze, a -> {
                if (store.save(a).equals(a.id())) {
                    touched.add(stories.add(a));
                } else {
                    copies.incrementAndGet(); // the article was stored already: its source is linked to it
                }
                emit.accept(a);
            });
            for (String id : touched) {
                Story story = stories.story(id);
                store.saveStory(story);
                emitStory(printer, story);
            }
            err.printf("%d analyzed and stored in %s (%d stories; %d of them copies of stored articles, linked), %d failed, %d skipped%n",
                    result.analyzed(), db, touched.size(), copies.get(), result.failed(), skipped.get());
            return result.analyzed() == 0 && (result.failed() > 0 || skipped.get() > 0) ? 1 : 0;
        }
    }

    private void emitStory(PrintWriter printer, Story story) {
        if (format == Format.jsonl) {
            printer.println(AnalysisRecord.toJsonLine(story));
        } else {
            new StoryPrinter(printer).print(story);
        }
    }

    private Consumer<Analysis> emitter(PrintWriter printer) {
        if (format == Format.jsonl) {
            return a -> printer.println(AnalysisRecord.toJsonLine(a));
        }
        SummaryPrinter summary = new SummaryPrinter(printer);
        return summary::print;
    }

    private PrintWriter printer() throws IOException {
        if (out == null) {
            return new NonClosing(spec.commandLine().getOut());
        }
        return new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), true);
    }

    /** Lets try-with-resources close the printer without closing the command's own output. */
    private static final class NonClosing extends PrintWriter {
        NonClosing(PrintWriter out) {
            super(out, true);
        }

        @Override
        public void close() {
            flush();
        }
    }
}
