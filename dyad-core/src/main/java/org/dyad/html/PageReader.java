package org.dyad.html;

import org.dyad.clean.Cleaner;
import org.dyad.clean.Dates;
import org.dyad.language.LanguageDetector;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dropped;
import org.dyad.model.Post;
import org.dyad.model.Published;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an HTML page as an article: the same {@link CleanArticle} the cleaner makes of pasted
 * text, so that a page goes through the same analysis and into the same store.
 *
 * <p>The cascade, in {@link #read(Article)}: (1) the page's metadata; (2) embedded social posts,
 * taken out; (3) the body, with readability4j's second opinion where it is short; (4) its headings apart from its narration, the title dropped where the
 * body repeats it, and a dateline split off the first paragraph; (5) the publication date; (6) the language, told from the narration, else as
 * declared. Never fails on odd markup: at worst the narration is empty.
 */
public final class PageReader {
    /** Enough narration for a sure language guess. */
    static final int LANGUAGE_SAMPLE_CHARS = 600;
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<!--.*?-->\\s*)*(?:<\\?xml[^>]*>\\s*)?<(?:!doctype\\s+html|html|head|body)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final LanguageDetector languages;
    private final BodyExtractor bodies = new BodyExtractor();

    public PageReader(LanguageDetector languages) {
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** Whether the text is an HTML page rather than pasted text: it opens as a page does. */
    public static boolean isHtml(String text) {
        return HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).lookingAt();
    }

    /** Reads the page held by the article's text; its {@code url}, else its source, resolves links. */
    public Page read(Article article) {
        String url = article.url() != null ? article.url() : article.source();
        Document doc = Jsoup.parse(article.text(), url.matches("(?i)https?://.*") ? url : "");
        PageMetadata meta = MetadataReader.read(doc, article.url());                      // (1)
        List<Post> posts = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        for (SocialEmbeds.Embedded e : SocialEmbeds.take(doc.body())) {                     // (2)
            posts.add(new Post(e.author(), e.handle(), e.date(), languages.detect(e.text()), e.text()));
            dropped.add(new Dropped(e.text(), Dropped.Reason.POST));
        }
        List<Block> blocks = ReadabilityRescue.rescue(bodies.extract(doc.body()), article.text(), doc.location()); // (3)
        String title = first(article.title(), meta.title());
        List<String> headings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (Block b : blocks) {                                                             // (4)
            if (b.heading() && title != null && same(b.text(), title)) {
                dropped.add(new Dropped(b.text(), Dropped.Reason.TITLE));
            } else if (b.heading()) {
                headings.add(b.text());
                dropped.add(new Dropped(b.text(), Dropped.Reason.HEADING));
            } else {
                paragraphs.add(b.text());
            }
        }
        String dateline = null;
        if (!paragraphs.isEmpty()) {                                                         // (4b) the dateline, as in pasted text
            Optional<Cleaner.Dateline> d = Cleaner.dateline(paragraphs.get(0));
            if (d.isPresent()) {
                dateline = d.get().place();
                dropped.add(new Dropped(d.get().marker(), Dropped.Reason.DATELINE));
                paragraphs.set(0, d.get().rest());
            }
        }
        String text = String.join("\n\n", paragraphs);
        Published published = published(first(article.published(), meta.published()));      // (5)
        String language = text.isBlank() ? meta.language()                                  // (6)
                : Objects.requireNonNullElse(languages.detect(text.substring(0, Math.min(text.length(), LANGUAGE_SAMPLE_CHARS))),
                        Objects.requireNonNullElse(meta.language(), ""));
        Article described = new Article(article.id(), article.source(), article.text(), title,
                first(meta.canonical(), article.url()), first(article.outlet(), meta.outlet()),
                article.authors().isEmpty() ? meta.authors() : article.authors(), published.value());
        CleanArticle clean = new CleanArticle(described, title, described.outlet(), dateline, described.authors(), published,
                language == null || language.isEmpty() ? null : language, text, headings, posts, dropped);
        return new Page(clean, meta.canonical(), iso(meta.updated()));
    }

    private static Published published(String raw) {
        String iso = iso(raw);
        return iso == null ? Published.UNKNOWN : new Published(iso, Published.Source.METADATA);
    }

    /** A date as written in metadata, as ISO 8601 to the minute, or null when it cannot be read. */
    private static String iso(String raw) {
        return raw == null ? null : Dates.find(raw).map(Dates.Found::iso).orElse(null);
    }

    private static boolean same(String a, String b) {
        return norm(a).equals(norm(b)) || norm(b).startsWith(norm(a) + " ");
    }

    private static String norm(String s) {
        return s.replaceAll("\\W+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
