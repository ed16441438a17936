package org.dyad.annotate;

import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence may hold a time expression, so that sentences without one are spared SUTime,
 * the costliest part of entity recognition. A trigger is a word SUTime builds times from: a month
 * or weekday name as written ("May", not the modal "may"), a unit noun ("week", "winter"), a
 * deictic ("yesterday"), or a number shaped like a year, a clock time or a date. Modifiers such as
 * "last" or "two" need a unit or a name beside them, so they are no trigger on their own.
 */
final class TimeTriggers {
    private static final Set<String> NAMES = Set.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
            "Christmas", "Easter", "Ramadan", "Eid", "Thanksgiving", "Hanukkah", "Diwali");
    private static final Set<String> DEICTICS = Set.of(
            "today", "tonight", "yesterday", "tomorrow", "now", "currently", "recently", "lately", "ago",
            "previously", "formerly", "overnight", "midday", "noon", "midnight", "annually", "daily", "weekly",
            "monthly", "yearly", "hourly", "nightly", "a.m.", "p.m.", "am", "pm");
    /** Words that are times only as nouns: "in the fall", not "prices fall". */
    private static final Set<String> UNITS = Set.of(
            "second", "minute", "hour", "day", "week", "weekend", "fortnight", "month", "year", "decade", "century",
            "quarter", "season", "morning", "afternoon", "evening", "night", "dawn", "dusk", "spring", "summer",
            "autumn", "fall", "winter", "eve", "past", "future", "moment", "time");
    private static final Pattern DATE_LIKE_NUMBER = Pattern.compile(
            "(?:1[6-9]|20)\\d\\ds?|'\\d\\ds?|\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}[:.]\\d\\d(?:[ap]m)?|\\d+[/-]\\d+(?:[/-]\\d+)?|\\d0s");

    private TimeTriggers() {
    }

    /** Tokens on each side of a trigger that a time expression around it may take. */
    static final int REACH = 6;

    /** The stretches [from, to) of the sentence around its triggers, merged where they touch; none without a trigger. */
    static List<int[]> windows(List<Token> tokens) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isTrigger(tokens.get(i))) {
                continue;
            }
            int from = Math.max(0, i - REACH);
            int to = Math.min(tokens.size(), i + REACH + 1);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = to;
            } else {
                windows.add(new int[]{from, to});
            }
        }
        return windows;
    }

    static boolean isTrigger(Token t) {
        String word = t.word();
        String lower = word.toLowerCase(Locale.ROOT);
        String lemma = t.lemma() == null ? lower : t.lemma().toLowerCase(Locale.ROOT);
        return NAMES.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word)
                || DEICTICS.contains(lower)
                || (t.pos().startsWith("NN") && UNITS.contains(lemma))
                || DATE_LIKE_NUMBER.matcher(lower).matches();
    }
}
