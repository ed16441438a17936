package org.dyad.clean;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.dyad.language.LanguageDetector;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Post;
import org.dyad.model.Published;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the cleaner on articles assembled from blocks: narration sentences, boilerplate
 * lines, section headings and embedded posts (whole or split around their attribution line),
 * blank-line separated, with or without a title and a dated header line on top.
 */
class CleanerPropertiesTest {
    private static final Cleaner CLEANER = new Cleaner(LanguageDetector.shared());

    /** One piece of a generated article body, with what the cleaner should make of it. */
    sealed interface Block permits Narration, Junk, Heading, PostBlock {
        String raw();
    }

    record Narration(String raw) implements Block {
    }

    record Junk(String raw) implements Block {
    }

    /** A section heading and the narration sentence under it. */
    record Heading(String heading, String sentence) implements Block {
        public String raw() {
            return heading + "\n" + sentence;
        }
    }

    record PostBlock(String raw, String handle, LocalDate date, List<String> sentences) implements Block {
    }

    /** A whole generated article: an optional title and header line (outlet and date), then the body. */
    record Layout(String title, String header, String outlet, LocalDate headerDate, List<Block> body) {
        String raw() {
            String blocks = String.join("\n\n", body.stream().map(Block::raw).toList());
            return title == null ? blocks : title + "\n" + header + "\n\n" + blocks;
        }

        <T extends Block> List<T> only(Class<T> type) {
            return body.stream().filter(type::isInstance).map(type::cast).toList();
        }

        /** The narration paragraphs the cleaner must keep, in order. */
        List<String> narration() {
            List<String> kept = new ArrayList<>();
            for (Block b : body) {
                if (b instanceof Narration n) {
                    kept.add(n.raw());
                } else if (b instanceof Heading h) {
                    kept.add(h.sentence());
                }
            }
            return kept;
        }
    }

    private static CleanArticle clean(Layout layout) {
        return CLEANER.clean(Article.ofText("p", "p.txt", layout.raw()));
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 300)
    void neverThrowsAndNeverInventsTextOnArbitraryInput(
            @ForAll @StringLength(max = 400) @Chars({'\n', ' ', '—', '-', '(', ')', '@', ':', '|', '.', ',', '"', '©', '/'})
            @CharRange(from = 'A', to = 'E') @CharRange(from = 'a', to = 'e') @CharRange(from = '0', to = '9') String text) {
        CleanArticle a = CLEANER.clean(Article.ofText("x", "x.txt", text));

        assertCleanedLinesComeFrom(a, text);
    }

    @Property(tries = 200)
    void everyLineOfTheCleanedTextAppearsInTheInput(@ForAll("articles") Layout layout) {
        assertCleanedLinesComeFrom(clean(layout), layout.raw());
    }

    @Property(tries = 200)
    void narrationIsKeptInOrderAndEverythingElseGoes(@ForAll("articles") Layout layout) {
        CleanArticle a = clean(layout);

        assertThat(a.text().split("\n\n")).filteredOn(s -> !s.isEmpty()).containsExactlyElementsOf(layout.narration());
        layout.only(Junk.class).forEach(junk -> assertThat(a.text()).doesNotContain(junk.raw()));
        layout.only(Heading.class).forEach(h -> assertThat(a.text()).doesNotContain(h.heading()));
        for (PostBlock post : layout.only(PostBlock.class)) {
            assertThat(a.text()).doesNotContain(post.handle()).doesNotContain("pic.twitter.com");
            post.sentences().forEach(w -> assertThat(a.text()).doesNotContain(w));
        }
        if (layout.title() != null) {
            assertThat(a.text()).doesNotContain(layout.title()).doesNotContain(layout.header());
        }
    }

    @Property(tries = 200)
    void titleOutletAndHeadingsAreReadFromTheLayout(@ForAll("articles") Layout layout) {
        CleanArticle a = clean(layout);

        assertThat(a.title()).isEqualTo(layout.title());
        assertThat(a.outlet()).isEqualTo(layout.outlet());
        assertThat(a.headings()).containsExactlyElementsOf(layout.only(Heading.class).stream().map(Heading::heading).toList());
    }

    @Property(tries = 200)
    void everyPostIsFoundWithItsHandleDateAndWholeText(@ForAll("articles") Layout layout) {
        CleanArticle a = clean(layout);

        List<PostBlock> expected = layout.only(PostBlock.class);
        assertThat(a.posts()).extracting(Post::handle).containsExactlyElementsOf(expected.stream().map(PostBlock::handle).toList());
        assertThat(a.posts()).extracting(Post::date).containsExactlyElementsOf(expected.stream().map(PostBlock::date).toList());
        assertThat(a.posts()).extracting(Post::text)
                .containsExactlyElementsOf(expected.stream().map(p -> String.join(" ", p.sentences())).toList());
    }

    @Property(tries = 200)
    void publishedComesFromTheHeaderElseFromTheNewestPost(@ForAll("articles") Layout layout) {
        Published published = clean(layout).published();

        LocalDate newestPost = layout.only(PostBlock.class).stream().map(PostBlock::date)
                .max(Comparator.naturalOrder()).orElse(null);
        if (layout.headerDate() != null) {
            assertThat(published).isEqualTo(new Published(layout.headerDate().toString(), Published.Source.HEADER));
        } else if (newestPost != null) {
            assertThat(published).isEqualTo(new Published(newestPost.toString(), Published.Source.INFERRED_FROM_POSTS));
        } else {
            assertThat(published).isEqualTo(Published.UNKNOWN);
        }
    }

    @Property(tries = 100)
    void metadataPublicationAlwaysWins(@ForAll("articles") Layout layout, @ForAll("dates") LocalDate date) {
        Article article = new Article("m", "m.json", layout.raw(), null, null, null, List.of(), date.toString());

        assertThat(CLEANER.clean(article).published()).isEqualTo(new Published(date.toString(), Published.Source.METADATA));
    }

    @Property(tries = 100)
    void cleaningIsDeterministic(@ForAll("articles") Layout layout) {
        assertThat(clean(layout)).isEqualTo(clean(layout));
    }

    /** Each cleaned line and post word is in the input, up to whitespace: hard-wrapped lines are joined back with a space. */
    private static void assertCleanedLinesComeFrom(CleanArticle a, String input) {
        String flatInput = flat(input);
        assertThat(a.text().lines().filter(l -> !l.isBlank()))
                .allSatisfy(line -> assertThat(flatInput).contains(flat(line)));
        assertThat(a.posts()).allSatisfy(p -> assertThat(flatInput).contains(flat(p.text()).split(" ")));
    }

    private static String flat(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Layout> articles() {
        Arbitrary<Layout> plain = body(false).map(b -> new Layout(null, null, null, null, b));
        Arbitrary<Layout> headed = Combinators.combine(title(), outlet(), dates(), headerFormat(), body(true))
                .as((title, outlet, date, format, body) -> {
                    String dated = date.format(DateTimeFormatter.ofPattern(format.get2(), Locale.ENGLISH));
                    String header = format.get1().formatted(outlet, dated);
                    return new Layout(title, header, header.contains(outlet) ? outlet : null, date, body);
                });
        return Arbitraries.oneOf(plain, headed);
    }

    /** Headings only under a title: with nothing above, a heading-shaped first line is the title. */
    private Arbitrary<List<Block>> body(boolean headings) {
        List<Tuple2<Integer, Arbitrary<? extends Block>>> kinds = new ArrayList<>(List.of(
                Tuple.of(5, narration()), Tuple.of(2, junk()), Tuple.of(2, post())));
        if (headings) {
            kinds.add(Tuple.of(1, heading()));
        }
        return Arbitraries.<Block>frequencyOf(kinds.toArray(Tuple2[]::new)).list().ofMinSize(1).ofMaxSize(12);
    }

    private Arbitrary<String> title() {
        return Arbitraries.of("Talks resume after a long pause", "Harvest delayed by late frost in the valley",
                "Council approves a new bridge", "Strike ends at the northern mines", "Floods close schools in the delta");
    }

    private Arbitrary<String> outlet() {
        return Arbitraries.of("Coastal Daily", "The Andes Wire", "Baltic Courier", "The Morning Ledger");
    }

    /** A header template (outlet, then date as %s) and the date pattern it uses. */
    private Arbitrary<Tuple2<String, String>> headerFormat() {
        return Arbitraries.of(
                Tuple.of("%s | Published: %s", "d MMMM yyyy"),
                Tuple.of("%s • Updated %s", "MMMM d, yyyy"),
                Tuple.of("%s - %s", "yyyy-MM-dd"),
                Tuple.of("Updated %2$s", "MMM d, yyyy"));
    }

    private Arbitrary<Block> heading() {
        Arbitrary<String> heading = Arbitraries.of("Why the talks stalled", "Reaction in the region", "What comes next",
                "A divided council", "Background");
        return Combinators.combine(heading, narration()).as((h, n) -> new Heading(h, n.raw()));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 6_000).map(d -> LocalDate.of(2010, 1, 1).plusDays(d));
    }

    private Arbitrary<Narration> narration() {
        Arbitrary<String> subject = Arbitraries.of("The finance ministry", "The regional council", "The harbour authority",
                "A court in the capital", "The national weather service", "Opposition lawmakers",
                "The central bank", "Farmers in the south", "The teachers' union", "The mining company");
        Arbitrary<String> verb = Arbitraries.of("said", "warned", "announced", "denied", "confirmed", "argued");
        Arbitrary<String> claim = Arbitraries.of("that talks would resume", "that prices had fallen",
                "that the bridge would stay closed", "that no agreement had been reached",
                "that the harvest was late", "that the strike was over");
        Arbitrary<String> when = Arbitraries.of("on Monday", "last week", "in March", "on 4 May 2023",
                "on October 12, 2021", "after a long meeting", "", "in a statement");
        Arbitrary<String> extra = Arbitraries.of("", ", according to local media", ", citing official figures",
                " and added \"we will see\"", ", a claim others on Twitter disputed");
        return Combinators.combine(subject, verb, claim, when, extra)
                .as((s, v, c, w, e) -> new Narration((s + " " + v + " " + c + (w.isEmpty() ? "" : " " + w) + e + ".")));
    }

    private Arbitrary<Block> junk() {
        Arbitrary<String> slug = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(12);
        Arbitrary<String> name = Arbitraries.of("Rosa Menéndez", "Kwame Asante", "Ingrid Halvorsen", "Farid Haddad");
        return Arbitraries.<String>oneOf(
                Arbitraries.of("ADVERTISEMENT", "Advertisement", "Story continues below advertisement",
                        "Comments are closed.", "Please read our comment policy before posting.",
                        "Reprints and permissions", "All rights reserved.", "Sign up for our daily briefing newsletter"),
                Combinators.combine(Arbitraries.integers().between(1990, 2030), Arbitraries.of("Coastal Daily", "Andes Wire"))
                        .as((y, o) -> (y % 2 == 0 ? "© " : "Copyright ") + y + " " + o),
                Combinators.combine(name, slug).as((n, s) -> n + " can be reached at " + s + "@example.org."),
                slug.map(s -> "https://news.example/" + s + "/story"),
                slug.map(s -> "www." + s + ".example/world")
        ).map(Junk::new);
    }

    private Arbitrary<Block> post() {
        Arbitrary<String> author = Arbitraries.of("Lina Park", "Port Authority", "Marco Bellini", "Health Ministry");
        Arbitrary<String> handle = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('_')
                .ofMinLength(3).ofMaxLength(14).map(h -> "@x" + h);
        Arbitrary<List<String>> words = Arbitraries.of("Grateful for the volunteers today",
                        "Roads reopen at noon", "Vote count update coming soon", "Heavy swell expected tonight",
                        "Our doors stay open for everyone", "Thank you Lisbon")
                .list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        Arbitrary<String> format = Arbitraries.of("MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy");
        Arbitrary<String> media = Arbitraries.strings().alpha().numeric().ofLength(10).map(s -> "pic.twitter.com/" + s);
        return Combinators.combine(author, handle, dates(), format, words, media, Arbitraries.of(false, true))
                .as((a, h, d, f, w, m, split) -> {
                    String attribution = "— " + a + " (" + h + ") " + d.format(DateTimeFormatter.ofPattern(f, Locale.ENGLISH));
                    List<String> sentences = w.stream().map(s -> s + ".").toList();
                    String raw = split && sentences.size() > 1
                            ? sentences.get(0) + "\n\n" + attribution + "\n\n"
                              + String.join(" ", sentences.subList(1, sentences.size())) + " " + m
                            : String.join(" ", sentences) + " " + m + "\n\n" + attribution;
                    return new PostBlock(raw, h, d, sentences);
                });
    }
}
