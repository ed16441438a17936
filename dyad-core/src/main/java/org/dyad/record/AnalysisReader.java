package org.dyad.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Post;
import org.dyad.model.Published;
import org.dyad.model.Quote;
import org.dyad.model.TimeExpression;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a {@code document} record written by {@link AnalysisRecord} back into an {@link Analysis}, so
 * that later stages (stories) can pick up documents analyzed in an earlier run. What the record does
 * not hold comes back empty: the raw input text (the cleaned text stands in), dropped lines, token
 * count, the sentence index of times.
 */
public final class AnalysisReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalysisReader() {
    }

    /** The analysis of one record line; fails with {@link IllegalArgumentException} if it is not a document record. */
    public static Analysis read(String jsonLine) {
        JsonNode r;
        try {
            r = JSON.readTree(jsonLine);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON record", e);
        }
        if (!"document".equals(text(r, "type"))) {
            throw new IllegalArgumentException("not a document record: " + text(r, "type"));
        }
        String cleaned = text(r, "text");
        List<String> authors = list(r, "authors", JsonNode::asText);
        Article article = new Article(text(r, "id"), text(r, "source"), cleaned, text(r, "title"), null, text(r, "outlet"),
                authors, text(r, "published"));
        String publishedSource = text(r, "publishedSource");
        Published published = text(r, "published") == null ? Published.UNKNOWN
                : new Published(text(r, "published"), publishedSource == null ? Published.Source.METADATA : Published.Source.valueOf(publishedSource));
        CleanArticle clean = new CleanArticle(article, text(r, "title"), text(r, "outlet"), text(r, "dateline"), authors, published,
                text(r, "language"), cleaned, list(r, "headings", JsonNode::asText), list(r, "posts", AnalysisReader::post), List.of());
        return new Analysis(clean, list(r, "times", AnalysisReader::time), list(r, "actors", AnalysisReader::actor),
                list(r, "quotes", AnalysisReader::quote), list(r, "events", AnalysisReader::event), 0, list(r, "notes", JsonNode::asText));
    }

    private static Post post(JsonNode p) {
        String date = text(p, "date");
        return new Post(text(p, "author"), text(p, "handle"), date == null ? null : LocalDate.parse(date), text(p, "language"), text(p, "text"));
    }

    private static TimeExpression time(JsonNode t) {
        return new TimeExpression(text(t, "text"), text(t, "value"), text(t, "type"), t.path("start").asInt(), t.path("end").asInt(), 0);
    }

    private static Actor actor(JsonNode a) {
        return new Actor(text(a, "id"), text(a, "name"), text(a, "country"), text(a, "sector"), text(a, "title"), a.path("person").asBoolean(),
                text(a, "leaves"));
    }

    private static Quote quote(JsonNode q) {
        Quote.Kind kind = "indirect".equals(text(q, "kind")) ? Quote.Kind.INDIRECT : Quote.Kind.DIRECT;
        Integer post = q.path("post").isNumber() ? q.get("post").asInt() : null;
        return new Quote(text(q, "text"), ref(q.get("speaker")), text(q, "date"), q.path("start").asInt(), q.path("end").asInt(), kind, post);
    }

    private static Event event(JsonNode e) {
        String dateSource = text(e, "dateSource");
        JsonNode location = e.get("location");
        return new Event(text(e, "id"), ref(e.get("source")), ref(e.get("target")), text(e, "cameo"), text(e, "plover"),
                e.path("goldstein").asDouble(), text(e, "date"), dateSource == null ? Event.DateSource.UNKNOWN : Event.DateSource.valueOf(dateSource),
                location == null || location.isNull() ? null : new Location(text(location, "name"), text(location, "country")),
                text(e, "sentence"), e.path("start").asInt(), e.path("end").asInt(), e.path("confidence").asDouble());
    }

    private static ActorRef ref(JsonNode a) {
        return a == null || a.isNull() ? null : new ActorRef(text(a, "id"), text(a, "name"), text(a, "country"), text(a, "sector"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> read) {
        List<T> out = new ArrayList<>();
        node.path(field).forEach(x -> out.add(read.apply(x)));
        return out;
    }
}
