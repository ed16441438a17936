package org.dyad.cli;

import org.dyad.model.DyadSeries;
import org.dyad.model.StoryEvent;
import org.dyad.stories.Stories;
import org.dyad.store.Store;
import org.dyad.store.StoredStories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dyad stories} and {@code dyad dyad A B}: what the store holds of stories and dyads. */
final class StoryCommands {
    private StoryCommands() {
    }

    /** The stages' {@link Stories}, resumed from what a store remembers: its documents back in their stories. */
    static Stories resume(Store store) {
        return StoredStories.resume(store);
    }

    private static boolean missing(Path db, PrintWriter err) {
        if (!Files.exists(db)) {
            err.println("no store at " + db + ": analyze some articles first (dyad analyze PATH --db " + db + ")");
            return true;
        }
        return false;
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "List the stories in the store, most documents first, with their most reported events.")
    static final class List_ implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "DuckDB store (default: ${DEFAULT-VALUE}).")
        Path db;

        @Option(names = "--limit", defaultValue = "50", description = "Stories to list (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (missing(db, spec.commandLine().getErr())) {
                return 2;
            }
            try (Store store = Store.open(db)) {
                List<Store.StoredStory> stories = store.stories();
                Map<String, List<StoryEvent>> events = new java.util.HashMap<>();
                List<StoryEvent> all = store.storyEvents();
                Map<String, String> storyOf = store.storyOfDocuments();
                for (StoryEvent e : all) {
                    events.computeIfAbsent(storyOf.get(e.documents().get(0)), k -> new java.util.ArrayList<>()).add(e);
                }
                out.printf(Locale.ROOT, "%d stories of %d documents%n", stories.size(), store.countDocuments());
                StoryPrinter printer = new StoryPrinter(out);
                for (Store.StoredStory s : stories.subList(0, Math.min(limit, stories.size()))) {
                    out.printf(Locale.ROOT, "%s  %d document%s, %d events%n", s.id(), s.documents(), s.documents() == 1 ? "" : "s", s.events());
                    printer.headlines(events.getOrDefault(s.id(), List.of()));
                }
            }
            return 0;
        }
    }

    @Command(name = "dyad", mixinStandardHelpOptions = true,
            description = "Monthly events and mean Goldstein score between two countries (or actors), from the stored stories.")
    static final class Pair implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A", description = "A country code (e.g. USA) or actor id or name.")
        String a;

        @Parameters(index = "1", paramLabel = "B", description = "The other.")
        String b;

        @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "DuckDB store (default: ${DEFAULT-VALUE}).")
        Path db;

        @Override
        public Integer call() {
            if (missing(db, spec.commandLine().getErr())) {
                return 2;
            }
            try (Store store = Store.open(db)) {
                DyadSeries d = store.dyad(a, b);
                new StoryPrinter(spec.commandLine().getOut()).print(d);
            }
            return 0;
        }
    }
}
