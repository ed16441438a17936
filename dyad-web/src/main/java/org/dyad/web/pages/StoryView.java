package org.dyad.web.pages;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What the story page shows, read from the story's stored record: its documents by outlet and time,
 * its merged events with how many documents report each, and remarks worded differently side by side.
 */
public record StoryView(String id, List<Doc> documents, List<MergedEvent> events, List<Variant> variants) {

    /** A document of the story; outlet and date may be unknown. */
    public record Doc(String id, String title, String outlet, String published) {
    }

    public record MergedEvent(String source, String target, String cameo, String plover, double goldstein, String date,
                              int documents, List<String> codes, String sentence) {
    }

    /** One remark: who said it, each document's wording, and the words that differ. */
    public record Variant(String speaker, List<Wording> wordings, List<String> differs) {
    }

    public record Wording(String document, String text) {
    }

    /** Reads the record; {@code document} looks up each document's title, outlet and date. */
    static StoryView of(JsonNode record, Function<String, Doc> document) {
        List<Doc> docs = new ArrayList<>();
        record.path("documents").forEach(d -> docs.add(document.apply(d.asText())));
        docs.sort(Comparator.comparing((Doc d) -> d.outlet() == null ? "" : d.outlet())
                .thenComparing(d -> d.published() == null ? "" : d.published()));
        List<MergedEvent> events = new ArrayList<>();
        for (JsonNode e : record.path("events")) {
            events.add(new MergedEvent(e.path("source").path("name").asText(null), e.path("target").path("name").asText(null),
                    e.path("cameo").asText(null), e.path("plover").asText(null), e.path("goldstein").asDouble(),
                    e.path("date").asText(null), e.path("documents").size(), strings(e.path("codes")), e.path("sentence").asText(null)));
        }
        List<Variant> variants = new ArrayList<>();
        for (JsonNode v : record.path("quoteVariants")) {
            List<Wording> wordings = new ArrayList<>();
            v.path("quotes").forEach(q -> wordings.add(new Wording(q.path("document").asText(), q.path("text").asText())));
            variants.add(new Variant(v.path("speaker").path("name").asText(null), wordings, strings(v.path("differs"))));
        }
        return new StoryView(record.path("id").asText(), docs, events, variants);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
