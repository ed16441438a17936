package org.dyad.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision and recall of a clustering against gold clusters (Bagga and Baldwin 1998): for
 * each item, the share of its cluster that shares its gold cluster, and the share of its gold cluster
 * found in its cluster, averaged over items.
 */
public record BCubed(double precision, double recall) {
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Scores {@code predicted} (item → cluster) against {@code gold} (item → cluster); items are those of gold. */
    public static BCubed score(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Integer> predictedSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (String item : gold.keySet()) {
            String p = predicted.get(item);
            if (p == null) {
                throw new IllegalArgumentException("no cluster for " + item);
            }
            predictedSize.merge(p, 1, Integer::sum);
            goldSize.merge(gold.get(item), 1, Integer::sum);
            both.merge(p + "\u0000" + gold.get(item), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (String item : gold.keySet()) {
            String p = predicted.get(item);
            double shared = both.get(p + "\u0000" + gold.get(item));
            precision += shared / predictedSize.get(p);
            recall += shared / goldSize.get(gold.get(item));
        }
        int n = gold.size();
        return n == 0 ? new BCubed(0, 0) : new BCubed(precision / n, recall / n);
    }
}
