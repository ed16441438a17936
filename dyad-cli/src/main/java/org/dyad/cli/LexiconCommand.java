package org.dyad.cli;

import net.sf.extjwnl.dictionary.Dictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad lexicon widen}: writes the WordNet widening of the verb lexicon, a resource the coder reads. */
@Command(name = "lexicon", mixinStandardHelpOptions = true, description = "Maintain the event lexicon.",
        subcommands = LexiconCommand.Widen.class)
final class LexiconCommand {

    @Command(name = "widen", mixinStandardHelpOptions = true,
            description = "Write the verbs WordNet 3.1 adds to verbs.tsv (synonyms by their commonest sense).")
    static final class Widen implements Callable<Integer> {
        private static final String RESOURCES = "dyad-core/src/main/resources/org/dyad/events/";

        @Spec
        CommandSpec spec;

        @Option(names = "--verbs", defaultValue = RESOURCES + "verbs.tsv", description = "The lexicon (default: ${DEFAULT-VALUE}).")
        Path verbs;

        @Option(names = "--out", defaultValue = RESOURCES + "verbs-wordnet.tsv", description = "Where to write (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws Exception {
            List<WordNetWidener.Row> added = new WordNetWidener(Dictionary.getDefaultResourceInstance()).widen(read(verbs));
            List<String> lines = new ArrayList<>(List.of(
                    "# Verbs that WordNet 3.1 adds to verbs.tsv, written by `dyad lexicon widen` (do not edit: edit verbs.tsv and rerun).",
                    "# A verb of verbs.tsv lends its rows to the other verbs of its commonest sense where that sense is their own",
                    "# commonest too, seen in WordNet's tagged texts, and they have at most 8 senses. Columns as in verbs.tsv;",
                    "# the last says where the row came from.",
                    "# WordNet 3.1: Princeton University, https://wordnet.princeton.edu (WordNet license)."));
            added.forEach(r -> lines.add(String.join("\t", r.key(), r.frame(), r.cameo(), r.note())));
            Files.write(out, lines, StandardCharsets.UTF_8);
            spec.commandLine().getOut().printf("%d rows for %d verbs written to %s%n", added.size(),
                    added.stream().map(WordNetWidener.Row::key).distinct().count(), out);
            return 0;
        }

        private static List<WordNetWidener.Row> read(Path file) throws IOException {
            List<WordNetWidener.Row> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (!line.startsWith("#") && cells.length >= 3) {
                    rows.add(new WordNetWidener.Row(cells[0], cells[1], cells[2], cells.length > 3 ? cells[3] : ""));
                }
            }
            return rows;
        }
    }
}
