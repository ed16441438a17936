package org.dyad.quotes;

import org.dyad.model.Quote;
import org.dyad.model.Quote.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reported speech as quotes, on hand-written paragraphs (invented people), published Wednesday
 * 7 May 2025; {@link QuoteFinderTest#find} also checks that each quote's offsets frame its text.
 */
class IndirectSpeechTest {
    private static final String PUBLISHED = "2025-05-07";

    private static List<String> reported(String text) {
        return QuoteFinderTest.described(text, Kind.INDIRECT);
    }

    @Test
    void saidThatReportsTheClauseWithoutThatAndDatesItByTheSpeechVerb() {
        assertThat(reported("Kenyan President William Ruto said on Monday that the border would reopen next week."))
                .containsExactly("the border would reopen next week | William Ruto | 2025-05-05");
    }

    @Test
    void saidWithoutThatAndUndatedTakesPublication() {
        assertThat(reported("William Ruto said the border would reopen."))
                .containsExactly("the border would reopen | William Ruto | " + PUBLISHED);
    }

    @Test
    void toldReportersReportsItsClauseWithOrWithoutThat() {
        assertThat(reported("William Ruto told reporters that the talks had failed."))
                .containsExactly("the talks had failed | William Ruto | " + PUBLISHED);
        assertThat(reported("William Ruto told reporters the talks had failed."))
                .containsExactly("the talks had failed | William Ruto | " + PUBLISHED);
    }

    @Test
    void aPronounSpeakerResolvesThroughTheCast() {
        assertThat(reported("William Ruto arrived in Nairobi on Monday. He said the talks would resume in June."))
                .containsExactly("the talks would resume in June | William Ruto | " + PUBLISHED);
    }

    @Test
    void accordingToNamesTheSpeakerOfTheRestOfTheSentence() {
        assertThat(reported("According to William Ruto, the ceasefire collapsed overnight."))
                .containsExactly("the ceasefire collapsed overnight | William Ruto | " + PUBLISHED);
        assertThat(reported("The ceasefire collapsed overnight, according to William Ruto."))
                .containsExactly("The ceasefire collapsed overnight | William Ruto | " + PUBLISHED);
    }

    @Test
    void accordingToSomethingThatIsNoActorIsNoSpeech() {
        assertThat(reported("According to the latest figures, exports fell by a third.")).isEmpty();
    }

    @Test
    void anIndirectQuoteIsMarkedIndirectAndItsOffsetsFrameTheClause() {
        String text = "William Ruto said that the border would reopen.";
        List<Quote> quotes = QuoteFinderTest.find(text);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Kind.INDIRECT);
            assertThat(q.post()).isNull();
            assertThat(text.substring(q.start(), q.end())).isEqualTo("the border would reopen");
        });
    }

    @Test
    void aNegatedSpeechVerbReportsNothing() {
        assertThat(reported("William Ruto did not say that the border would reopen.")).isEmpty();
        assertThat(reported("William Ruto never said the border would reopen.")).isEmpty();
    }

    @Test
    void aVerbOfThoughtOrDenialReportsNothing() {
        assertThat(reported("William Ruto believes that the border will reopen.")).isEmpty();
        assertThat(reported("William Ruto hopes the border will reopen.")).isEmpty();
        assertThat(reported("William Ruto knows that the border will reopen.")).isEmpty();
        assertThat(reported("William Ruto denied that the border had closed.")).isEmpty();
    }

    @Test
    void aSpeechVerbInsideADirectQuoteIsTheSpeakersWordsNotAReport() {
        String text = "“My brother said the border would reopen, but nobody believed him,” William Ruto said.";
        assertThat(reported(text)).isEmpty();
        assertThat(QuoteFinderTest.described(text, Kind.DIRECT))
                .containsExactly("My brother said the border would reopen, but nobody believed him | William Ruto | " + PUBLISHED);
    }

    @Test
    void aClauseInQuotationMarksIsADirectQuoteOnly() {
        assertThat(reported("William Ruto said, “The border will reopen on Friday.”")).isEmpty();
        assertThat(reported("“The border will reopen on Friday,” William Ruto said.")).isEmpty();
        assertThat(reported("According to William Ruto, “the talks failed.”")).isEmpty();
        assertThat(reported("William Ruto said the border would “reopen very soon.”")).isEmpty();
    }

    @Test
    void aQuoteWithinAReportedClauseKeepsBoth() {
        List<Quote> quotes = QuoteFinderTest.find("William Ruto said the rebels, whom he called “hired guns,” had crossed the border.");
        assertThat(quotes).extracting(Quote::kind).contains(Kind.DIRECT, Kind.INDIRECT);
        assertThat(quotes).filteredOn(q -> q.kind() == Kind.INDIRECT).singleElement()
                .satisfies(q -> assertThat(q.text()).startsWith("the rebels").endsWith("had crossed the border"));
    }

    @Test
    void aSpeechVerbWithAnObjectAndNoClauseReportsNothing() {
        assertThat(reported("William Ruto told reporters about the plan and left for Mombasa.")).isEmpty();
        assertThat(reported("William Ruto said a few words and left.")).isEmpty();
    }

    @Test
    void aParticipleAfterTheClauseIsTheSpeakersActNotPartOfTheReport() {
        assertThat(reported("William Ruto said the talks would resume, describing them as vital for the region."))
                .containsExactly("the talks would resume | William Ruto | " + PUBLISHED);
    }

    @Test
    void suggestingThatIsNoReport() {
        assertThat(reported("William Ruto withdrew the troops on Monday, suggesting that the talks may resume.")).isEmpty();
    }

    @Test
    void aPassiveWithNoAgentNamesNobodyAndIsLeftOut() {
        assertThat(reported("It was said that the border would reopen.")).isEmpty();
    }

    @Test
    void aReportWithinAReportGivesEachSpeakerTheirClause() {
        assertThat(reported("William Ruto said that Amina Hassan had told him that the border would reopen."))
                .containsExactlyInAnyOrder("Amina Hassan had told him that the border would reopen | William Ruto | " + PUBLISHED,
                        "the border would reopen | Amina Hassan | " + PUBLISHED);
    }
}
