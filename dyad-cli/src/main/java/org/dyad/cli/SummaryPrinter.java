package org.dyad.cli;

import org.dyad.model.Analysis;
import org.dyad.model.CleanArticle;

import java.io.PrintWriter;

/** Prints the short human summary of an analyzed document. */
final class SummaryPrinter {
    /** How much of the cleaned text to show. */
    static final int PREVIEW_LINES = 3;
    static final int PREVIEW_WIDTH = 100;

    private final PrintWriter out;

    SummaryPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(Analysis a) {
        CleanArticle c = a.article();
        out.printf("%s  %s%n", c.id(), c.article().source());
        out.printf("  title:     %s%n", orDash(c.title()));
        out.printf("  outlet:    %s%n", orDash(c.outlet()));
        out.printf("  published: %s%s%n", orDash(c.published().value()),
                c.published().value() == null ? "" : " (" + c.published().source().name().toLowerCase().replace('_', ' ') + ")");
        out.printf("  language:  %s%n", orDash(c.language()));
        out.printf("  counts:    %d posts, %d times, %d quotes, %d events%n",
                c.posts().size(), a.times().size(), a.quotes().size(), a.events().size());
        c.text().lines().filter(l -> !l.isBlank()).limit(PREVIEW_LINES)
                .forEach(l -> out.println("  | " + (l.length() > PREVIEW_WIDTH ? l.substring(0, PREVIEW_WIDTH) + "…" : l)));
        a.notes().forEach(n -> out.println("  note: " + n));
        out.println();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
