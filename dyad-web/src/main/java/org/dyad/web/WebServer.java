package org.dyad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.ParsedEndpoint;
import org.dyad.store.Store;
import org.dyad.web.pages.Pages;
import org.dyad.web.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dyad's web server: the JSON API and the server-rendered pages over a store, on Javalin.
 *
 * <pre>{@code
 * WebServer server = WebServer.start(store, dyad::analyze, ServeOptions.local(8080));
 * System.out.println(server.url());
 * }</pre>
 *
 * <p>Errors of every kind leave as JSON {@code {status, message}}, never a stack trace. When it
 * listens beyond loopback, POST requests need the token ({@code Authorization: Bearer TOKEN}).
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Set<HandlerType> ROUTE_TYPES = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;
    private final SearchIndex index;
    private final ServeOptions options;
    private final String token;
    private final boolean tokenGenerated;

    private WebServer(Javalin app, SearchIndex index, ServeOptions options, String token, boolean tokenGenerated) {
        this.app = app;
        this.index = index;
        this.options = options;
        this.token = token;
        this.tokenGenerated = tokenGenerated;
    }

    /** Starts serving the store; fails if the port is taken or the host cannot be bound. */
    public static WebServer start(Store store, Analyzer analyzer, ServeOptions options) {
        boolean guarded = options.beyondLoopback();
        boolean generated = guarded && options.token() == null;
        String token = generated ? newToken() : options.token();
        SearchIndex index = SearchIndex.open(store);
        Analyses analyses = new Analyses(store, analyzer, index);
        List<Routes> groups = List.of(new Api(store, index, analyses, new Exports(store)), new Pages(store, index),
                new AnalyzeForm(analyses, newToken(), guarded));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/dyad/web/static";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();        // ECharts and Cytoscape.js from their webjars: no CDN, works offline
            config.routes.before(ctx -> guard(ctx, token, guarded));
            config.routes.before(WebServer::secure);
            for (Routes g : groups) {
                g.addTo(config.routes);
            }
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
            });
        });
        try {
            app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        return new WebServer(app, index, options, token, generated);
    }

    /** Refuses a write without the token when the server is reachable from beyond this machine. */
    private static void guard(Context ctx, String token, boolean guarded) {
        if (!guarded || ctx.method() != HandlerType.POST) {
            return;
        }
        String given = ctx.header("Authorization");
        String expected = "Bearer " + token;
        if (given == null && ctx.path().equals(AnalyzeForm.PATH) && ctx.formParam("token") != null) {
            given = "Bearer " + ctx.formParam("token");   // a browser form cannot set a header: the analyze form sends a field
        }
        // Constant-time comparison: the time taken tells nothing of how much of a guess was right.
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new UnauthorizedResponse("this server listens beyond loopback: POST needs the header 'Authorization: Bearer TOKEN' (the analyze form: its token field)");
        }
    }

    /**
     * Headers for every response. Pages hold text from documents, which is untrusted: the templates
     * escape it, and the policy refuses inline and foreign scripts should anything slip through.
     */
    private static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("status", status, "message", message == null ? HttpStatus.forStatus(status).getMessage() : message));
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The port it listens on (the one chosen when asked for 0). */
    public int port() {
        return app.port();
    }

    /** Where to point a browser or client. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** The token POST requests need, or null when none is needed (loopback without a token). */
    public String token() {
        return token;
    }

    /** Whether the token was made up at start, so the caller should print it once. */
    public boolean tokenGenerated() {
        return tokenGenerated;
    }

    /** The API routes the server answers, as "GET /api/v1/documents/{id}", for checks that the docs list them all. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map((ParsedEndpoint p) -> p.endpoint)
                .filter(e -> ROUTE_TYPES.contains(e.method) && e.path.startsWith(Api.BASE + "/")).map(e -> e.method + " " + e.path)
                .sorted().toList();
    }

    @Override
    public void close() {
        app.stop();
        index.close();
    }
}
