package org.dyad.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.CleanArticle;
import org.dyad.html.Page;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The document fields of the analysis record without the NLP — what {@code dyad extract} prints:
 * {@code id}, {@code source}, {@code url} (canonical), {@code title}, {@code outlet}, {@code dateline},
 * {@code authors}, {@code published}, {@code updated}, {@code language}, {@code text}, {@code headings},
 * {@code posts}; unknown values are null, never left out.
 */
public final class DocumentRecord {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentRecord() {
    }

    public static String toJsonLine(Page page) {
        CleanArticle c = page.article();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "document");
        m.put("id", c.id());
        m.put("source", c.article().source());
        m.put("url", page.canonical());
        m.put("title", c.title());
        m.put("outlet", c.outlet());
        m.put("dateline", c.dateline());
        m.put("authors", c.authors());
        m.put("published", c.published().value());
        m.put("updated", page.updated());
        m.put("language", c.language());
        m.put("text", c.text());
        m.put("headings", c.headings());
        m.put("posts", c.posts().stream().map(AnalysisRecord::post).toList());
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
