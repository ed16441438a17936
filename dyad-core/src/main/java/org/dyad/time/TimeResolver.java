package org.dyad.time;

import org.dyad.model.Annotated;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Timex;
import org.dyad.model.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every time expression of the narration its TIMEX3 value, resolved against the publication
 * date.
 *
 * <p>SUTime anchors most expressions well, but a bare weekday or month name ("on Friday",
 * "in October") is ambiguous between the last and the next one, and SUTime does not read the verb.
 * News narrates the past, but not only: "met on Friday" is the Friday before publication, "will
 * meet on Friday" the one after. So such names are re-anchored by the tense of the verb that
 * governs them in the dependency parse. With no tense to read, a month keeps SUTime's value (the
 * nearest such month) and a weekday is that of the publication's week, set by Dyad: within one JVM
 * SUTime's value for a bare weekday changes with the documents it read before (measured: "by
 * Friday" in a text of Wednesday 2010-05-05 gave 2010-05-07, and 2010-04-30 after forty other
 * documents), and an analysis must not depend on what else was analyzed.
 */
public final class TimeResolver {
    private static final Pattern BARE_NAME = Pattern.compile(
            "(?i)(?:on |in |early |late |mid-?|this )*(?<name>[a-z]+)\\.?");
    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo");

    /** The resolved time expressions of an annotated article, in text order. */
    public List<TimeExpression> resolve(Annotated annotated) {
        LocalDate anchor = anchor(annotated);
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            for (Timex t : s.timexes()) {
                String value = anchor == null ? t.value() : reanchor(t, s, anchor).orElse(t.value());
                if (value != null) {
                    out.add(new TimeExpression(t.text(), value, t.type(), t.start(), t.end(), s.index()));
                }
            }
        }
        return out;
    }

    private static LocalDate anchor(Annotated annotated) {
        String date = annotated.article().published().date();
        return date == null ? null : LocalDate.parse(date);
    }

    /** A new value for a bare weekday or month name, by tense; empty for other expressions, whose SUTime value stands. */
    static Optional<String> reanchor(Timex t, Sentence s, LocalDate anchor) {
        Matcher m = BARE_NAME.matcher(t.text().strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Tense tense = tense(s, t.tokenStart());
        String name = m.group("name").toLowerCase(Locale.ROOT);
        Optional<DayOfWeek> day = weekday(name);
        if (day.isPresent()) {
            return Optional.of(dayFor(day.get(), anchor, tense).toString());
        }
        // a month with no tense to read: SUTime's value, the nearest such month, stands
        return tense == Tense.UNKNOWN ? Optional.empty() : month(name).map(mo -> monthFor(mo, anchor, tense).toString());
    }

    static LocalDate dayFor(DayOfWeek day, LocalDate anchor, Tense tense) {
        int back = (anchor.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        int ahead = (day.getValue() - anchor.getDayOfWeek().getValue() + 7) % 7;
        return switch (tense) {
            case PAST -> anchor.minusDays(back);
            case FUTURE -> anchor.plusDays(ahead);
            case UNKNOWN -> anchor.with(day);      // the publication's week, Monday to Sunday
        };
    }

    static YearMonth monthFor(Month month, LocalDate anchor, Tense tense) {
        int year = anchor.getYear();
        if (tense == Tense.PAST && month.getValue() > anchor.getMonthValue()) {
            year--;
        } else if (tense == Tense.FUTURE && month.getValue() < anchor.getMonthValue()) {
            year++;
        }
        return YearMonth.of(year, month);
    }

    enum Tense { PAST, FUTURE, UNKNOWN }

    /** The tense of the verb that governs the token: up the parse to the first verb. */
    static Tense tense(Sentence s, int token) {
        int verb = governingVerb(s, token);
        return verb < 0 ? Tense.UNKNOWN : verbTense(s, verb);
    }

    private static Tense verbTense(Sentence s, int verb) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() == verb && (d.relation().startsWith("aux") || d.relation().equals("mark"))) {
                String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (FUTURE_AUX.contains(w)) {
                    return Tense.FUTURE;
                }
                if (w.equals("to")) {
                    return infinitiveTense(s, verb);
                }
                if (s.tokens().get(d.dependent()).pos().equals("VBD")) {
                    return Tense.PAST;
                }
            }
        }
        String pos = s.tokens().get(verb).pos();
        if (pos.equals("VBN") && presentBe(s, verb)) {
            return Tense.UNKNOWN;      // "is set to", "are expected to": a present passive, no past
        }
        return pos.equals("VBD") || pos.equals("VBN") ? Tense.PAST : Tense.UNKNOWN;
    }

    /** Whether the participle's auxiliary, or that of the participle it is conjoined to ("is term-limited and set to"), is "is" or "are". */
    private static boolean presentBe(Sentence s, int verb) {
        return s.dependencies().stream().anyMatch(d -> d.relation().startsWith("aux")
                && (d.governor() == verb || d.governor() == conjunctHead(s, verb))
                && s.tokens().get(d.dependent()).lemma().equals("be")
                && Set.of("VBZ", "VBP").contains(s.tokens().get(d.dependent()).pos()));
    }

    private static int conjunctHead(Sentence s, int token) {
        return s.dependencies().stream().filter(d -> d.dependent() == token && d.relation().equals("conj"))
                .mapToInt(Dependency::governor).findFirst().orElse(-1);
    }

    /**
     * An infinitive lies after the verb it depends on, not after publication: "is set to leave in
     * August" is ahead, but "agreed to sell in October" may be behind, and "a program to run through
     * June" ahead, so under a past verb the tense is not known.
     */
    private static Tense infinitiveTense(Sentence s, int verb) {
        int finite = verb;
        // up a chain of infinitives ("agreed to try to sell"); bounded, as an enhanced graph may hold a cycle
        for (int hops = 0; hops < s.tokens().size() && isInfinitive(s, finite); hops++) {
            finite = governingVerb(s, finite);
            if (finite < 0) {
                return Tense.FUTURE;
            }
        }
        return !isInfinitive(s, finite) && verbTense(s, finite) == Tense.PAST ? Tense.UNKNOWN : Tense.FUTURE;
    }

    private static boolean isInfinitive(Sentence s, int verb) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == verb
                && (d.relation().startsWith("aux") || d.relation().equals("mark"))
                && s.tokens().get(d.dependent()).word().equalsIgnoreCase("to"));
    }

    private static int governingVerb(Sentence s, int token) {
        int current = token;
        for (int hops = 0; hops < s.tokens().size(); hops++) {
            int head = head(s, current);
            if (head < 0) {
                return -1;
            }
            Token t = s.tokens().get(head);
            if (t.pos().startsWith("VB")) {
                return head;
            }
            current = head;
        }
        return -1;
    }

    private static int head(Sentence s, int token) {
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == token && d.governor() >= 0 && !d.relation().equals("ref")) {
                return d.governor();
            }
        }
        return -1;
    }

    private static Optional<DayOfWeek> weekday(String name) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Optional<Month> month(String name) {
        for (Month mo : Month.values()) {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (name.length() >= 3 && full.startsWith(name)) {
                return Optional.of(mo);
            }
        }
        return Optional.empty();
    }
}
