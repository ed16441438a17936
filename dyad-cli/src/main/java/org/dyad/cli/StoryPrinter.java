package org.dyad.cli;

import org.dyad.model.DyadSeries;
import org.dyad.model.Story;
import org.dyad.model.StoryEvent;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Prints stories (a line each, with their headline events) and dyad series (a table with bars). */
final class StoryPrinter {
    /** Headline events shown per story: the most reported ones. */
    static final int HEADLINES = 3;
    /** Width of a bar of the Goldstein chart, each side of zero. */
    static final int HALF_BAR = 20;

    private final PrintWriter out;

    StoryPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(Story s) {
        long corroborated = s.events().stream().filter(e -> e.documents().size() > 1).count();
        out.printf(Locale.ROOT, "%s  %d documents, %d events (%d reported by more than one), %d quote variants%n",
                s.id(), s.documents().size(), s.events().size(), corroborated, s.quoteVariants().size());
        headlines(s.events());
        out.println("  documents: " + String.join(", ", s.documents()));
    }

    /** The most reported events, ties in story order. */
    void headlines(List<StoryEvent> events) {
        events.stream().sorted(Comparator.comparingInt((StoryEvent e) -> -e.documents().size())).limit(HEADLINES)
                .forEach(e -> out.printf(Locale.ROOT, "  %-10s %s %s → %s  (%s, %d document%s)%n", e.date() == null ? "-" : e.date(),
                        e.cameo(), name(e.source()), name(e.target()), e.plover() == null ? "-" : e.plover(), e.documents().size(),
                        e.documents().size() == 1 ? "" : "s"));
    }

    /** The series as a table, with the mean Goldstein as a bar left (conflict) or right (cooperation) of zero. */
    void print(DyadSeries d) {
        out.printf("%s–%s: events either way by the month they happened, each happening once%n", d.pair().get(0), d.pair().get(1));
        if (d.series().isEmpty()) {
            out.println("  no dated events between them");
            return;
        }
        out.printf("  %-7s %6s %9s  %-" + (2 * HALF_BAR + 1) + "s%n", "month", "events", "goldstein", "conflict ← 0 → cooperation");
        for (DyadSeries.Period p : d.series()) {
            out.printf(Locale.ROOT, "  %-7s %6d %+9.2f  %s%n", p.period(), p.events(), p.goldstein(), bar(p.goldstein()));
        }
        out.println("  events:    " + sparkline(d.series()));
    }

    static String bar(double goldstein) {
        int n = (int) Math.round(Math.abs(goldstein) / 10 * HALF_BAR);
        String left = goldstein < 0 ? " ".repeat(HALF_BAR - n) + "█".repeat(n) : " ".repeat(HALF_BAR);
        String right = goldstein > 0 ? "█".repeat(n) : "";
        return left + "│" + right;
    }

    static String sparkline(List<DyadSeries.Period> series) {
        String ticks = "▁▂▃▄▅▆▇█";
        int max = series.stream().mapToInt(DyadSeries.Period::events).max().orElse(1);
        StringBuilder b = new StringBuilder();
        for (DyadSeries.Period p : series) {
            b.append(ticks.charAt(Math.max(0, (int) Math.ceil((double) p.events() / max * ticks.length()) - 1)));
        }
        return b.toString();
    }

    private static String name(org.dyad.model.ActorRef r) {
        return r == null ? "?" : r.name() + (r.country() == null ? "" : " (" + r.country() + ")");
    }
}
