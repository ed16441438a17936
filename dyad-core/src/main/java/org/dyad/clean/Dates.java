package org.dyad.clean;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a written calendar date, and the clock time beside it, in a header or attribution line:
 * {@code February 3, 2026}, {@code Feb. 3, 2026}, {@code 3 February 2026}, {@code 2026-02-03},
 * {@code 4:23 p.m. on Tuesday, February 3, 2026}. Relative dates are the annotator's job, not this.
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO =
            Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?");
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\w/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})\\b");
    private static final Pattern CLOCK =
            Pattern.compile("\\b(\\d{1,2})[:.](\\d{2})\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?=\\W|$)", Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** A date found in the text. */
    public record Found(LocalDate date, LocalTime time, int start, int end) {
        /** ISO date, or local date-time to the minute when a clock time was given. */
        public String iso() {
            return time == null ? date.toString() : LocalDateTime.of(date, time).toString();
        }
    }

    /** The first full calendar date in the text, with a clock time written near it if any. */
    public static Optional<Found> find(String text) {
        return firstDate(text).map(d -> d.time() != null ? d : new Found(d.date(), clock(text).orElse(null), d.start(), d.end()));
    }

    /** The earliest date written in any of the known forms. */
    private static Optional<Found> firstDate(String text) {
        return java.util.stream.Stream.of(
                        first(ISO, text, m -> safeDate(num(m, 1), num(m, 2), num(m, 3))),
                        first(MONTH_DAY_YEAR, text, m -> safeDate(num(m, 3), month(m.group(1)), num(m, 2))),
                        first(DAY_MONTH_YEAR, text, m -> safeDate(num(m, 3), month(m.group(2)), num(m, 1))),
                        first(NUMERIC, text, Dates::numeric))
                .flatMap(Optional::stream).min(Comparator.comparingInt(Found::start));
    }

    /** The first match of the pattern that is a real date, with the clock time an ISO timestamp carries. */
    private static Optional<Found> first(Pattern pattern, String text, Function<Matcher, LocalDate> date) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            LocalDate d = date.apply(m);
            if (d != null) {
                return Optional.of(new Found(d, pattern == ISO ? isoTime(m) : null, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static LocalTime isoTime(Matcher m) {
        return m.group(4) == null || num(m, 4) > 23 || num(m, 5) > 59 ? null : LocalTime.of(num(m, 4), num(m, 5));
    }

    /**
     * {@code 03/02/2009} or {@code 03-02-2009}: day first when the first number cannot be a month,
     * else month first, as in the US feeds where this form is most common.
     */
    private static LocalDate numeric(Matcher m) {
        int a = num(m, 1);
        int b = num(m, 3);
        return a > 12 ? safeDate(num(m, 4), b, a) : safeDate(num(m, 4), a, b);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<LocalTime> clock(String text) {
        Matcher m = CLOCK.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        String half = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT).replace(".", "");
        if (hour > 23 || minute > 59 || (!half.isEmpty() && (hour < 1 || hour > 12))) {
            return Optional.empty();
        }
        if (half.equals("pm") && hour < 12) {
            hour += 12;
        } else if (half.equals("am") && hour == 12) {
            hour = 0;
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        return MONTHS.getOrDefault(key.substring(0, Math.min(3, key.length())), 0);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
