package org.dyad.web.pages;

import org.dyad.model.Actor;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.TimeExpression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Turns an article's text and the facts found in it into a tree of nested highlights, so that the
 * template writes well-formed spans however the facts overlap (a quote and a time inside an event's
 * sentence). Where two marks cross, the inner one is split in two; the text is never reordered.
 */
public final class Highlights {
    private static final List<String> KINDS = List.of("event", "quote", "actor", "time");
    /** Outer marks first: longer ones enclose shorter ones, then by kind, then by place. */
    private static final Comparator<Mark> NESTING = Comparator.comparingInt(Mark::length).reversed()
            .thenComparingInt(m -> KINDS.indexOf(m.kind())).thenComparingInt(Mark::start);

    private Highlights() {
    }

    /** A piece of the text: plain ({@code mark == null}, {@code text} set) or a mark around its children. */
    public record Node(String text, Mark mark, List<Node> children) {
        static Node plain(String text) {
            return new Node(text, null, List.of());
        }
    }

    /** The highlighted narration of an analysis: events, narration quotes, time expressions and actor names. */
    public static List<Node> of(Analysis a) {
        String text = a.article().text();
        List<Mark> marks = new ArrayList<>();
        for (Event e : a.events()) {
            marks.add(new Mark("event", e.start(), e.end(), name(e.source()), name(e.target()), e.cameo(), e.plover(),
                    String.format(Locale.ROOT, "%+.1f", e.goldstein()), e.date()));
        }
        for (Quote q : a.quotes()) {
            if (q.post() == null) {                 // quotes in embedded posts have offsets into the post, not the narration
                marks.add(new Mark("quote", q.start(), q.end(), name(q.speaker()), null, null, null, null, q.date()));
            }
        }
        for (TimeExpression t : a.times()) {
            marks.add(new Mark("time", t.start(), t.end(), null, null, null, null, null, t.value()));
        }
        for (Actor actor : a.actors()) {
            marks.addAll(mentions(text, actor));
        }
        return tree(text, marks);
    }

    /** Nests the marks over the text; marks outside the text or empty are left out. */
    public static List<Node> tree(String text, List<Mark> marks) {
        List<Mark> valid = marks.stream().filter(m -> m.start() >= 0 && m.end() <= text.length() && m.start() < m.end())
                .sorted(NESTING).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        valid.forEach(m -> {
            cuts.add(m.start());
            cuts.add(m.end());
        });
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int f = from;
            int t = to;
            segments.add(new Segment(text.substring(f, t), valid.stream().filter(m -> m.start() <= f && m.end() >= t).toList()));
        }
        return nest(segments, 0);
    }

    /** A stretch of text between two cuts and the marks over all of it, outer first. */
    private record Segment(String text, List<Mark> marks) {
        Mark at(int depth) {
            return depth < marks.size() ? marks.get(depth) : null;
        }
    }

    private static List<Node> nest(List<Segment> segments, int depth) {
        List<Node> out = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            Mark m = segments.get(i).at(depth);
            if (m == null) {
                out.add(Node.plain(segments.get(i).text()));
                i++;
                continue;
            }
            int j = i;
            while (j < segments.size() && segments.get(j).at(depth) == m) {
                j++;
            }
            out.add(new Node(null, m, nest(segments.subList(i, j), depth + 1)));
            i = j;
        }
        return out;
    }

    /** Where the actor's canonical name stands in the text as a whole word: the record keeps no mention offsets. */
    private static List<Mark> mentions(String text, Actor actor) {
        List<Mark> out = new ArrayList<>();
        String name = actor.name();
        if (name == null || name.isBlank()) {
            return out;
        }
        String role = actor.country() == null ? actor.sector() : actor.sector() == null ? actor.country() : actor.country() + " " + actor.sector();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            int end = at + name.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                out.add(new Mark("actor", at, end, name, role, null, null, null, null));
            }
        }
        return out;
    }

    private static String name(org.dyad.model.ActorRef r) {
        return r == null ? null : r.name() + (r.country() == null ? "" : " (" + r.country() + ")");
    }
}
