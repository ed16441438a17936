package org.dyad.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.dyad.store.EventFilter;
import org.dyad.store.EventRow;
import org.dyad.store.Store;
import org.dyad.web.search.Hit;
import org.dyad.web.search.SearchIndex;
import org.dyad.web.search.SearchQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/v1/network}: the actors and coded events of a story or of a search, as a graph the
 * network page draws. Events with the same source, target and CAMEO code are one edge with a count,
 * so a story told by ten outlets does not draw ten parallel lines.
 */
final class Network {
    /** Documents a search contributes: enough for a readable graph, few enough to draw quickly. */
    static final int MAX_DOCUMENTS = 100;
    /** Events read per document; a document rarely codes more. */
    private static final int EVENTS_PER_DOCUMENT = 200;

    /** An actor. */
    record Node(String id, String name, String country) {
    }

    /** The events from source to target with one CAMEO code. */
    record Edge(String id, String source, String target, String cameo, String plover, Double goldstein, int count) {
    }

    /** The graph, with the documents it was built from. */
    record Graph(List<Node> nodes, List<Edge> edges, int documents) {
    }

    private final Store store;
    private final SearchIndex index;

    Network(Store store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    void get(Context ctx) {
        String story = Params.text(ctx, "story");
        SearchQuery q = Params.search(ctx);
        if ((story == null) == (q == null)) {
            throw new BadRequestResponse("give either story (a story id) or q (words to search for)");
        }
        ctx.json(story != null ? ofStory(story) : ofSearch(q));
    }

    Graph ofStory(String storyId) {
        store.story(storyId).orElseThrow(() -> new NotFoundResponse("no story " + storyId));
        return of(store.documentsOf(storyId).stream().sorted().toList());
    }

    Graph ofSearch(SearchQuery q) {
        Set<String> docs = new LinkedHashSet<>();
        // Every kind of hit (article, quote, actor, event) names its document: the graph is of those documents.
        for (Hit h : index.search(q, Params.MAX_LIMIT, 0).items()) {
            if (h.document() != null && docs.size() < MAX_DOCUMENTS) {
                docs.add(h.document());
            }
        }
        return of(List.copyOf(docs));
    }

    private Graph of(List<String> documents) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, EdgeSum> edges = new LinkedHashMap<>();
        for (String doc : documents) {
            for (EventRow e : store.events(new EventFilter(null, null, null, null, null, null, doc), EVENTS_PER_DOCUMENT, 0).items()) {
                if (e.sourceId() == null || e.targetId() == null) {
                    continue;                       // an event with one side cannot be drawn as an edge
                }
                nodes.putIfAbsent(e.sourceId(), new Node(e.sourceId(), e.sourceName(), e.sourceCountry()));
                nodes.putIfAbsent(e.targetId(), new Node(e.targetId(), e.targetName(), e.targetCountry()));
                edges.computeIfAbsent(e.sourceId() + "\u0000" + e.targetId() + "\u0000" + e.cameo(), k -> new EdgeSum(e)).add(e);
            }
        }
        List<Edge> out = new ArrayList<>();
        for (EdgeSum s : edges.values()) {
            out.add(s.edge("e" + out.size()));
        }
        return new Graph(List.copyOf(nodes.values()), out, documents.size());
    }

    /** Adds up the events of one edge; the Goldstein score is their mean. */
    private static final class EdgeSum {
        private final EventRow first;
        private int count;
        private double goldstein;
        private int scored;

        EdgeSum(EventRow first) {
            this.first = first;
        }

        void add(EventRow e) {
            count++;
            if (e.goldstein() != null) {
                goldstein += e.goldstein();
                scored++;
            }
        }

        Edge edge(String id) {
            return new Edge(id, first.sourceId(), first.targetId(), first.cameo(), first.plover(), scored == 0 ? null : goldstein / scored, count);
        }
    }
}
