package org.dyad.stories;

import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.Quote;
import org.dyad.model.QuoteVariant;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one remark quoted with different words by different documents: quotes of the same speaker in
 * two documents whose words mostly overlap ({@link #MIN_OVERLAP} of the shorter one's words, at least
 * {@link #MIN_SHARED} of them) but are not the same words. What differs is told as the replaced,
 * added and dropped runs of words between the first wording and each other one.
 */
public final class QuoteVariants {
    /** Share of the shorter quote's words the other must have. */
    static final double MIN_OVERLAP = 0.6;
    /** Words two wordings must share: short quotes ("sounds good") overlap by chance. */
    static final int MIN_SHARED = 5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private QuoteVariants() {
    }

    /** The story's remarks worded differently by its documents, in the order of their first wording. */
    public static List<QuoteVariant> find(List<Analysis> documents) {
        List<Item> items = new ArrayList<>();
        for (Analysis a : documents) {
            for (Quote q : a.quotes()) {
                if (q.speaker() != null) {
                    items.add(new Item(a.id(), q, words(q.text())));
                }
            }
        }
        List<List<Item>> groups = new ArrayList<>();
        for (Item item : items) {
            List<Item> home = groups.stream().filter(g -> g.stream().allMatch(x -> !x.document.equals(item.document))
                    && g.stream().anyMatch(x -> variants(x, item))).findFirst().orElse(null);
            if (home == null) {
                groups.add(new ArrayList<>(List.of(item)));
            } else {
                home.add(item);
            }
        }
        List<QuoteVariant> found = new ArrayList<>();
        for (List<Item> g : groups) {
            if (g.size() > 1) {
                found.add(new QuoteVariant(speaker(g), g.stream().map(x -> new QuoteVariant.Wording(x.document, x.quote)).toList(),
                        differences(g)));
            }
        }
        return found;
    }

    private static ActorRef speaker(List<Item> g) {
        return g.get(0).quote.speaker();
    }

    private static boolean variants(Item a, Item b) {
        if (!sameSpeaker(a.quote.speaker(), b.quote.speaker()) || a.words.equals(b.words)) {
            return false;
        }
        Set<String> shared = new HashSet<>(a.words);
        shared.retainAll(new HashSet<>(b.words));
        int shorter = Math.min(new HashSet<>(a.words).size(), new HashSet<>(b.words).size());
        return shared.size() >= MIN_SHARED && shared.size() >= MIN_OVERLAP * shorter;
    }

    private static boolean sameSpeaker(ActorRef a, ActorRef b) {
        return a.id() != null && a.id().equals(b.id()) || a.name() != null && a.name().equalsIgnoreCase(b.name());
    }

    /** Lower-cased words, quote marks and punctuation folded away, curly apostrophes made straight. */
    static List<String> words(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('’', '\'').toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Each later wording against the first: {@code "he was" → "they were"}, {@code + "..."}, {@code − "..."}. */
    private static List<String> differences(List<Item> g) {
        List<String> out = new ArrayList<>();
        Item first = g.get(0);
        for (Item other : g.subList(1, g.size())) {
            for (String change : diff(first.words, other.words)) {
                out.add(other.document + ": " + change);
            }
        }
        return out;
    }

    /** The runs of words that differ between two word lists, by their longest common subsequence. */
    static List<String> diff(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Map<String, Boolean> changes = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                flush(removed, added, changes);
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        flush(removed, added, changes);
        return List.copyOf(changes.keySet());
    }

    private static void flush(List<String> removed, List<String> added, Map<String, Boolean> changes) {
        if (!removed.isEmpty() && !added.isEmpty()) {
            changes.put("\"" + String.join(" ", removed) + "\" → \"" + String.join(" ", added) + "\"", true);
        } else if (!removed.isEmpty()) {
            changes.put("− \"" + String.join(" ", removed) + "\"", true);
        } else if (!added.isEmpty()) {
            changes.put("+ \"" + String.join(" ", added) + "\"", true);
        }
        removed.clear();
        added.clear();
    }

    private record Item(String document, Quote quote, List<String> words) {
    }
}
