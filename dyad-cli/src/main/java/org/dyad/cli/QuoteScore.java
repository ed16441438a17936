package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.model.Quote;

import java.util.List;

/**
 * Counts the gold quotes of one seed document that a list of quotes finds, by the seeds' README rule
 * (the output text contains the gold words, quote marks and spaces folded, and the speaker shares the
 * gold speaker's surname), with or without the gold date.
 */
record QuoteScore(int found, int foundDated, int needed, int optionalFound, int optional, int termsAttributed) {

    static QuoteScore of(JsonNode gold, List<Quote> quotes) {
        int found = 0;
        int dated = 0;
        int needed = 0;
        int optionalFound = 0;
        int optional = 0;
        for (JsonNode g : SeedScore.list(gold, "quotes")) {
            boolean hit = quotes.stream().anyMatch(q -> matches(g, q, false));
            if (g.path("optional").asBoolean(false)) {
                optional++;
                optionalFound += hit ? 1 : 0;
            } else {
                needed++;
                found += hit ? 1 : 0;
                dated += quotes.stream().anyMatch(q -> matches(g, q, true)) ? 1 : 0;
            }
        }
        int terms = (int) quotes.stream().filter(q -> q.speaker() != null && SeedScore.list(gold, "not_quotes").stream()
                .anyMatch(n -> SeedScore.norm(SeedScore.text(n, "contains")).equals(SeedScore.norm(q.text())))).count();
        return new QuoteScore(found, dated, needed, optionalFound, optional, terms);
    }

    private static boolean matches(JsonNode g, Quote q, boolean withDate) {
        String date = SeedScore.text(g, "date");
        return SeedScore.norm(q.text()).contains(SeedScore.norm(SeedScore.text(g, "contains"))) && q.speaker() != null
                && SeedScore.surname(q.speaker().name()).equals(SeedScore.surname(SeedScore.text(g, "speaker")))
                && (!withDate || date == null || SeedScore.dateOk(date, q.date()));
    }

    QuoteScore plus(QuoteScore o) {
        return new QuoteScore(found + o.found, foundDated + o.foundDated, needed + o.needed, optionalFound + o.optionalFound,
                optional + o.optional, termsAttributed + o.termsAttributed);
    }
}
