package org.dyad.stories;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's terms and their weights: content words lower-cased (numbers too), a capitalised word
 * inside a sentence counted as a name, with more weight, a year (1900-2099) with more still, and the
 * document's entity keys. Weights are sublinear (1 + ln count), so a word repeated does not drown the rest.
 */
final class Terms {
    /** A capitalised word inside a sentence is most often a name, which tells stories apart better than other words. */
    static final double NAME_WEIGHT = 2.0;
    /**
     * A year names when a happening took place: two reports of one kind of happening (a fight, an
     * election, an offer) with the same names are told apart by it, so it counts more than a name.
     */
    static final double YEAR_WEIGHT = 3.0;
    /** An actor or event kind found by analysis, counted as this many mentions of a word. */
    static final double ENTITY_WEIGHT = 2.0;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}|\\d+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Set<String> STOP = Set.of(("a about above after again against all am an and any are as at be because been "
            + "before being below between both but by can could did do does doing down during each few for from further had has have "
            + "having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not "
            + "now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs "
            + "them themselves then there these they this those through to too under until up very was we were what when where which "
            + "while who whom why will with would you your yours yourself yourselves said says say also one two new year years told "
            + "may might must shall last first like get got us mr mrs ms").split(" "));

    private Terms() {
    }

    static Map<String, Double> of(StoryDocument d) {
        Map<String, Double> counts = new HashMap<>();
        String text = d.text();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            boolean first = previousEnd < 0 || SENTENCE_END.matcher(text.substring(previousEnd, m.start())).find();
            previousEnd = m.end();
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.length() < 2 || STOP.contains(w)) {
                continue;
            }
            boolean name = !first && Character.isUpperCase(m.group().charAt(0));
            counts.merge(w, YEAR.matcher(w).matches() ? YEAR_WEIGHT : name ? NAME_WEIGHT : 1.0, Double::sum);
        }
        for (String e : d.entities()) {
            counts.merge(e, ENTITY_WEIGHT, Double::sum);
        }
        counts.replaceAll((t, c) -> 1 + Math.log(c));
        return counts;
    }
}
