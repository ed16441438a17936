package org.dyad.stories;

import org.dyad.model.Validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Document frequencies of {@link Terms} over a sample of news, which the clusterer's word rarity starts
 * from before the stream teaches it more.
 *
 * @param documents  documents in the sample
 * @param frequencies for each term, the documents of the sample holding it
 */
public record Background(int documents, Map<String, Integer> frequencies) {
    /** No sample: rarity from the stream alone. */
    public static final Background NONE = new Background(0, Map.of());
    /** The resource built by {@link #of} from the MEANTIME news (120 Wikinews articles of 2004-2011, CC BY 4.0). */
    public static final String MEANTIME_RESOURCE = "meantime-df.tsv";
    /** The 120 MEANTIME Wikinews articles ({@code shared/eval/news/meantime_en_docs.jsonl}, title and text). */
    public static final Background MEANTIME = read(MEANTIME_RESOURCE);

    public Background {
        Validate.isTrue(documents >= 0, "documents must not be negative");
        frequencies = Map.copyOf(frequencies);
    }

    /** This sample and another counted together. */
    public Background plus(Background other) {
        return add(other, 1);
    }

    /** This sample without another, part of it. */
    public Background minus(Background part) {
        return add(part, -1);
    }

    private Background add(Background other, int sign) {
        Map<String, Integer> df = new HashMap<>(frequencies);
        other.frequencies.forEach((t, f) -> df.merge(t, sign * f, Integer::sum));
        return new Background(documents + sign * other.documents, df);
    }

    int frequency(String term) {
        return frequencies.getOrDefault(term, 0);
    }

    /** The document frequencies of these texts' terms. */
    public static Background of(Iterable<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (String text : texts) {
            n++;
            Terms.of(StoryDocument.ofText("background", null, text)).keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        return new Background(n, df);
    }

    private static final String HEADER = """
            # Document frequencies of org.dyad.stories.Terms over a news sample (see Background): how many of the 120
            # MEANTIME Wikinews articles (../shared/eval/news/meantime_en_docs.jsonl; CC BY 4.0, MEANTIME corpus,
            # Minard et al. 2016) hold each term. Counts only, no text; StoriesEvalTest rebuilds it from that file and
            # checks it is the same. Not derived from the ECB+ set the clustering is evaluated on.
            """;

    /** As a table: comment lines, {@code #documents<TAB>n}, then {@code term<TAB>frequency} by term. */
    public String table() {
        StringBuilder b = new StringBuilder(HEADER);
        b.append("#documents\t").append(documents).append('\n');
        new TreeMap<>(frequencies).forEach((t, f) -> b.append(t).append('\t').append(f).append('\n'));
        return b.toString();
    }

    static Background read(String resource) {
        try (InputStream in = Background.class.getResourceAsStream(resource)) {
            Validate.isTrue(in != null, "no resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Integer> df = new HashMap<>();
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#documents\t")) {
                    n = Integer.parseInt(line.substring(tab + 1));
                } else if (tab > 0 && !line.startsWith("# ")) {
                    df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
                }
            }
            return new Background(n, df);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
