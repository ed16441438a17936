package org.dyad.cli;

import org.dyad.Dyad;
import org.dyad.cli.TimeMl.Timex;
import org.dyad.model.Analysis;
import org.dyad.model.Article;
import org.dyad.model.Dropped;
import org.dyad.model.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code dyad eval time}: Dyad's time expressions on the TempEval-3 platinum documents, each
 * analyzed as an article published at its creation time, scored by TempEval-3's TIMEX3 measures.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "Score Dyad's time expressions on TempEval-3 platinum (strict and relaxed span P/R/F1, value F1).")
final class TimeEvalCommand implements Callable<Integer> {
    /** The peers' published figures on this set (../shared/eval/README.md), in the order of the table's rows. */
    static final String[] PEERS = {"ClearTK 82.7, HeidelTime 81.3, SUTime 79.6", "-", "HeidelTime 77.6, SUTime 67.4"};

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "../shared/eval/time/te3-platinum",
            description = "The TempEval-3 platinum folder, with gold/*.tml (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--verbose", description = "List each document's missed, spurious, partly matched and wrongly valued timexes.")
    boolean verbose;

    /** The scores over all documents, the lines the cleaner dropped and the gold timexes in them. */
    record Result(int documents, TimexScore score, int droppedLines, int goldOutsideNarration) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir.resolve("gold"))) {
            spec.commandLine().getErr().println("eval time: no gold/ under " + dir);
            return 2;
        }
        Result r = run(dir, Dyad.open(), verbose ? out : null);
        TimexScore s = r.score();
        out.printf("time: %d documents, %d gold TIMEX3, %d by Dyad; the cleaner dropped %d lines, with %d gold TIMEX3%n",
                r.documents(), s.gold(), s.system(), r.droppedLines(), r.goldOutsideNarration());
        out.printf("%-13s %6s %6s %6s   %s%n", "TIMEX3", "P", "R", "F1", "peers F1 (published)");
        String[] names = {"strict span", "relaxed span", "value"};
        List<TimexScore.Prf> rows = List.of(s.strict(), s.relaxed(), s.value());
        for (int i = 0; i < names.length; i++) {
            TimexScore.Prf p = rows.get(i);
            out.printf(Locale.ROOT, "%-13s %6.1f %6.1f %6.1f   %s%n", names[i], 100 * p.precision(), 100 * p.recall(), 100 * p.f1(), PEERS[i]);
        }
        return 0;
    }

    /** Analyzes and scores every gold document of {@code dir}; lists each one's errors when {@code verbose} is given. */
    static Result run(Path dir, Dyad dyad, PrintWriter verbose) throws IOException {
        TimexScore score = new TimexScore();
        int droppedLines = 0;
        int outside = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(dir.resolve("gold"))) {
            files = list.filter(f -> f.toString().endsWith(".tml")).sorted().toList();
        }
        for (Path file : files) {
            TimeMl gold = TimeMl.read(file);
            Analysis analysis = dyad.analyze(new Article(gold.id(), file.toString(), gold.text(), gold.title(), null, null,
                    List.of(), gold.dct()));
            SourceOffsets offsets = SourceOffsets.align(gold.text(), analysis.article().text());
            List<Timex> dropped = gold.times().stream().filter(t -> !offsets.keeps(t.start(), t.end())).toList();
            droppedLines += analysis.article().dropped().size();
            outside += dropped.size();
            TimexScore.Errors errors = score.add(gold.times(), system(analysis.times(), offsets));
            if (verbose != null) {
                print(verbose, gold.id(), errors, dropped, analysis.article().dropped());
            }
        }
        return new Result(files.size(), score, droppedLines, outside);
    }

    /** Dyad's timexes at their offsets in the source text. */
    private static List<Timex> system(List<TimeExpression> times, SourceOffsets offsets) {
        return times.stream().map(t -> new Timex(offsets.start(t.start(), t.end()), offsets.end(t.start(), t.end()), t.text(), t.value()))
                .toList();
    }

    private static void print(PrintWriter out, String doc, TimexScore.Errors e, List<Timex> dropped, List<Dropped> lines) {
        if (e.missed().isEmpty() && e.spurious().isEmpty() && e.partial().isEmpty() && e.wrongValue().isEmpty() && lines.isEmpty()) {
            return;
        }
        out.println(doc);
        lines.forEach(d -> out.printf("  cleaner   dropped %s: %s%n", d.reason(), d.text()));
        e.missed().forEach(t -> out.printf("  missed    %-28s %s%s%n", quoted(t), t.value(), dropped.contains(t) ? "  (dropped by the cleaner)" : ""));
        e.spurious().forEach(t -> out.printf("  spurious  %-28s %s%n", quoted(t), t.value()));
        e.partial().forEach(p -> out.printf("  overlap   gold %s, dyad %s%n", quoted(p.gold()), quoted(p.system())));
        e.wrongValue().forEach(p -> out.printf("  value     %-28s gold %s, dyad %s%n", quoted(p.gold()), p.gold().value(), p.system().value()));
    }

    private static String quoted(Timex t) {
        return "\"" + t.text().replaceAll("\\s+", " ") + "\"";
    }
}
