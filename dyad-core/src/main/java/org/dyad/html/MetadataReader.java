package org.dyad.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a page's {@link PageMetadata} from, in order of trust: JSON-LD (schema.org's Article types),
 * Open Graph and article meta tags, other common meta names, microdata and {@code <time>}, and last
 * the visible markup ({@code <h1>}, {@code <title>}, the URL's domain).
 */
final class MetadataReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "webpage", "report", "liveblogposting");
    private static final Pattern PROFILE_URL = Pattern.compile("^https?://.*");
    /** An author meta value longer than this is a sentence or a list of tags, not a name. */
    static final int MAX_AUTHOR_CHARS = 80;

    private MetadataReader() {
    }

    static PageMetadata read(Document doc, String url) {
        List<JsonNode> ld = articleJsonLd(doc);
        String title = first(text(ld, n -> n.path("headline")), meta(doc, "og:title"), meta(doc, "twitter:title"),
                own(doc.selectFirst("h1")), doc.title().isBlank() ? null : doc.title().strip());
        String published = first(text(ld, n -> n.path("datePublished")), meta(doc, "article:published_time"),
                meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"),
                meta(doc, "dc.date"), meta(doc, "dcterms.created"), attr(doc, "[itemprop=datePublished]", "content"),
                attr(doc, "[itemprop=datePublished]", "datetime"), attr(doc, "time[datetime]", "datetime"));
        String updated = first(text(ld, n -> n.path("dateModified")), meta(doc, "article:modified_time"),
                meta(doc, "og:updated_time"), meta(doc, "dateModified"), attr(doc, "[itemprop=dateModified]", "content"));
        String canonical = first(absolute(doc.selectFirst("link[rel=canonical]")), meta(doc, "og:url"), blankToNull(url));
        String outlet = first(meta(doc, "og:site_name"), text(ld, n -> n.path("publisher").path("name")), domain(canonical));
        return new PageMetadata(title, authors(doc, ld), published, updated, outlet, language(doc), canonical);
    }

    /** The JSON-LD objects of article types, including those inside an {@code @graph}. */
    private static List<JsonNode> articleJsonLd(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), found);
            } catch (Exception e) {
                // a page's broken JSON-LD is common and costs only the hints it would have given
            }
        }
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, found));
        } else if (node.isObject()) {
            if (isArticle(node.path("@type"))) {
                found.add(node);
            }
            collect(node.get("@graph"), found);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static String text(List<JsonNode> ld, Function<JsonNode, JsonNode> field) {
        for (JsonNode n : ld) {
            JsonNode v = field.apply(n);
            if (v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    private static List<String> authors(Document doc, List<JsonNode> ld) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode n : ld) {
            JsonNode author = n.path("author");
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                addName(names, a.isTextual() ? a.asText() : a.path("name").asText(""));
            }
        }
        if (names.isEmpty()) {
            doc.select("meta[name=author], meta[property=article:author], meta[name=byl], meta[name=dc.creator]")
                    .forEach(m -> addName(names, m.attr("content")));
        }
        if (names.isEmpty()) {
            doc.select("[itemprop=author] [itemprop=name], a[rel=author]").forEach(e -> addName(names, e.text()));
        }
        return List.copyOf(names);
    }

    private static void addName(Set<String> names, String raw) {
        String name = raw.strip().replaceFirst("(?i)^by\\s+", "");
        if (!name.isEmpty() && name.length() <= MAX_AUTHOR_CHARS && !PROFILE_URL.matcher(name).matches()) {
            names.add(name);
        }
    }

    private static String language(Document doc) {
        String lang = first(blankToNull(doc.select("html").attr("lang")), meta(doc, "content-language"),
                attr(doc, "meta[http-equiv=content-language]", "content"), meta(doc, "og:locale"));
        if (lang == null) {
            return null;
        }
        String code = lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return code.length() == 2 ? code : null;
    }

    private static String meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return m == null ? null : blankToNull(m.attr("content"));
    }

    private static String attr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String own(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String absolute(Element link) {
        return link == null ? null : blankToNull(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
    }

    /** The host without {@code www.}, as the outlet of last resort. */
    static String domain(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
