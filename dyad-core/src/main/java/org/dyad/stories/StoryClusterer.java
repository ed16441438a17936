package org.dyad.stories;

import org.dyad.model.Validate;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups documents into stories as they arrive, in one pass: each new document joins the story whose
 * centroid is most like it (tf-idf cosine over {@link Terms}) if that is at least the story's bar and
 * the story's publication dates lie within {@link #WINDOW_DAYS} of the document's, else it starts a
 * story of its own, named after it.
 *
 * <p>Word rarity (idf) counts the documents seen so far on top of a fixed table of document
 * frequencies from general news ({@link Background#MEANTIME}, 120 Wikinews articles): learnt from the
 * stream alone, the first documents of a new subject find all its words rare, the generic ones
 * ("coach", "earthquake") as much as those that tell one happening from another. The bar is
 * {@link #THRESHOLD} for a story of one document and rises by {@link #GROWTH} times the log of its
 * size: a centroid of many documents is a broad profile that a report of a neighbouring happening
 * with the same names and vocabulary comes close to, so a larger story asks for a closer match.
 *
 * <p>No pass over all stories: the candidates are the stories that share one of the document's
 * {@link #CANDIDATE_TERMS} heaviest terms (an inverted index from term to story), and each term lists
 * only the {@link #MAX_POSTINGS} stories that used it last. So the cost of adding a document does
 * not grow with the number stored; an old story stays reachable through its rarer terms. Not
 * thread-safe: one clusterer per stream.
 */
public final class StoryClusterer {
    /** Cosine to a one-document story's centroid from which a document joins it (measured on ECB+, see README). */
    public static final double THRESHOLD = 0.24;
    /** How the bar rises with a story's size n: {@code threshold * (1 + GROWTH * ln n)}. */
    public static final double GROWTH = 0.1;
    /** Days between a document's publication and a story's earliest or latest within which it may join. */
    public static final int WINDOW_DAYS = 14;
    /** How many of a document's heaviest terms look up candidate stories. */
    public static final int CANDIDATE_TERMS = 40;
    /** The stories a term lists: the latest to use it. */
    public static final int MAX_POSTINGS = 200;

    private final double threshold;
    private final Background background;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;
    private final Map<String, Cluster> stories = new HashMap<>();
    private final Map<String, Cluster> storyOf = new HashMap<>();
    private final Map<String, ArrayDeque<Cluster>> index = new HashMap<>();

    /** Where a document went: its story, how like the story it was, and whether it started it. */
    public record Assignment(String story, double similarity, boolean started) {
    }

    public StoryClusterer() {
        this(THRESHOLD);
    }

    public StoryClusterer(double threshold) {
        this(threshold, Background.MEANTIME);
    }

    /** A clusterer whose word rarity starts from {@code background} (or from nothing: {@link Background#NONE}). */
    public StoryClusterer(double threshold, Background background) {
        Validate.isTrue(threshold > 0 && threshold <= 1, "threshold must be in (0, 1]: " + threshold);
        this.threshold = threshold;
        this.background = Validate.notNull(background, "background");
    }

    /** The cosine a document needs to join a story of {@code size} documents. */
    public double bar(int size) {
        return threshold * (1 + GROWTH * Math.log(Math.max(1, size)));
    }

    /** The story id a document's story gets when it starts one. */
    public static String storyId(String firstDocument) {
        return "s-" + firstDocument;
    }

    /**
     * Adds a document and returns its story. A document added before keeps its story (re-analysis
     * changes no story ids).
     */
    public Assignment add(StoryDocument d) {
        Validate.notNull(d, "document");
        Cluster known = storyOf.get(d.id());
        if (known != null) {
            return new Assignment(known.id, 1.0, false);
        }
        Map<String, Double> terms = Terms.of(d);
        count(terms);
        Map<String, Double> vector = weigh(terms);
        Cluster best = null;
        double bestSimilarity = 0;
        for (Cluster c : candidates(vector)) {
            if (!c.inWindow(d.published())) {
                continue;
            }
            double s = c.similarity(vector, this);
            if (s > bestSimilarity || (s == bestSimilarity && best != null && c.id.compareTo(best.id) < 0)) {
                best = c;
                bestSimilarity = s;
            }
        }
        boolean started = best == null || bestSimilarity < bar(best.size);
        Cluster story = started ? new Cluster(storyId(d.id())) : best;
        join(story, d, terms);
        return new Assignment(story.id, started ? 1.0 : bestSimilarity, started);
    }

    /** Puts a document back in the story it was assigned to earlier (as a store remembers it), without scoring. */
    public void restore(StoryDocument d, String storyId) {
        Validate.notNull(storyId, "storyId");
        if (storyOf.containsKey(d.id())) {
            return;
        }
        Map<String, Double> terms = Terms.of(d);
        count(terms);
        join(stories.getOrDefault(storyId, new Cluster(storyId)), d, terms);
    }

    /** The story of a document added or restored, or null. */
    public String storyOf(String documentId) {
        Cluster c = storyOf.get(documentId);
        return c == null ? null : c.id;
    }

    public int size() {
        return stories.size();
    }

    private void count(Map<String, Double> terms) {
        documents++;
        terms.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }

    private void join(Cluster story, StoryDocument d, Map<String, Double> terms) {
        stories.putIfAbsent(story.id, story);
        storyOf.put(d.id(), story);
        story.add(terms, d.published(), this);
        for (String t : terms.keySet()) {
            ArrayDeque<Cluster> postings = index.computeIfAbsent(t, k -> new ArrayDeque<>());
            if (postings.peekLast() != story) {
                postings.addLast(story);
            }
            if (postings.size() > MAX_POSTINGS) {
                postings.pollFirst();
            }
        }
    }

    double idf(String term) {
        double n = documents + background.documents();
        double df = documentFrequency.getOrDefault(term, 0) + background.frequency(term);
        return Math.log((n + 1.0) / (df + 1.0)) + 1;
    }

    /** The document's terms weighted by idf, to unit length. */
    private Map<String, Double> weigh(Map<String, Double> terms) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : terms.entrySet()) {
            double w = e.getValue() * idf(e.getKey());
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double n = Math.sqrt(norm);
        v.replaceAll((t, w) -> w / n);
        return v;
    }

    private Set<Cluster> candidates(Map<String, Double> vector) {
        List<Map.Entry<String, Double>> heaviest = new ArrayList<>(vector.entrySet());
        heaviest.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Set<Cluster> found = new LinkedHashSet<>();
        for (Map.Entry<String, Double> e : heaviest.subList(0, Math.min(CANDIDATE_TERMS, heaviest.size()))) {
            ArrayDeque<Cluster> postings = index.get(e.getKey());
            if (postings != null) {
                found.addAll(postings);
            }
        }
        return found;
    }

    /** A story as the clusterer keeps it: summed term weights, their norm at the last change, its dates. */
    private static final class Cluster {
        final String id;
        final Map<String, Double> sum = new HashMap<>();
        double norm;
        int size;
        LocalDate earliest;
        LocalDate latest;

        Cluster(String id) {
            this.id = id;
        }

        void add(Map<String, Double> terms, LocalDate published, StoryClusterer idf) {
            size++;
            terms.forEach((t, w) -> sum.merge(t, w, Double::sum));
            double n = 0;
            for (Map.Entry<String, Double> e : sum.entrySet()) {
                double w = e.getValue() * idf.idf(e.getKey());
                n += w * w;
            }
            norm = Math.sqrt(n);
            if (published != null) {
                earliest = earliest == null || published.isBefore(earliest) ? published : earliest;
                latest = latest == null || published.isAfter(latest) ? published : latest;
            }
        }

        boolean inWindow(LocalDate d) {
            return d == null || earliest == null
                    || (!d.isBefore(earliest.minusDays(WINDOW_DAYS)) && !d.isAfter(latest.plusDays(WINDOW_DAYS)));
        }

        double similarity(Map<String, Double> vector, StoryClusterer idf) {
            if (norm == 0) {
                return 0;
            }
            double dot = 0;
            for (Map.Entry<String, Double> e : vector.entrySet()) {
                Double w = sum.get(e.getKey());
                if (w != null) {
                    dot += e.getValue() * w * idf.idf(e.getKey());
                }
            }
            return dot / norm;
        }
    }
}
