package org.dyad.quotes;

import org.dyad.actors.ActorFinder;
import org.dyad.actors.Cast;
import org.dyad.annotate.Annotator;
import org.dyad.model.Annotated;
import org.dyad.model.Quote;
import org.dyad.testing.Articles;
import org.dyad.time.TimeResolver;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each construction on hand-written paragraphs (invented people), published Wednesday 7 May 2025. */
class QuoteFinderTest {
    private static final String PUBLISHED = "2025-05-07";

    static List<Quote> find(String text) {
        Annotated doc = Annotator.shared().annotate(Articles.narration(text, PUBLISHED));
        Cast cast = ActorFinder.standard().find(doc);
        List<Quote> quotes = QuoteFinder.standard().find(doc, cast, new TimeResolver().resolve(doc));
        // offsets frame the words exactly; a quote over paragraphs drops the blank line and the reopening mark
        quotes.forEach(q -> assertThat(text.substring(q.start(), q.end()).replaceAll("\\s*\n\\s*[“\"]", " "))
                .as("offsets of " + q.text()).isEqualTo(q.text()));
        return quotes;
    }

    /** "text | speaker | date" for each direct quote, speaker "-" when there is none. */
    private static List<String> described(String text) {
        return described(text, Quote.Kind.DIRECT);
    }

    /** "text | speaker | date" for each quote of this kind. */
    static List<String> described(String text, Quote.Kind kind) {
        return find(text).stream().filter(q -> q.kind() == kind)
                .map(q -> q.text() + " | " + (q.speaker() == null ? "-" : q.speaker().name()) + " | " + q.date()).toList();
    }

    @Test
    void aQuoteBeforeItsCueTakesTheSubjectAndTheDateOfTheCue() {
        assertThat(described("“The border will stay open,” Kenyan President William Ruto said on Monday."))
                .containsExactly("The border will stay open | William Ruto | 2025-05-05");
    }

    @Test
    void straightMarksAndAQuoteAfterItsCueUndatedTakePublication() {
        assertThat(described("Kenyan President William Ruto told reporters: \"We are ready to talk.\""))
                .containsExactly("We are ready to talk. | William Ruto | " + PUBLISHED);
    }

    @Test
    void aPartialQuoteBelongsToTheSubjectOfTheVerbWhoseClauseHoldsIt() {
        assertThat(described("Kenyan President William Ruto compared the rebels to “hired guns” and left."))
                .containsExactly("hired guns | William Ruto | " + PUBLISHED);
        assertThat(described("Speaking in Nairobi on Monday, William Ruto said trade would grow, claiming “our ports are the best in Africa” without proof."))
                .containsExactly("our ports are the best in Africa | William Ruto | 2025-05-05");
    }

    @Test
    void aQuoteSentenceWithoutCueSpeaksWithTheSentenceBefore() {
        assertThat(described("“We will rebuild,” William Ruto said. “Nothing will stop us.”"))
                .containsExactly("We will rebuild | William Ruto | " + PUBLISHED, "Nothing will stop us. | William Ruto | " + PUBLISHED);
    }

    @Test
    void aQuoteOverTwoParagraphsIsOneQuoteOfTheSpeakerNamedAtItsEnd() {
        String text = "Foreign Ministry spokeswoman Amina Hassan said the army “crossed the border at dawn.\n\n"
                + "“Such acts violate our sovereignty and will be answered,” she said.";
        List<Quote> quotes = find(text);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("crossed the border at dawn. Such acts violate our sovereignty and will be answered");
        assertThat(quotes.get(0).speaker().name()).isEqualTo("Amina Hassan");
    }

    @Test
    void aQuoteWithinAQuoteBelongsToWhoeverItsCueNames() {
        List<String> quotes = described("Spokeswoman Amina Hassan told reporters, “We asked again, and William Ruto answered, ’Come to Nairobi.’ So we went.”");
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0)).startsWith("We asked again").endsWith("| Amina Hassan | " + PUBLISHED);
        assertThat(quotes.get(1)).isEqualTo("Come to Nairobi. | William Ruto | null");
    }

    @Test
    void accordingToNamesTheSpeaker() {
        assertThat(described("According to William Ruto, “the talks failed.”"))
                .containsExactly("the talks failed. | William Ruto | " + PUBLISHED);
    }

    @Test
    void aCoinedPhraseOrTitleIsNoQuote() {
        assertThat(find("William Ruto is pushing a “Blue Economy Plan” to reshape the coast.")).isEmpty();
        assertThat(find("The ministry screened the film “Long Road” in Nairobi.")).isEmpty();
    }

    @Test
    void aQuoteWithNoSpeakerAnywhereIsKeptWithoutOne() {
        assertThat(described("The talks ended at noon.\n\n“Enough is enough, we want peace now.”\n\nThe crowd left."))
                .containsExactly("Enough is enough, we want peace now. | - | " + PUBLISHED);
    }

    @Test
    void unbalancedMarksNeitherCrashNorSwallowTheNextParagraph() {
        assertThat(described("William Ruto said “the talks failed and we will leave.\n\nThe delegates went home on Tuesday."))
                .containsExactly("the talks failed and we will leave. | William Ruto | " + PUBLISHED);
        assertThat(find("The talks failed” and the delegates went home.")).isEmpty();
    }

    @Test
    void apostrophesMakeNoQuotes() {
        assertThat(described("Gondor’s envoy said the ’90s were better and that he didn't know the leaders’ plans.")).isEmpty();
    }

    @Test
    void aHeadlineQuotesWithSingleMarksAndANameAndColon() {
        List<String> quotes = described("Ruto calls the deal ‘a betrayal’\n\nWilliam Ruto: \"We will not sign\"\n\nThe talks in Nairobi ended on Tuesday.");
        assertThat(quotes).contains("We will not sign | William Ruto | " + PUBLISHED);
        assertThat(quotes).anyMatch(q -> q.startsWith("a betrayal | "));
    }
}
