package org.dyad.html;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Token-level precision and recall of an extracted text against a reference, the metric of the
 * scrapinghub article-extraction benchmark: whitespace tokens, counted as multisets.
 *
 * @param precision share of the extracted tokens found in the reference (0 when nothing was extracted)
 * @param recall    share of the reference's tokens found in the extraction (1 when the reference is empty)
 */
public record TokenOverlap(double precision, double recall) {
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    public static TokenOverlap of(String extracted, String reference) {
        Map<String, Integer> want = counts(reference);
        Map<String, Integer> got = counts(extracted);
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        int shared = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            shared += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        double precision = gotTotal == 0 ? (wantTotal == 0 ? 1 : 0) : (double) shared / gotTotal;
        double recall = wantTotal == 0 ? 1 : (double) shared / wantTotal;
        return new TokenOverlap(precision, recall);
    }

    /** The harmonic mean of precision and recall. */
    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public double f1() {
        return f1(precision, recall);
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String token : WHITESPACE.split(text.strip())) {
            if (!token.isEmpty()) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts;
    }
}
