package org.dyad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import org.dyad.model.Analysis;
import org.dyad.model.Article;
import org.dyad.model.Ids;
import org.dyad.web.pages.AnalyzeView;
import org.dyad.web.pages.Links;
import org.dyad.web.pages.Pages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The analyze page: {@code GET /analyze} shows a form to paste an article, {@code POST /analyze}
 * analyzes and stores it through {@link Analyses} (as the API's POST does) and redirects to its page.
 *
 * <p>Cross-site request forgery: any site a user visits could make the browser post this form to a
 * Dyad on localhost. Two checks refuse that: the form carries a token made at server start, which
 * another origin cannot read (the same-origin policy hides our page from it, and no CORS header
 * opens it); and a browser's {@code Origin} header, when it names a site, must be this server's own. Beyond
 * loopback the API token is needed too (a form cannot set a header, so it is a form field here;
 * {@link WebServer} checks it).
 */
final class AnalyzeForm implements Routes {
    static final String PATH = "/analyze";

    private final Analyses analyses;
    private final String formToken;
    private final boolean needsApiToken;

    AnalyzeForm(Analyses analyses, String formToken, boolean needsApiToken) {
        this.analyses = analyses;
        this.formToken = formToken;
        this.needsApiToken = needsApiToken;
    }

    @Override
    public void addTo(RoutesConfig r) {
        r.get(PATH, ctx -> Pages.render(ctx, "analyze.jte", new AnalyzeView(formToken, needsApiToken)));
        r.post(PATH, this::post);
    }

    private void post(Context ctx) {
        checkSameOrigin(ctx);
        String given = ctx.formParam("csrf");
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), formToken.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("the form token is missing or wrong: reload the analyze page and send it again");
        }
        String text = field(ctx, "text");
        if (text == null) {
            throw new BadRequestResponse("text is required: the article to analyze");
        }
        String published = field(ctx, "published");
        if (published != null) {
            try {
                LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new BadRequestResponse("published must be a date like 2026-01-31, not '" + published + "'");
            }
        }
        String id = Ids.hash(text, 16);             // as the API does: the same text pasted twice is one document
        Analysis a = analyses.analyzeAndStore(new Article(id, "form#" + id, text, field(ctx, "title"), null, field(ctx, "outlet"),
                List.of(), published));
        // 303: the browser follows with a GET, so reloading the article page does not post again.
        ctx.status(HttpStatus.SEE_OTHER).header("Location", Links.document(a.id()));
    }

    /**
     * Refuses a post whose Origin header names another site. "null" is let through to the form-token
     * check: Chrome sends it for our own form, because the pages' Referrer-Policy is no-referrer.
     */
    private static void checkSameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && !origin.equals("null") && host != null && !origin.equals(ctx.scheme() + "://" + host)) {
            throw new ForbiddenResponse("cross-site form posts are refused (Origin " + origin + ")");
        }
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
