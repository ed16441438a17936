package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.stories.BCubed;
import org.dyad.stories.StoryClusterer;
import org.dyad.stories.StoryDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dyad's story clustering on a gold set of JSON Lines ({@code doc_id}, {@code text}, {@code cluster};
 * {@code published} and {@code title} if present), documents fed in file order, as a stream: B-cubed
 * against {@code cluster}.
 */
final class StoriesEval {
    private StoriesEval() {
    }

    /** A gold document. */
    record Gold(String id, String cluster, StoryDocument document) {
    }

    static List<Gold> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<Gold> docs = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r = json.readTree(line);
                String id = r.path("doc_id").asText(r.path("id").asText());
                String title = r.path("title").isTextual() ? r.get("title").asText() + "\n" : "";
                String published = r.path("published").isTextual() ? r.get("published").asText() : null;
                docs.add(new Gold(id, r.get("cluster").asText(), StoryDocument.ofText(id, published, title + r.get("text").asText())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return docs;
    }

    /** The clustering's score, and how many stories it made. */
    record Result(BCubed score, int stories, int documents) {
    }

    static Result run(List<Gold> docs, double threshold) {
        StoryClusterer clusterer = new StoryClusterer(threshold);
        Map<String, String> predicted = new LinkedHashMap<>();
        Map<String, String> gold = new LinkedHashMap<>();
        for (Gold g : docs) {
            predicted.put(g.id(), clusterer.add(g.document()).story());
            gold.put(g.id(), g.cluster());
        }
        return new Result(BCubed.score(predicted, gold), clusterer.size(), docs.size());
    }
}
