package org.dyad.quotes;

import org.dyad.actors.ActorFinder;
import org.dyad.actors.Cast;
import org.dyad.annotate.Annotator;
import org.dyad.model.Annotated;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Post;
import org.dyad.model.Published;
import org.dyad.model.Quote;
import org.dyad.testing.Articles;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotations inside embedded posts (invented people and posts), beside a one-line narration. */
class PostQuotesTest {
    private static final String NARRATION = "Kenyan President William Ruto met Foreign Minister Amina Hassan in Nairobi on Tuesday.";
    private static final LocalDate POSTED = LocalDate.of(2025, 5, 6);

    private static Post post(String author, String language, String text) {
        return new Post(author, "@" + author.replace(" ", "").toLowerCase(), POSTED, language, text);
    }

    /** As the facade does: an English post annotated on its own. */
    private static Optional<PostQuotes.Parsed> parse(int index, Post post) {
        if (!"en".equals(post.language())) {
            return Optional.empty();
        }
        CleanArticle c = new CleanArticle(Article.ofText("post" + index, "test.txt", post.text()), null, null, null, List.of(),
                new Published(post.date().toString(), Published.Source.METADATA), "en", post.text(), List.of(), List.of(), List.of());
        Annotated doc = Annotator.shared().annotate(c);
        return Optional.of(new PostQuotes.Parsed(doc, ActorFinder.standard().find(doc)));
    }

    private static List<Quote> find(Post... posts) {
        Annotated doc = Annotator.shared().annotate(Articles.narration(NARRATION, "2025-05-07"));
        Cast cast = ActorFinder.standard().find(doc);
        List<Quote> quotes = PostQuotes.standard().find(List.of(posts), cast, PostQuotesTest::parse);
        quotes.forEach(q -> assertThat(posts[q.post()].text().substring(q.start(), q.end())).as("offsets into the post").isEqualTo(q.text()));
        return quotes;
    }

    /** "text | speaker | post" for each quote. */
    private static List<String> described(Post... posts) {
        return find(posts).stream().map(q -> q.text() + " | " + (q.speaker() == null ? "-" : q.speaker().name()) + " | " + q.post()).toList();
    }

    @Test
    void aQuotationInAPostIsItsAuthorsDatedByThePost() {
        List<Quote> quotes = find(post("Amina Hassan", "en", "Good talks today. \"We will open the border,\" I told the president."));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We will open the border");
            assertThat(q.speaker().name()).isEqualTo("Amina Hassan");
            assertThat(q.speaker().id()).as("the narration's actor").isNotNull();
            assertThat(q.date()).isEqualTo("2025-05-06");
            assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
            assertThat(q.post()).isZero();
        });
    }

    @Test
    void aPostQuotingSomeoneElseGivesTheQuoteToThem() {
        assertThat(described(post("Amina Hassan", "en", "Proud of our work. \"The border stays open,\" William Ruto said tonight.")))
                .containsExactly("The border stays open | William Ruto | 0");
    }

    @Test
    void aSurnameAloneInAPostResolvesToTheNarrationsPerson() {
        List<Quote> quotes = find(post("Amina Hassan", "en", "\"Trade will grow,\" Ruto said after the meeting."));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("William Ruto");
            assertThat(q.speaker().id()).isNotNull();
        });
    }

    @Test
    void aSignatureAfterTheQuoteNamesItsSpeakerInAnyLanguage() {
        assertThat(described(post("Jane Roe", "es", "\"Un gran honor. Amor a Kenia\". William Ruto.")))
                .containsExactly("Un gran honor. Amor a Kenia | William Ruto | 0");
    }

    @Test
    void aSentenceAfterTheQuoteIsNoSignatureAndAnUnknownAuthorHasNoId() {
        List<Quote> quotes = find(post("Jane Roe", "en", "\"We want peace now.\" The crowd cheered in the square."));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Jane Roe");
            assertThat(q.speaker().id()).isNull();
        });
    }

    @Test
    void aPostsOwnWordsAndItsCoinedPhrasesMakeNoQuote() {
        assertThat(find(post("Amina Hassan", "en", "Great meeting with President Ruto today."),
                post("Amina Hassan", "en", "Our \"Blue Economy Plan\" starts in June."))).isEmpty();
    }

    @Test
    void eachQuoteSaysWhichPostItIsIn() {
        assertThat(described(post("Amina Hassan", "en", "No quotation here."),
                post("Jane Roe", "es", "\"Vamos\" — Amina Hassan")))
                .containsExactly("Vamos | Amina Hassan | 1");
    }
}
