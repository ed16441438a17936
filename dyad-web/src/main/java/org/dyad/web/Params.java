package org.dyad.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.dyad.web.search.SearchQuery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads query parameters, turning each bad value into a 400 that names the parameter. */
public final class Params {
    static final int DEFAULT_LIMIT = 50;
    /** Paging is capped so that no request can ask the store for everything at once. */
    static final int MAX_LIMIT = 500;
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern ROOT = Pattern.compile("\\d\\d");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_]{1,40}");

    private Params() {
    }

    public static int limit(Context ctx) {
        int limit = integer(ctx, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestResponse("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return limit;
    }

    public static int offset(Context ctx) {
        int offset = integer(ctx, "offset", 0);
        if (offset < 0) {
            throw new BadRequestResponse("offset must not be negative");
        }
        return offset;
    }

    public static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date like 2026-01-31, not '" + v + "'");
        }
    }

    /** A parameter's value, null when absent or empty. */
    public static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** A three-letter ISO country code, upper-cased. */
    public static String country(Context ctx, String name) {
        return matching(ctx, name, CODE, "a three-letter country code like USA");
    }

    public static String cameoRoot(Context ctx) {
        return matching(ctx, "cameo", ROOT, "a two-digit CAMEO root like 04");
    }

    public static String plover(Context ctx) {
        return matching(ctx, "plover", WORD, "a PLOVER type like CONSULT");
    }

    /** The search a request asks for: {@code q} and the filters of {@link SearchQuery}; null when there is no {@code q}. */
    public static SearchQuery search(Context ctx) {
        String q = text(ctx, "q");
        String sort = text(ctx, "sort");
        return q == null ? null : new SearchQuery(q, date(ctx, "from"), date(ctx, "to"), text(ctx, "outlet"), country(ctx, "country"),
                plover(ctx), text(ctx, "language"), sort == null ? null : SearchQuery.Order.of(sort));
    }

    private static String matching(Context ctx, String name, Pattern p, String what) {
        String v = text(ctx, name);
        if (v != null && !p.matcher(v).matches()) {
            throw new BadRequestResponse(name + " must be " + what + ", not '" + v + "'");
        }
        return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }

    private static int integer(Context ctx, String name, int absent) {
        String v = text(ctx, name);
        try {
            return v == null ? absent : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number, not '" + v + "'");
        }
    }
}
