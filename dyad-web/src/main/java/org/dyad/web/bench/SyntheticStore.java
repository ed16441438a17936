package org.dyad.web.bench;

import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Published;
import org.dyad.model.Quote;
import org.dyad.model.TimeExpression;
import org.dyad.store.Store;

import java.time.LocalDate;
import java.util.List;

/**
 * Fills a store with hand-built analyses for the load benchmark: no NLP, so 20,000 documents take
 * a minute, not hours. Actors, outlets, words and dates vary so searches and filters hit a spread of rows.
 */
public final class SyntheticStore {
    private static final String[][] ACTORS = {{"usa-gov", "United States", "USA"}, {"col-gov", "Colombia", "COL"},
            {"chn-gov", "China", "CHN"}, {"rus-gov", "Russia", "RUS"}, {"bra-gov", "Brazil", "BRA"}, {"fra-gov", "France", "FRA"}};
    private static final String[] OUTLETS = {"Reuters", "El Tiempo", "Xinhua", "AP", "Le Monde"};
    private static final String[][] CODES = {{"040", "CONSULT", "1.0", "met"}, {"163", "SANCTION", "-8.0", "sanctioned"},
            {"111", "DISAPPROVE", "-2.0", "criticized"}, {"057", "AGREE", "8.0", "signed an agreement with"}};
    /** Words searched for by the benchmark; each document carries some of them. */
    public static final List<String> WORDS = List.of("trade", "border", "energy", "security", "talks", "election", "coffee", "oil");

    private SyntheticStore() {
    }

    /** Saves {@code n} documents with ids {@code bench-0 …}; their ids are returned by {@link #id}. */
    public static void fill(Store store, int n) {
        for (int i = 0; i < n; i++) {
            store.save(analysis(i));
        }
    }

    public static String id(int i) {
        return "bench-" + i;
    }

    static Analysis analysis(int i) {
        String[] s = ACTORS[i % ACTORS.length];
        String[] t = ACTORS[(i / ACTORS.length + 1 + i) % ACTORS.length];
        if (s == t) {
            t = ACTORS[(i + 1) % ACTORS.length];
        }
        String[] code = CODES[i % CODES.length];
        String day = LocalDate.of(2024, 1, 1).plusDays(i % 730).toString();
        String text = s[1] + " " + code[3] + " " + t[1] + " over " + WORDS.get(i % WORDS.size()) + " and "
                + WORDS.get((i / 3) % WORDS.size()) + ", officials said on " + day + " in report " + i + ".";
        Article article = Article.ofText(id(i), "bench#" + i, text);
        ActorRef src = new ActorRef(s[0], s[1], s[2], "GOV");
        ActorRef tgt = new ActorRef(t[0], t[1], t[2], "GOV");
        CleanArticle clean = new CleanArticle(article, "Report " + i + ": " + s[1] + " and " + t[1], OUTLETS[i % OUTLETS.length], null,
                List.of(), new Published(day, Published.Source.METADATA), "en", text, List.of(), List.of(), List.of());
        return new Analysis(clean, List.of(new TimeExpression(day, day, "DATE", 0, s[1].length(), 0)),
                List.of(new Actor(s[0], s[1], s[2], "GOV", null, false), new Actor(t[0], t[1], t[2], "GOV", null, false)),
                List.of(new Quote(text.substring(0, 20), src, day, 0, 20)),
                List.of(new Event("e1", src, tgt, code[0], code[1], Double.parseDouble(code[2]), day, Event.DateSource.TEXT,
                        new Location(null, t[2]), text, 0, text.length(), 0.9)),
                text.split(" ").length, List.of());
    }
}
