package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.Dyad;
import org.dyad.ingest.Sources;
import org.dyad.model.Analysis;
import org.dyad.record.AnalysisRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad eval}: scores Dyad against the public gold sets in {@code ../shared}. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score Dyad against gold sets.",
        subcommands = {EvalCommand.Seeds.class, EvalCommand.Events.class, EvalCommand.Quotes.class, EvalCommand.StoryClusters.class,
                PetrarchUnitCommand.class, ExtractionEvalCommand.class, TimeEvalCommand.class})
final class EvalCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /**
     * {@code dyad eval events}: the AFP sentences of the PETRARCH gold-standard record, coded by Dyad
     * with its own actors, scored by CAMEO root and full code, overall and per category.
     */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Code the sentences of a PETRARCH validation file and score the events (root and full code, per category).")
    static final class Events implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--afp", paramLabel = "FILE", defaultValue = "../shared/eval/events/afp-gsr/PETR2_GSR_validation.xml",
                description = "PETRARCH validation XML (default: ${DEFAULT-VALUE}).")
        Path file;

        @Option(names = "--verbose", description = "Print each sentence with its gold codings and Dyad's events.")
        boolean verbose;

        @picocli.CommandLine.Mixin
        ActorDictionaries actors;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Dyad dyad = actors.open();
            java.util.Map<String, List<MatchScore<PetrarchValidation.Coding, org.dyad.model.Event>>> scores = new java.util.TreeMap<>();
            for (PetrarchValidation.Case c : PetrarchValidation.read(file)) {
                org.dyad.model.Article article = new org.dyad.model.Article(c.id(), file + "#" + c.id(), c.text(), null, null,
                        null, List.of(), c.date());
                org.dyad.model.Analysis analysis = dyad.analyze(article);
                List<org.dyad.model.Event> events = analysis.events();
                if (verbose) {
                    out.printf("%s [%s] %s%n  gold: %s%n  dyad: %s%n  actors: %s%n", c.id(), c.category(), c.text(), c.codings(),
                            events.stream().map(e -> e.source().country() + ">" + e.target().country() + " " + e.cameo()).toList(),
                            analysis.actors().stream().map(x -> x.name() + "/" + x.country() + "/" + x.sector()).toList());
                }
                for (String key : List.of("ALL", c.category())) {
                    var s = scores.computeIfAbsent(key, k -> List.of(EventScore.of(false), EventScore.of(true)));
                    s.get(0).add(c.codings(), events);
                    s.get(1).add(c.codings(), events);
                }
            }
            out.printf("%-8s %5s %5s   %-20s %-20s%n", "category", "gold", "coded", "root P / R / F1", "full code P / R / F1");
            scores.forEach((category, s) -> out.printf(java.util.Locale.ROOT, "%-8s %5d %5d   %.2f / %.2f / %.2f     %.2f / %.2f / %.2f%n",
                    category, s.get(0).gold(), s.get(0).predicted(), s.get(0).precision(), s.get(0).recall(), s.get(0).f1(),
                    s.get(1).precision(), s.get(1).recall(), s.get(1).f1()));
            return 0;
        }
    }

    /**
     * {@code dyad eval stories}: story clustering on ECB+ (each topic two real-world happenings),
     * B-cubed against the gold clusters, beside the textbook baseline's published figure.
     */
    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "Cluster a gold set of documents into stories as a stream and print B-cubed precision, recall and F1.")
    static final class StoryClusters implements Callable<Integer> {
        /** The eval README's figure for single-pass tf-idf cosine to centroids at 0.15 on ECB+ topics 1-22. */
        static final String BASELINE = "baseline (single-pass tf-idf cosine to centroid, 0.15): P 0.81 R 0.94 F1 0.87";

        @Spec
        CommandSpec spec;

        @Option(names = "--file", defaultValue = "../shared/eval/stories/ecbplus-dev.jsonl",
                description = "JSON Lines with doc_id, text, cluster (default: ${DEFAULT-VALUE}).")
        Path file;

        @Option(names = "--threshold", description = "Cosine from which a document joins a story (default: Dyad's own).")
        Double threshold;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<StoriesEval.Gold> docs = StoriesEval.read(file);
            double t = threshold == null ? org.dyad.stories.StoryClusterer.THRESHOLD : threshold;
            long start = System.nanoTime();
            StoriesEval.Result r = StoriesEval.run(docs, t);
            double seconds = (System.nanoTime() - start) / 1e9;
            long gold = docs.stream().map(StoriesEval.Gold::cluster).distinct().count();
            out.printf(java.util.Locale.ROOT, "stories: %d documents, %d gold clusters, %d stories (threshold %.2f, %.2f s)%n",
                    r.documents(), gold, r.stories(), t, seconds);
            out.printf(java.util.Locale.ROOT, "dyad B-cubed: P %.2f R %.2f F1 %.2f%n", r.score().precision(), r.score().recall(), r.score().f1());
            out.println(BASELINE);
            return 0;
        }
    }

    /** {@code dyad eval seeds}: the seed articles against {@code gold.json}, by the seeds' README rules. */
    @Command(name = "seeds", mixinStandardHelpOptions = true,
            description = "Analyze the seed articles and score them against gold.json (as shared/tools/score.py does).")
    static final class Seeds implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--seeds", defaultValue = "../shared/seeds", description = "Seed folder with gold.json (default: ${DEFAULT-VALUE}).")
        Path seeds;

        @Override
        public Integer call() throws IOException {
            JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
            List<Analysis> analyses = analyze(seeds, gold, spec.commandLine().getErr());
            org.dyad.stories.Stories stories = new org.dyad.stories.Stories();
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            analyses.forEach(a -> ids.add(stories.add(a)));
            new SeedReport(spec.commandLine().getOut()).print(gold, analyses, ids.stream().map(stories::story).toList());
            return 0;
        }

        private static List<Analysis> analyze(Path seeds, JsonNode gold, PrintWriter err) {
            List<Path> files = new ArrayList<>();
            gold.get("documents").forEach(d -> files.add(seeds.resolve(d.get("file").asText())));
            Dyad dyad = Dyad.open();
            Sources sources = new Sources(r -> err.println("skipped " + r.source() + ": " + r.reason()));
            try (var articles = sources.read(files)) {
                return articles.map(dyad::analyze).toList();
            }
        }
    }

    /**
     * {@code dyad eval quotes}: Dyad's quotes on the seed articles side by side with CoreNLP's quote
     * annotator and its attribution, on the same cleaned narration, counted by the same rule.
     */
    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Score Dyad's quotes and CoreNLP's (quote annotator with attribution) on the seeds, side by side.")
    static final class Quotes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--seeds", defaultValue = "../shared/seeds", description = "Seed folder with gold.json (default: ${DEFAULT-VALUE}).")
        Path seeds;

        @Option(names = "--verbose", description = "List every quote of both systems with its speaker.")
        boolean verbose;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
            List<Analysis> analyses = Seeds.analyze(seeds, gold, spec.commandLine().getErr());
            org.dyad.annotate.StockQuotes stock = new org.dyad.annotate.StockQuotes();
            QuoteScore dyadTotal = new QuoteScore(0, 0, 0, 0, 0, 0);
            QuoteScore stockTotal = dyadTotal;
            int indirect = 0;
            int inPosts = 0;
            out.printf("%-12s %-8s %6s %14s %9s %7s %18s%n", "document", "system", "quotes", "text+speaker", "+date", "optional", "terms attributed");
            for (JsonNode g : gold.get("documents")) {
                String file = g.get("file").asText();
                Analysis a = analyses.stream().filter(x -> x.article().article().source().endsWith(file)).findFirst().orElseThrow();
                List<org.dyad.model.Quote> theirs = stock.find(a.article());
                // like for like: CoreNLP quotes the narration's quotation marks only
                List<org.dyad.model.Quote> ours = a.quotes().stream()
                        .filter(q -> q.kind() == org.dyad.model.Quote.Kind.DIRECT && q.post() == null).toList();
                indirect += (int) a.quotes().stream().filter(q -> q.kind() == org.dyad.model.Quote.Kind.INDIRECT).count();
                inPosts += (int) a.quotes().stream().filter(q -> q.post() != null).count();
                QuoteScore d = QuoteScore.of(g, ours);
                QuoteScore c = QuoteScore.of(g, theirs);
                print(out, file.substring(0, 12), "dyad", ours.size(), d);
                print(out, file.substring(0, 12), "corenlp", theirs.size(), c);
                if (verbose) {
                    list(out, "dyad", a.quotes());
                    list(out, "corenlp", theirs);
                }
                dyadTotal = dyadTotal.plus(d);
                stockTotal = stockTotal.plus(c);
            }
            // CoreNLP dates no quote: its "+date" counts only the gold quotes that give no date
            out.printf("quotes (text+speaker): dyad=%d/%d corenlp=%d/%d; with dates: dyad=%d/%d corenlp=%d/%d; optional: dyad=%d/%d corenlp=%d/%d%n",
                    dyadTotal.found(), dyadTotal.needed(), stockTotal.found(), stockTotal.needed(),
                    dyadTotal.foundDated(), dyadTotal.needed(), stockTotal.foundDated(), stockTotal.needed(),
                    dyadTotal.optionalFound(), dyadTotal.optional(), stockTotal.optionalFound(), stockTotal.optional());
            out.printf("dyad also: %d indirect (reported speech), %d inside embedded posts; not scored above%n", indirect, inPosts);
            return 0;
        }

        private static void list(PrintWriter out, String system, List<org.dyad.model.Quote> quotes) {
            for (org.dyad.model.Quote q : quotes) {
                String text = q.text().replaceAll("\\s+", " ");
                String where = q.post() != null ? "post " + q.post() : q.kind() == org.dyad.model.Quote.Kind.INDIRECT ? "indirect" : "";
                out.printf("  %-8s %-18s %-10s %-9s %s%n", system, q.speaker() == null ? "-" : q.speaker().name(),
                        q.date() == null ? "-" : q.date(), where, text.substring(0, Math.min(70, text.length())));
            }
        }

        private static void print(PrintWriter out, String doc, String system, int quotes, QuoteScore s) {
            out.printf("%-12s %-8s %6d %10d/%-3d %5d/%-3d %5d/%-3d %8d%n", doc, system, quotes, s.found(), s.needed(),
                    s.foundDated(), s.needed(), s.optionalFound(), s.optional(), s.termsAttributed());
        }
    }

    /** Prints seed scores in the reference scorer's layout. */
    static final class SeedReport {
        private final PrintWriter out;
        private final ObjectMapper json = new ObjectMapper();

        SeedReport(PrintWriter out) {
            this.out = out;
        }

        void print(JsonNode gold, List<Analysis> analyses, List<org.dyad.model.Story> stories) {
            int[][] totals = new int[5][2];
            double f1Sum = 0;
            int docs = 0;
            for (JsonNode g : gold.get("documents")) {
                String file = g.get("file").asText();
                JsonNode record = analyses.stream().filter(a -> a.article().article().source().endsWith(file))
                        .map(a -> json.valueToTree(AnalysisRecord.toMap(a))).map(JsonNode.class::cast).findFirst()
                        .orElseGet(json::createObjectNode);
                SeedScore.Result r = SeedScore.score(g, record);
                String tag = file.substring(0, Math.min(12, file.length()));
                SeedScore.Area[] areas = {r.clean(), r.posts(), r.times(), r.quotes(), r.events()};
                String[] names = {"clean", "posts", "times", "quotes", "events"};
                for (int i = 0; i < areas.length; i++) {
                    totals[i][0] += areas[i].found();
                    totals[i][1] += areas[i].needed();
                    out.printf("%s %-7s %d/%d%s%n", tag, names[i], areas[i].found(), areas[i].needed(),
                            areas[i].missing().isEmpty() ? "" : "  missing: " + areas[i].missing());
                }
                SeedScore.EventPrf prf = r.eventPrf();
                out.printf("%s events  P=%.2f R=%.2f F1=%.2f%s%n", tag, prf.p(), prf.r(), prf.f1(),
                        prf.falsePositives().isEmpty() ? "" : "  false+: " + prf.falsePositives().subList(0, Math.min(6, prf.falsePositives().size())));
                f1Sum += prf.f1();
                docs++;
            }
            List<JsonNode> records = analyses.stream().map(a -> (JsonNode) json.valueToTree(AnalysisRecord.toMap(a))).toList();
            List<JsonNode> storyRecords = stories.stream().map(s -> (JsonNode) json.valueToTree(AnalysisRecord.toMap(s))).toList();
            out.printf("clean=%d/%d posts=%d/%d times=%d/%d quotes=%d/%d events=%d/%d eventF1=%.2f%s%n",
                    totals[0][0], totals[0][1], totals[1][0], totals[1][1], totals[2][0], totals[2][1],
                    totals[3][0], totals[3][1], totals[4][0], totals[4][1], docs == 0 ? 0 : f1Sum / docs,
                    gold.has("story") ? SeedScore.story(gold, records, storyRecords) : "");
        }
    }
}
