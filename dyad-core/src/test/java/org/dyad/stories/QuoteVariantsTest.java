package org.dyad.stories;

import org.dyad.model.QuoteVariant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.stories.Docs.KESTLAND;
import static org.dyad.stories.Docs.MINISTER;
import static org.dyad.stories.Docs.analysis;
import static org.dyad.stories.Docs.quote;

class QuoteVariantsTest {
    @Test
    void oneRemarkWordedTwoWaysIsOneVariantWithWhatDiffers() {
        var a = analysis("a", null, "x", List.of(), List.of(quote("We will open the border crossing at dawn on Friday", MINISTER)));
        var b = analysis("b", null, "y", List.of(), List.of(quote("We are going to open the border crossing at dawn on Friday. It is time", MINISTER)));
        List<QuoteVariant> found = QuoteVariants.find(List.of(a, b));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.speaker()).isEqualTo(MINISTER);
            assertThat(v.quotes()).extracting(QuoteVariant.Wording::document).containsExactly("a", "b");
            assertThat(v.differs()).containsExactly("b: \"will\" → \"are going to\"", "b: + \"it is time\"");
        });
    }

    @Test
    void otherSpeakersSameWordsOneDocumentOrShortQuotesAreNoVariants() {
        String said = "We will open the border crossing at dawn on Friday";
        var a = analysis("a", null, "x", List.of(), List.of(quote(said, MINISTER), quote("sounds good", MINISTER)));
        var b = analysis("b", null, "y", List.of(), List.of(quote(said, MINISTER), quote("sounds very good", MINISTER),
                quote("We will open the border crossing at dawn on Saturday", KESTLAND)));
        var c = analysis("c", null, "z", List.of(), List.of(quote("We will open the border crossing at dawn on Friday!", MINISTER),
                quote("We will open the border crossing at noon on Friday", MINISTER)));
        assertThat(QuoteVariants.find(List.of(a, b))).isEmpty();
        assertThat(QuoteVariants.find(List.of(c))).isEmpty();
    }

    @Test
    void diffTellsReplacedAddedAndDroppedRuns() {
        assertThat(QuoteVariants.diff(List.of("he", "was", "nice"), List.of("they", "were", "nice", "today")))
                .containsExactly("\"he was\" → \"they were\"", "+ \"today\"");
        assertThat(QuoteVariants.diff(List.of("very", "nice"), List.of("nice"))).containsExactly("− \"very\"");
    }
}
