package org.dyad.cli;

import org.dyad.language.LanguageDetector;
import org.dyad.html.ExtractionBenchmark;
import org.dyad.html.PageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dyad eval extraction}: the article bodies Dyad extracts from the scrapinghub pages, scored by token overlap. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score HTML article extraction on the scrapinghub benchmark (token-level P/R/F1 against articleBody).")
final class ExtractionEvalCommand implements Callable<Integer> {
    /** The peers' published figures on this benchmark (../shared/eval/README.md). */
    static final String PEERS = """
            peers (published, same metric): trafilatura 2.0 F1 0.958 (P 0.938 R 0.978), newspaper4k 0.949, news-please 0.948,
              readability.js 0.947, readability-lxml 0.922, goose3 0.896, boilerpipe 0.860, justext 0.804; best 0.970""";

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "../shared/eval/extraction/scrapinghub",
            description = "The benchmark folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--verbose", description = "Also list the worst pages with their scores.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            spec.commandLine().getErr().println("eval extraction: no ground-truth.json under " + dir);
            return 2;
        }
        ExtractionBenchmark.Result r = ExtractionBenchmark.run(ExtractionBenchmark.samples(dir), new PageReader(LanguageDetector.shared()));
        if (verbose) {
            r.pages().stream().sorted(Comparator.comparingDouble(p -> p.overlap().f1())).limit(20).forEach(p -> out.printf(Locale.ROOT,
                    "  F1 %.3f P %.3f R %.3f  %s%n", p.overlap().f1(), p.overlap().precision(), p.overlap().recall(), p.url()));
        }
        out.printf(Locale.ROOT, "extraction: %d pages  P %.3f  R %.3f  F1 %.3f%n", r.pages().size(), r.precision(), r.recall(), r.f1());
        out.println(PEERS);
        return 0;
    }
}
