package org.dyad.clean;

import org.dyad.language.LanguageDetector;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dropped;
import org.dyad.model.Dropped.Reason;
import org.dyad.model.Post;
import org.dyad.model.Published;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates a pasted article's narration from everything else: title and header lines, dateline,
 * bylines, section headings, boilerplate and embedded social posts. Rules go by the shape of a
 * line, never by the words of a particular site.
 *
 * <p>The cascade, in {@link #clean(Article)}: (1) posts, which may span several lines; then each
 * remaining line in turn is (2) boilerplate, (3) a byline, (4) a header line with a date, (5) the
 * title, (6) a section heading, or else (7) narration, whose first paragraph may open with a
 * dateline. Last, (8) the publication date is chosen and (9) languages are told.
 */
public final class Cleaner {
    /** Longest line taken as a title, in words. */
    static final int MAX_TITLE_WORDS = 25;
    /** Longest line taken as a section heading, in words. */
    static final int MAX_HEADING_WORDS = 14;
    /** Longest header line (outlet, "Updated: …"), in words. */
    static final int MAX_HEADER_WORDS = 20;
    /** Enough narration for a sure language guess (lingua is sure well below this); more only costs time. */
    static final int LANGUAGE_SAMPLE_CHARS = 600;

    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]+)*(?:, ?\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*)*)?)"
                    + "(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:, \\d{4})?)?"
                    + "(?: ?\\([^)]{1,40}\\))?\\s*(?::|—|–|--| -)\\s+(?=\\S)");
    private static final Pattern BYLINE = Pattern.compile("^By\\s+(.{3,120})$");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,4}");
    private static final Pattern HEADER_WORD = Pattern.compile(
            "\\b(?:updated|published|posted|last modified|modified)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEGMENT_SPLIT = Pattern.compile(
            "\\s+[-–—|•]\\s+|^[-–—|•]\\s*|\\s*[-–—|•]$|,\\s+(?=(?i:updated|published|posted|last modified)\\b)");
    private static final Pattern OUTLET_NAME = Pattern.compile(
            "(?:The |the )?\\p{Lu}[\\p{L}&.'’-]*(?: (?:of|the|and|&|\\p{Lu}[\\p{L}&.'’-]*)){0,5}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;,\"”’)\\]]$");

    private final Boilerplate boilerplate = Boilerplate.load();
    private final LanguageDetector languages;

    public Cleaner(LanguageDetector languages) {
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** Cleans one article. Never fails on odd layouts: at worst, more stays in the narration. */
    public CleanArticle clean(Article article) {
        List<String> lines = article.text().lines().map(String::strip).toList();
        Sorting s = new Sorting(article);

        // (1) embedded posts, which may take lines on both sides of their attribution
        for (PostFinder.Found p : PostFinder.find(lines)) {
            s.posts.add(new Post(p.author(), p.handle(), p.date(), languages.detect(p.text()), p.text()));
            p.lines().stream().forEach(i -> s.taken[i] = true);
            s.dropped.add(new Dropped(p.text(), Reason.POST));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!s.taken[i] && !lines.get(i).isEmpty()) {
                sortLine(s, lines, i);
            }
        }
        if (s.paragraphs.isEmpty() && s.title != null && s.dropped.size() == 1) { // a lone line is the story, not its title
            s.dropped.removeIf(d -> d.reason() == Reason.TITLE);
            s.addNarration(s.title, s.titleLine);
            s.title = null;
        }
        String text = narration(s.paragraphs);
        // (8) when it was published: metadata, else header, else the newest dated post
        Published published = published(article, s);
        // (9) languages
        String language = languages.detect(text.substring(0, Math.min(text.length(), LANGUAGE_SAMPLE_CHARS)));
        return new CleanArticle(article, firstNonNull(article.title(), s.title), firstNonNull(article.outlet(), s.outlet),
                s.dateline, authors(article, s), published, language, text, s.headings, s.posts, s.dropped);
    }

    private void sortLine(Sorting s, List<String> lines, int i) {
        String line = lines.get(i);
        Optional<Reason> junk = boilerplate.reason(line);
        if (junk.isPresent()) {                                   // (2) boilerplate
            s.drop(line, junk.get());
            if (junk.get() == Reason.CONTACT) {
                Boilerplate.contactName(line).ifPresent(s.contactAuthors::add);
            }
        } else if (isByline(line)) {                              // (3) byline
            s.drop(line, Reason.BYLINE);
            bylineNames(line).forEach(s.bylineAuthors::add);
        } else if (s.paragraphs.isEmpty() && isHeader(line)) {    // (4) header with a date
            s.drop(line, Reason.HEADER);
            readHeader(s, line);
        } else if (s.paragraphs.isEmpty() && s.title == null && isTitle(line, s.article)
                && !continuesOnNextLine(lines, i)) {                 // (5) title
            s.drop(line, Reason.TITLE);
            s.title = line;
            s.titleLine = i;
        } else if (isHeading(line) && followedByNarration(s, lines, i)) { // (6) section heading
            s.drop(line, Reason.HEADING);
            s.headings.add(line);
        } else {                                                  // (7) narration
            s.addNarration(s.paragraphs.isEmpty() ? stripDateline(s, line) : line, i);
        }
    }

    private static boolean isByline(String line) {
        Matcher m = BYLINE.matcher(line);
        return m.matches() && !SENTENCE_END.matcher(line).find() && NAME.matcher(m.group(1)).lookingAt();
    }

    private static List<String> bylineNames(String line) {
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : m.group(1).split(",|\\band\\b|&")) {
            String name = part.strip();
            if (NAME.matcher(name).matches()) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean isHeader(String line) {
        Optional<Dates.Found> date = Dates.find(line);
        if (date.isEmpty() || words(line) > MAX_HEADER_WORDS) {
            return false;
        }
        String rest = (line.substring(0, date.get().start()) + line.substring(date.get().end())).strip();
        // "Statistics Norway published its figures on 12 May 2024." is a sentence, not a header
        boolean sentence = line.endsWith(".") && words(rest) > 3 && !HEADER_WORD.matcher(line).lookingAt();
        return !sentence && (HEADER_WORD.matcher(line).find() || words(rest) <= 3 || SEGMENT_SPLIT.matcher(line).find());
    }

    private static void readHeader(Sorting s, String line) {
        Dates.find(line).ifPresent(d -> s.headerDate = d.iso());
        for (String segment : SEGMENT_SPLIT.split(line)) {
            String seg = segment.strip();
            if (!seg.isEmpty() && s.outlet == null && Dates.find(seg).isEmpty() && !HEADER_WORD.matcher(seg).find()
                    && OUTLET_NAME.matcher(seg).matches()) {
                s.outlet = seg;
            }
        }
    }

    private static boolean isTitle(String line, Article article) {
        if (article.title() != null && normalize(article.title()).equals(normalize(line))) {
            return true;
        }
        int n = words(line);
        return n >= 3 && n <= MAX_TITLE_WORDS && startsUpper(line) && !line.matches(".*[.;,:]$");
    }

    /** A hard-wrapped sentence: its next line follows at once and starts in lower case. */
    private static boolean continuesOnNextLine(List<String> lines, int i) {
        return i + 1 < lines.size() && !lines.get(i + 1).isEmpty() && Character.isLowerCase(lines.get(i + 1).charAt(0));
    }

    private static boolean isHeading(String line) {
        int n = words(line);
        return n >= 1 && n <= MAX_HEADING_WORDS && startsUpper(line) && !SENTENCE_END.matcher(line).find()
                && !line.contains("://");
    }

    /** A heading stands before narration; two heading-shaped lines in a row are not headings but a list. */
    private static boolean followedByNarration(Sorting s, List<String> lines, int i) {
        if (s.paragraphs.isEmpty() && s.title == null) {
            return false;
        }
        for (int k = i + 1; k < lines.size(); k++) {
            String next = lines.get(k);
            if (!next.isEmpty() && !s.taken[k]) {
                return !isHeading(next) && SENTENCE_END.matcher(next).find();
            }
        }
        return false;
    }

    /** A dateline opening an article's first paragraph ("NAIROBI, Kenya —"), split off it; empty when there is none. */
    public record Dateline(String place, String marker, String rest) {
    }

    /** The dateline at the start of a first paragraph, by the same rule as for pasted text. */
    public static Optional<Dateline> dateline(String firstParagraph) {
        Matcher m = DATELINE.matcher(firstParagraph);
        return m.find() ? Optional.of(new Dateline(m.group("place"), m.group().strip(), firstParagraph.substring(m.end())))
                : Optional.empty();
    }

    private static String stripDateline(Sorting s, String line) {
        Matcher m = DATELINE.matcher(line);
        if (!m.find()) {
            return line;
        }
        s.dateline = m.group("place");
        s.dropped.add(new Dropped(m.group().strip(), Reason.DATELINE));
        return line.substring(m.end());
    }

    private static Published published(Article article, Sorting s) {
        // metadata is written in many forms ("2024-06-07T09:30:00Z", "03-02-2009"); one that cannot be read is passed over
        Optional<Dates.Found> metadata = Optional.ofNullable(article.published()).flatMap(Dates::find);
        if (metadata.isPresent()) {
            return new Published(metadata.get().iso(), Published.Source.METADATA);
        }
        if (s.headerDate != null) {
            return new Published(s.headerDate, Published.Source.HEADER);
        }
        return s.posts.stream().map(Post::date).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .map(LocalDate::toString).map(d -> new Published(d, Published.Source.INFERRED_FROM_POSTS))
                .orElse(Published.UNKNOWN);
    }

    private static List<String> authors(Article article, Sorting s) {
        if (!article.authors().isEmpty()) {
            return article.authors();
        }
        Set<String> all = new LinkedHashSet<>(s.bylineAuthors);
        all.addAll(s.contactAuthors);
        return List.copyOf(all);
    }

    /** Paragraphs joined by a blank line; a hard-wrapped paragraph's lines are joined back. */
    private static String narration(List<Paragraph> paragraphs) {
        StringBuilder out = new StringBuilder();
        Paragraph previous = null;
        for (Paragraph p : paragraphs) {
            boolean wrapped = previous != null && p.line() == previous.line() + 1
                    && !SENTENCE_END.matcher(previous.text()).find() && Character.isLowerCase(p.text().charAt(0));
            if (previous != null) {
                out.append(wrapped ? " " : "\n\n");
            }
            out.append(p.text());
            previous = p;
        }
        return out.toString();
    }

    private static int words(String line) {
        String t = line.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static boolean startsUpper(String line) {
        int first = line.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse('a');
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    private static String normalize(String s) {
        return s.replaceAll("\\W+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private record Paragraph(String text, int line) {
    }

    /** What the cascade has sorted so far. */
    private static final class Sorting {
        final Article article;
        final boolean[] taken;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<Post> posts = new ArrayList<>();
        final List<Dropped> dropped = new ArrayList<>();
        final List<String> headings = new ArrayList<>();
        final List<String> bylineAuthors = new ArrayList<>();
        final List<String> contactAuthors = new ArrayList<>();
        String title;
        int titleLine;
        String outlet;
        String dateline;
        String headerDate;

        Sorting(Article article) {
            this.article = article;
            this.taken = new boolean[(int) article.text().lines().count()];
        }

        void drop(String line, Reason reason) {
            dropped.add(new Dropped(line, reason));
        }

        void addNarration(String text, int line) {
            if (!text.isBlank()) {
                paragraphs.add(new Paragraph(text.strip(), line));
            }
        }
    }
}
