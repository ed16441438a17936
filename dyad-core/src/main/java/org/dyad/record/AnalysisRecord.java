package org.dyad.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.dyad.events.Cameo;
import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.CleanArticle;
import org.dyad.model.Event;
import org.dyad.model.Post;
import org.dyad.model.Quote;
import org.dyad.model.Story;
import org.dyad.model.StoryEvent;
import org.dyad.model.TimeExpression;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an {@link Analysis} as the {@code document} record of the analysis-record contract
 * ({@code shared/contract/analysis-record.md}): every field present, unknowns as {@code null} or
 * {@code []}, fields in the contract's order.
 */
public final class AnalysisRecord {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisRecord() {
    }

    /** One line of JSON, without the line break. */
    public static String toJsonLine(Analysis analysis) {
        try {
            return JSON.writeValueAsString(toMap(analysis));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record as ordered maps and lists, ready for any JSON writer. */
    public static Map<String, Object> toMap(Analysis a) {
        CleanArticle c = a.article();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "document");
        m.put("id", c.id());
        m.put("source", c.article().source());
        m.put("title", c.title());
        m.put("outlet", c.outlet());
        m.put("dateline", c.dateline());
        m.put("authors", c.authors());
        m.put("published", c.published().value());
        m.put("publishedSource", c.published().source().name());
        m.put("language", c.language());
        m.put("text", c.text());
        m.put("headings", c.headings());
        m.put("posts", c.posts().stream().map(AnalysisRecord::post).toList());
        m.put("actors", a.actors().stream().map(x -> ordered(
                "id", x.id(), "name", x.name(), "country", x.country(), "sector", x.sector(), "title", x.title(),
                "person", x.person(), "leaves", x.leaves())).toList());
        m.put("times", a.times().stream().map(AnalysisRecord::time).toList());
        m.put("quotes", a.quotes().stream().map(AnalysisRecord::quote).toList());
        m.put("events", a.events().stream().map(AnalysisRecord::event).toList());
        m.put("notes", a.notes());
        return m;
    }

    /** A story as the contract's {@code story} record, as one line of JSON. */
    public static String toJsonLine(Story story) {
        try {
            return JSON.writeValueAsString(toMap(story));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code story} record as ordered maps and lists. */
    public static Map<String, Object> toMap(Story s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "story");
        m.put("id", s.id());
        m.put("documents", s.documents());
        m.put("events", s.events().stream().map(AnalysisRecord::storyEvent).toList());
        m.put("quoteVariants", s.quoteVariants().stream().map(v -> ordered(
                "speaker", ordered("id", v.speaker().id(), "name", v.speaker().name()),
                "quotes", v.quotes().stream().map(w -> ordered("document", w.document(), "text", w.quote().text())).toList(),
                "differs", v.differs())).toList());
        m.put("dyads", s.dyads().stream().map(d -> ordered("pair", d.pair(), "series", d.series().stream()
                .map(p -> ordered("period", p.period(), "events", p.events(), "goldstein", p.goldstein())).toList())).toList());
        return m;
    }

    private static Map<String, Object> storyEvent(StoryEvent e) {
        Event first = e.reports().get(0).event();
        return ordered("id", e.id(), "source", actor(e.source()), "target", actor(e.target()), "cameo", e.cameo(),
                "plover", e.plover(), "goldstein", e.goldstein(), "date", e.date(),
                "dateSource", e.reports().stream().map(StoryEvent.Report::event).filter(x -> java.util.Objects.equals(x.date(), e.date()))
                        .map(x -> x.dateSource().name()).findFirst().orElse(first.dateSource().name()),
                "location", first.location() == null ? null : ordered("name", first.location().name(), "country", first.location().country()),
                "sentence", first.sentence(), "start", first.start(), "end", first.end(),
                "confidence", e.reports().stream().mapToDouble(r -> r.event().confidence()).max().orElse(0),
                "documents", e.documents(), "codes", e.codes(), "dates", e.dates(),
                "reports", e.reports().stream().map(r -> ordered("document", r.document(), "event", r.event().id(),
                        "cameo", r.event().cameo(), "date", r.event().date(), "sentence", r.event().sentence())).toList());
    }

    static Map<String, Object> post(Post p) {
        return ordered("author", p.author(), "handle", p.handle(), "date", p.date() == null ? null : p.date().toString(),
                "language", p.language(), "text", p.text());
    }

    private static Map<String, Object> time(TimeExpression t) {
        return ordered("text", t.text(), "value", t.value(), "type", t.type(), "start", t.start(), "end", t.end());
    }

    private static Map<String, Object> quote(Quote q) {
        return ordered("text", q.text(), "speaker", q.speaker() == null ? null : ordered("id", q.speaker().id(), "name", q.speaker().name()),
                "date", q.date(), "start", q.start(), "end", q.end(), "kind", q.kind().label(), "post", q.post());
    }

    private static Map<String, Object> event(Event e) {
        return ordered("id", e.id(), "source", actor(e.source()), "target", actor(e.target()), "cameo", e.cameo(),
                "plover", e.plover(), "ploverMode", Cameo.shared().code(e.cameo()).map(Cameo.Code::mode).orElse(null),
                "goldstein", e.goldstein(), "date", e.date(), "dateSource", e.dateSource().name(),
                "location", e.location() == null ? null : ordered("name", e.location().name(), "country", e.location().country()),
                "sentence", e.sentence(),
                "start", e.start(), "end", e.end(), "confidence", e.confidence());
    }

    private static Map<String, Object> actor(ActorRef r) {
        return r == null ? null : ordered("id", r.id(), "name", r.name(), "country", r.country(), "sector", r.sector());
    }

    /** A map keeping the order of its key-value pairs (unlike {@code Map.of}, it also takes nulls). */
    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
