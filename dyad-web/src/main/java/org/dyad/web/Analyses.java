package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.dyad.model.Analysis;
import org.dyad.model.Article;
import org.dyad.model.Ids;
import org.dyad.record.AnalysisRecord;
import org.dyad.store.Store;
import org.dyad.store.StoredStories;
import org.dyad.web.search.SearchIndex;
import org.dyad.stories.Stories;

import java.io.IOException;
import java.util.List;

/**
 * {@code POST /api/v1/documents}: analyzes a pasted article, stores it and places it in a story, as
 * {@code dyad analyze} does. Writes are serialised here so the stories kept in memory and the
 * store never disagree; the store's own transaction means readers see a document whole or not at all.
 */
final class Analyses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Analyzer analyzer;
    private final SearchIndex index;
    private Stories stories;

    Analyses(Store store, Analyzer analyzer, SearchIndex index) {
        this.store = store;
        this.analyzer = analyzer;
        this.index = index;
    }

    void post(Context ctx) {
        Analysis a = analyzeAndStore(article(ctx.body()));
        ctx.status(HttpStatus.CREATED).header("Location", Api.BASE + "/documents/" + a.id())
                .contentType("application/json").result(AnalysisRecord.toJsonLine(a));
    }

    /** Analyzes the article, stores it, indexes it and places it in a story; the API and the analyze page both come here. */
    Analysis analyzeAndStore(Article article) {
        Analysis a = analyzer.analyze(article);
        synchronized (this) {
            store.save(a);
            index.index(a);                         // in step with the store: found by search once stored
            if (stories == null) {
                stories = StoredStories.resume(store);
            }
            store.saveStory(stories.story(stories.add(a)));
        }
        return a;
    }

    /** The article of a request body: {@code {"text": …}} and optionally id, title, url, outlet, published, authors. */
    static Article article(String body) {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (IOException e) {
            throw new BadRequestResponse("the body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (n == null || !n.isObject()) {
            throw new BadRequestResponse("the body must be a JSON object with a \"text\" field");
        }
        String text = string(n, "text");
        if (text == null || text.isBlank()) {
            throw new BadRequestResponse("\"text\" is required: the article to analyze");
        }
        String id = string(n, "id");
        if (id == null) {
            id = Ids.hash(text, 16);                // stable: the same text posted twice is one document
        }
        List<String> authors = n.has("authors") && n.get("authors").isArray()
                ? JSON.convertValue(n.get("authors"), JSON.getTypeFactory().constructCollectionType(List.class, String.class))
                : List.of();
        String url = string(n, "url");
        return new Article(id, url != null ? url : "api#" + id, text, string(n, "title"), url, string(n, "outlet"), authors,
                string(n, "published"));
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRequestResponse("\"" + field + "\" must be a string");
        }
        return v.asText();
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }
}
