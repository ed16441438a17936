package org.dyad.cli;

import org.dyad.annotate.Treebank;
import org.dyad.events.petrarch.ActorDictionary;
import org.dyad.events.petrarch.Discards;
import org.dyad.events.petrarch.PetrarchCoder;
import org.dyad.events.petrarch.PetrarchCoder.Coding;
import org.dyad.events.petrarch.VerbDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code dyad eval petrarch-unit}: PETRARCH2's own unit-test records, coded from their Treebank
 * parses with the suite's {@code PETR.Validate.*} dictionaries, scored exactly (full actor codes).
 */
@Command(name = "petrarch-unit", mixinStandardHelpOptions = true,
        description = "Code PETRARCH's unit-test parses with its validation dictionaries and score exact codings per category.")
final class PetrarchUnitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "../shared/eval/events/petrarch-unit",
            description = "Folder with PETR.UnitTest.records.xml and PETR.Validate.* (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--verbose", description = "List each record's missed and extra codings.")
    boolean verbose;

    /** The scores of one category (or of all). */
    static final class Tally {
        final MatchScore<Coding, Coding> root = CodingScore.of(false);
        final MatchScore<Coding, Coding> full = CodingScore.of(true);
        int noEventRecords;
        int noEventCoded;
        int errorRecords;
        int errorCoded;
        int records;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Tally> tallies = run(dir, verbose ? out : null);
        out.printf("%-9s %4s %5s %5s %6s %5s   %-18s   %-18s  %-14s  %s%n", "category", "recs", "gold", "found", "exact", "coded",
                "root P / R / F1", "full P / R / F1", "no-event coded", "error recs coded");
        tallies.forEach((category, t) -> out.printf(Locale.ROOT,
                "%-9s %4d %5d %5d %5.1f%% %5d   %.2f / %.2f / %.2f   %.2f / %.2f / %.2f  %-14s  %s%n",
                category, t.records, t.full.gold(), t.full.matched(), 100 * t.full.recall(), t.full.predicted(),
                t.root.precision(), t.root.recall(), t.root.f1(), t.full.precision(), t.full.recall(), t.full.f1(),
                t.noEventCoded + " of " + t.noEventRecords, t.errorCoded + " of " + t.errorRecords));
        return 0;
    }

    /** Codes every record; tallies per category and under "ALL". Prints misses when {@code verbose} is given. */
    static Map<String, Tally> run(Path dir, PrintWriter verbose) throws IOException {
        PetrarchCoder coder = coder(dir);
        Map<String, Tally> tallies = new TreeMap<>();
        for (PetrarchValidation.Case c : PetrarchValidation.read(dir.resolve("PETR.UnitTest.records.xml"))) {
            List<Coding> coded = c.parse() == null ? List.of()
                    : Treebank.read(c.parse()).map(t -> coder.code(t, c.date() == null ? null : LocalDate.parse(c.date()))).orElse(List.of());
            List<Coding> gold = c.codings().stream().map(g -> new Coding(blank(g.source()), blank(g.target()), g.cameo())).toList();
            List<Coding> missed = List.of();
            for (String key : List.of("ALL", String.valueOf(c.category()))) {
                Tally t = tallies.computeIfAbsent(key, k -> new Tally());
                t.records++;
                t.root.add(gold, coded);
                missed = t.full.add(gold, coded);
                if (c.noEvents()) {
                    t.noEventRecords++;
                    t.noEventCoded += coded.isEmpty() ? 0 : 1;
                }
                if (c.error() != null) {
                    t.errorRecords++;
                    t.errorCoded += coded.isEmpty() ? 0 : 1;
                }
            }
            if (verbose != null && (!missed.isEmpty() || coded.size() > gold.size() - missed.size())) {
                List<Coding> extra = new ArrayList<>(coded);
                gold.forEach(extra::remove);
                verbose.printf("%s [%s] %s%n  missed: %s%n  extra:  %s%n", c.id(), c.category(), c.text(), missed, extra);
            }
        }
        return tallies;
    }

    /** The suite writes a missing actor as "" or "---". */
    private static String blank(String code) {
        return code == null || code.isEmpty() ? "---" : code;
    }

    static PetrarchCoder coder(Path dir) throws IOException {
        try (Reader verbs = reader(dir, "PETR.Validate.verbs.txt"); Reader actors = reader(dir, "PETR.Validate.actors.txt");
             Reader agents = reader(dir, "PETR.Validate.agents.txt"); Reader discards = reader(dir, "PETR.Validate.discards.txt")) {
            return new PetrarchCoder(VerbDictionary.read(verbs), ActorDictionary.read(actors, agents), Discards.read(discards));
        }
    }

    private static Reader reader(Path dir, String name) throws IOException {
        return Files.newBufferedReader(dir.resolve(name), StandardCharsets.ISO_8859_1);
    }
}
