package org.dyad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.dyad.store.DocumentFilter;
import org.dyad.store.EventFilter;
import org.dyad.store.Page;
import org.dyad.store.Store;
import org.dyad.web.search.SearchIndex;
import org.dyad.web.search.SearchQuery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API under {@value #BASE}: each handler reads its parameters, asks the store (or the
 * {@link Analyses} service for writes) and writes JSON. No analysis logic lives here.
 */
final class Api implements Routes {
    static final String BASE = "/api/v1";
    private static final String JSON = "application/json";

    private final Store store;
    private final Analyses analyses;
    private final Exports exports;
    private final String openApi;
    private final SearchIndex index;
    private final Network network;

    Api(Store store, SearchIndex index, Analyses analyses, Exports exports) {
        this.store = store;
        this.index = index;
        this.analyses = analyses;
        this.exports = exports;
        this.network = new Network(store, index);
        this.openApi = resource("openapi.json");
    }

    @Override
    public void addTo(RoutesConfig r) {
        r.get(BASE + "/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
        r.get(BASE + "/documents", this::documents);
        r.get(BASE + "/documents/{id}", this::document);
        r.post(BASE + "/documents", analyses::post);
        r.get(BASE + "/stories", this::stories);
        r.get(BASE + "/stories/{id}", this::story);
        r.get(BASE + "/events", this::events);
        r.get(BASE + "/quotes", this::quotes);
        r.get(BASE + "/actors", this::actors);
        r.get(BASE + "/actors/{id}", this::actor);
        r.get(BASE + "/dyads/{a}/{b}", this::dyad);
        r.get(BASE + "/export/{format}", exports::get);
        r.get(BASE + "/search", this::search);
        r.get(BASE + "/network", network::get);
    }

    private void documents(Context ctx) {
        DocumentFilter f = new DocumentFilter(Params.date(ctx, "from"), Params.date(ctx, "to"), Params.text(ctx, "language"),
                Params.text(ctx, "outlet"));
        ctx.json(store.documents(f, Params.limit(ctx), Params.offset(ctx)));
    }

    /** The document's analysis record, exactly as stored: the contract's JSON line. */
    private void document(Context ctx) {
        String id = ctx.pathParam("id");
        String record = store.record(id).orElseThrow(() -> new NotFoundResponse("no document " + id));
        ctx.contentType(JSON).result(record);
    }

    private void stories(Context ctx) {
        int limit = Params.limit(ctx);
        int offset = Params.offset(ctx);
        List<Store.StoredStory> all = store.stories();
        List<Map<String, Object>> items = all.stream().skip(offset).limit(limit)
                .map(s -> Map.<String, Object>of("id", s.id(), "documents", s.documents(), "events", s.events())).toList();
        ctx.json(new Page<>(items, all.size(), limit, offset));
    }

    /** The story's record, as stored: its documents, merged events, quote variants and dyads. */
    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        Store.StoredStory s = store.story(id).orElseThrow(() -> new NotFoundResponse("no story " + id));
        ctx.contentType(JSON).result(s.record());
    }

    private void events(Context ctx) {
        ctx.json(store.events(eventFilter(ctx), Params.limit(ctx), Params.offset(ctx)));
    }

    private static EventFilter eventFilter(Context ctx) {
        return new EventFilter(Params.country(ctx, "country"), Params.plover(ctx), Params.cameoRoot(ctx), Params.date(ctx, "from"),
                Params.date(ctx, "to"), Params.text(ctx, "actor"), Params.text(ctx, "document"));
    }

    private void quotes(Context ctx) {
        ctx.json(store.quotes(Params.text(ctx, "speaker"), Params.text(ctx, "document"), Params.limit(ctx), Params.offset(ctx)));
    }

    private void actors(Context ctx) {
        ctx.json(store.actors(Params.country(ctx, "country"), Params.limit(ctx), Params.offset(ctx)));
    }

    /** An actor with a page of its quotes and of its events as source and as target (the same paging for each). */
    private void actor(Context ctx) {
        String id = ctx.pathParam("id");
        int limit = Params.limit(ctx);
        int offset = Params.offset(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("actor", store.actor(id).orElseThrow(() -> new NotFoundResponse("no actor " + id)));
        out.put("quotes", store.quotes(id, null, limit, offset));
        out.put("events", store.events(EventFilter.ALL.withActor(id), limit, offset));
        ctx.json(out);
    }

    /** The monthly series of a pair, as {@code dyad dyad A B} prints it (both call {@link Store#dyad}). */
    private void dyad(Context ctx) {
        ctx.json(store.dyad(ctx.pathParam("a"), ctx.pathParam("b")));
    }

    /** Full-text search over articles, quotes, actors and events, with filters; {@code q} is required. */
    private void search(Context ctx) {
        SearchQuery q = Params.search(ctx);
        if (q == null) {
            throw new BadRequestResponse("q is required: the words to search for");
        }
        ctx.json(index.search(q, Params.limit(ctx), Params.offset(ctx)));
    }

    static String resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the dyad-web jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
