package org.dyad.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches pages and feeds over HTTP(S) with the JDK's client, politely and defensively: a clear
 * User-Agent, a connect timeout and a whole-request timeout, redirects followed by hand up to a
 * limit (so a loop is named, not followed forever), and a size limit enforced while reading, so a
 * huge or endless response costs no more than the limit. Never throws for a bad page: every
 * problem is a {@link Fetch.Failed} with a reason.
 */
public final class PageFetcher {
    /** Identifies Dyad to the sites it reads, as good crawlers do. */
    public static final String USER_AGENT = "Dyad/0.1 (news event extraction; +https://github.com/dyad-project/dyad)";

    /** Limits of one fetch; {@link #DEFAULTS} suit news pages. */
    public record Limits(Duration connectTimeout, Duration timeout, int maxRedirects, long maxBytes) {
    }

    public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 8L << 20);

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private final Limits limits;
    private final HttpClient client;

    public PageFetcher(Limits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder().connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Fetch fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return new Fetch.Failed(url, "not a URL: " + e.getMessage());
        }
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            if (!seen.add(uri)) {
                return new Fetch.Failed(url, "redirect loop at " + uri);
            }
            Fetch.Failed problem = schemeProblem(url, uri);
            if (problem != null) {
                return problem;
            }
            try {
                HttpResponse<InputStream> response = client.send(request(uri), HttpResponse.BodyHandlers.ofInputStream());
                Optional<String> location = response.headers().firstValue("location");
                if (response.statusCode() / 100 == 3 && location.isPresent()) {
                    response.body().close();
                    uri = uri.resolve(location.get());
                    continue;
                }
                return page(url, uri, response);
            } catch (HttpTimeoutException e) {
                return new Fetch.Failed(url, "timed out after " + limits.timeout().toSeconds() + " s");
            } catch (IOException e) {
                return new Fetch.Failed(url, "cannot fetch: " + e);
            } catch (IllegalArgumentException e) {
                return new Fetch.Failed(url, "bad redirect: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Fetch.Failed(url, "interrupted");
            }
        }
        return new Fetch.Failed(url, "more than " + limits.maxRedirects() + " redirects");
    }

    private static Fetch.Failed schemeProblem(String url, URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? null : new Fetch.Failed(url, "not an http(s) URL: " + uri);
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(limits.timeout()).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
                .GET().build();
    }

    private Fetch page(String url, URI at, HttpResponse<InputStream> response) throws IOException {
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                return new Fetch.Failed(url, "HTTP " + response.statusCode());
            }
            long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
            if (declared > limits.maxBytes()) {
                return new Fetch.Failed(url, tooLarge());
            }
            byte[] body = readBody(in);
            if (body == null) {
                return new Fetch.Failed(url, "timed out after " + limits.timeout().toSeconds() + " s while reading the page");
            }
            if (body.length > limits.maxBytes()) {
                return new Fetch.Failed(url, tooLarge());
            }
            String type = response.headers().firstValue("content-type").orElse("");
            Matcher m = CHARSET.matcher(type);
            return new Fetch.Page(url, at.toString(), body, type, m.find() ? m.group(1) : null);
        }
    }

    /**
     * The body, read one byte past the limit (enough to know it is over, whatever the headers said),
     * or null when it takes longer than the timeout: the client's own timeout ends with the headers,
     * and a page that trickles its body must not hold the poll up.
     */
    private byte[] readBody(InputStream in) throws IOException {
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return read.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            in.close();
            return null;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String tooLarge() {
        return "larger than the limit of " + limits.maxBytes() + " bytes";
    }
}
