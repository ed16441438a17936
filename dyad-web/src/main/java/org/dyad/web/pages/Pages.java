package org.dyad.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.dyad.model.Analysis;
import org.dyad.record.AnalysisReader;
import org.dyad.store.DocumentFilter;
import org.dyad.store.EventFilter;
import org.dyad.store.EventRow;
import org.dyad.store.Store;
import org.dyad.web.Params;
import org.dyad.web.Routes;
import org.dyad.web.search.SearchIndex;
import org.dyad.web.search.SearchQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The server-rendered pages: each handler gathers a view record from the store and renders its jte
 * template (precompiled at build time, escaping every value for its HTML context). Scripts live in
 * static files, so the Content-Security-Policy can forbid inline ones.
 */
public final class Pages implements Routes {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Enough rows for a page to read; the JSON API pages through the rest. */
    private static final int ROWS = 100;
    /** The actor page's "interacts most with" list: the top of it is what a reader wants. */
    private static final int PARTNERS = 10;

    private final Store store;
    private final SearchIndex index;
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    public Pages(Store store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    @Override
    public void addTo(RoutesConfig r) {
        r.get("/", this::home);
        r.get("/documents/{id}", this::article);
        r.get("/stories/{id}", this::story);
        r.get("/actors/{id}", this::actor);
        r.get("/dyad/{a}/{b}", this::dyad);
        r.get("/network", this::network);
        r.get("/stories/{id}/network", this::storyNetwork);
        r.get("/dyad", ctx -> ctx.redirect(Links.dyad(required(ctx, "a"), required(ctx, "b"))));
    }

    private void home(Context ctx) {
        SearchQuery q = Params.search(ctx);
        render(ctx, "home.jte", new HomeView(q, q == null ? null : index.search(q, Params.limit(ctx), Params.offset(ctx)),
                store.documents(DocumentFilter.ALL, 20, 0).items()));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Analysis a = AnalysisReader.read(store.record(id).orElseThrow(() -> new NotFoundResponse("no document " + id)));
        render(ctx, "article.jte", ArticleView.of(a, store.dropped(id), store.storyOf(id).orElse(null)));
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        Store.StoredStory s = store.story(id).orElseThrow(() -> new NotFoundResponse("no story " + id));
        render(ctx, "story.jte", StoryView.of(tree(s.record()), this::doc));
    }

    private StoryView.Doc doc(String id) {
        return store.record(id).map(AnalysisReader::read)
                .map(a -> new StoryView.Doc(id, a.article().title(), a.article().outlet(), a.article().published().value()))
                .orElse(new StoryView.Doc(id, null, null, null));
    }

    private void actor(Context ctx) {
        String id = ctx.pathParam("id");
        var actor = store.actor(id).orElseThrow(() -> new NotFoundResponse("no actor " + id));
        List<EventRow> events = store.events(EventFilter.ALL.withActor(id), ROWS, 0).items();
        render(ctx, "actor.jte", new ActorView(actor, store.roles(id), store.partners(id, PARTNERS), store.quotes(id, null, ROWS, 0).items(),
                events.stream().filter(e -> id.equals(e.sourceId())).toList(), events.stream().filter(e -> id.equals(e.targetId())).toList()));
    }

    /** The network of a search; the graph itself is fetched by the page's script from the JSON API. */
    private void network(Context ctx) {
        SearchQuery q = Params.search(ctx);         // validates the filters here, so a bad one is a 400 page, not a broken graph
        String data = q == null ? null : "/api/v1/network?" + ctx.queryString();
        render(ctx, "network.jte", new NetworkView(q == null ? "Network" : "Network: " + q.text(), q == null ? null : q.text(), null, data));
    }

    private void storyNetwork(Context ctx) {
        String id = ctx.pathParam("id");
        store.story(id).orElseThrow(() -> new NotFoundResponse("no story " + id));
        render(ctx, "network.jte", new NetworkView("Network of story " + id, null, id,
                "/api/v1/network?story=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)));
    }

    private void dyad(Context ctx) {
        String a = ctx.pathParam("a");
        String b = ctx.pathParam("b");
        render(ctx, "dyad.jte", new DyadView(a, b, store.dyad(a, b), "/api/v1/dyads/" + Links.segment(a) + "/" + Links.segment(b)));
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw new io.javalin.http.BadRequestResponse(name + " is required");
        }
        return v.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** Renders a precompiled template with its view as the page's HTML; the analyze form's routes use it too. */
    public static void render(Context ctx, String template, Object view) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, view, out);
        ctx.html(out.toString());
    }

    private static JsonNode tree(String record) {
        try {
            return JSON.readTree(record);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored story record is not JSON", e);
        }
    }
}
