package org.dyad.cli;

import org.dyad.Dyad;
import org.dyad.ingest.web.FeedPoller;
import org.dyad.ingest.web.PageFetcher;
import org.dyad.model.Analysis;
import org.dyad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code dyad ingest}: brings news in from the web. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Bring news in from the web.",
        subcommands = {IngestCommand.Feed.class})
final class IngestCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /**
     * {@code dyad ingest feed URL|FILE}: fetches the pages of a feed's new items, analyzes them into the
     * store, and with {@code --every} keeps polling. A failed page is recorded and tried again on the
     * next poll; nothing a page or the feed does stops the loop.
     */
    @Command(name = "feed", mixinStandardHelpOptions = true,
            description = "Read an RSS or Atom feed, fetch and analyze the pages of its new items into the store; "
                    + "with --every, keep polling until stopped.")
    static final class Feed implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "URL|FILE", description = "The feed: an http(s) URL or a file.")
        String feed;

        @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "Poll again after this long (30s, 15m, 1h, PT15M); without it, poll once.")
        Duration every;

        @Option(names = "--polls", defaultValue = "0", description = "With --every, stop after this many polls (default: never).")
        int polls;

        @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "DuckDB store (default: ${DEFAULT-VALUE}).")
        Path db;

        @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
                description = "Longest wait for one page (default: ${DEFAULT-VALUE}).")
        Duration timeout;

        @Option(names = "--max-bytes", defaultValue = "8388608", description = "Largest page fetched (default: ${DEFAULT-VALUE}).")
        long maxBytes;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            PageFetcher fetcher = new PageFetcher(new PageFetcher.Limits(PageFetcher.DEFAULTS.connectTimeout(), timeout,
                    PageFetcher.DEFAULTS.maxRedirects(), maxBytes));
            Dyad dyad = Dyad.open();
            try (Store store = Store.open(db)) {
                FeedPoller poller = new FeedPoller(fetcher, store);
                for (int n = 1; ; n++) {
                    FeedPoller.Poll poll = pollOnce(poller, dyad, store, out);
                    report(out, n, poll);
                    if (every == null || (polls > 0 && n >= polls)) {
                        return poll.feedProblem() != null ? 1 : 0;
                    }
                    Thread.sleep(every.toMillis());
                }
            }
        }

        /** One poll; whatever goes wrong in it (the store, the network) is reported as the feed's problem, and the loop goes on. */
        private FeedPoller.Poll pollOnce(FeedPoller poller, Dyad dyad, Store store, PrintWriter out) {
            try {
                return poller.poll(feed, article -> {
                    // feeds carry syndicated copies: a copy is linked before the NLP is spent on it
                    Optional<String> stored = store.linkIfStored(dyad.clean(article));
                    if (stored.isPresent()) {
                        out.println("  " + article.source() + " = copy of " + stored.get());
                        return;
                    }
                    Analysis a = dyad.analyze(article);
                    String holder = store.save(a);
                    out.println("  " + article.source() + (holder.equals(a.id()) ? " -> " + holder : " = copy of " + holder));
                });
            } catch (RuntimeException e) {
                return new FeedPoller.Poll(List.of(), List.of(), "poll failed: " + e.getMessage());
            }
        }

        private void report(PrintWriter out, int n, FeedPoller.Poll poll) {
            if (poll.feedProblem() != null) {
                out.printf("poll %d: %s: %s (will try again)%n", n, feed, poll.feedProblem());
                return;
            }
            out.printf("poll %d: %d new, %d failed%n", n, poll.fetched().size(), poll.failed().size());
            poll.failed().forEach(f -> out.println("  failed " + f + " (will try again)"));
            out.flush();
        }
    }

    /** Durations as people write them: {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d}, or ISO 8601 ({@code PT15M}). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

        @Override
        public Duration convert(String value) {
            Matcher m = SHORT.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
            try {
                return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("not a duration: " + value + " (try 30s, 15m, 1h or PT15M)");
            }
        }
    }
}
