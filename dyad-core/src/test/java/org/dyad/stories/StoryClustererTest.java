package org.dyad.stories;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryClustererTest {
    private static final String QUAKE_1 = "A strong earthquake struck Lumbria on Monday, killing twelve people in the mountain town of Orsk.";
    private static final String QUAKE_2 = "Rescuers in Orsk searched the rubble after Monday's Lumbria earthquake, which killed twelve people.";
    private static final String VOTE_1 = "Voters in Kestland elect a new parliament on Sunday; the Green Alliance leads the polls.";
    private static final String VOTE_2 = "The Green Alliance won the Kestland parliament election, taking most seats in Sunday's vote.";

    @Test
    void eachDocumentJoinsItsStoryOrStartsOneNamedAfterIt() {
        StoryClusterer c = new StoryClusterer();
        StoryClusterer.Assignment q1 = c.add(StoryDocument.ofText("q1", "2024-05-06", QUAKE_1));
        StoryClusterer.Assignment v1 = c.add(StoryDocument.ofText("v1", "2024-05-05", VOTE_1));
        StoryClusterer.Assignment q2 = c.add(StoryDocument.ofText("q2", "2024-05-07", QUAKE_2));
        StoryClusterer.Assignment v2 = c.add(StoryDocument.ofText("v2", "2024-05-06", VOTE_2));
        assertThat(q1.started()).isTrue();
        assertThat(q1.story()).isEqualTo("s-q1");
        assertThat(v1.story()).isEqualTo("s-v1");
        assertThat(q2.started()).isFalse();
        assertThat(q2.story()).isEqualTo("s-q1");
        assertThat(q2.similarity()).isGreaterThanOrEqualTo(StoryClusterer.THRESHOLD);
        assertThat(v2.story()).isEqualTo("s-v1");
        assertThat(c.size()).isEqualTo(2);
    }

    @Test
    void aDocumentAddedAgainKeepsItsStory() {
        StoryClusterer c = new StoryClusterer();
        c.add(StoryDocument.ofText("q1", null, QUAKE_1));
        c.add(StoryDocument.ofText("q2", null, QUAKE_2));
        assertThat(c.add(StoryDocument.ofText("q2", null, VOTE_1)).story()).isEqualTo("s-q1");
        assertThat(c.size()).isEqualTo(1);
    }

    @Test
    void theSameWordsMonthsApartAreAnotherStory() {
        StoryClusterer c = new StoryClusterer();
        c.add(StoryDocument.ofText("q1", "2024-05-06", QUAKE_1));
        StoryClusterer.Assignment later = c.add(StoryDocument.ofText("q2", "2024-09-30", QUAKE_2));
        assertThat(later.started()).isTrue();
        // without dates the time window does not apply
        StoryClusterer undated = new StoryClusterer();
        undated.add(StoryDocument.ofText("q1", null, QUAKE_1));
        assertThat(undated.add(StoryDocument.ofText("q2", "2024-09-30", QUAKE_2)).started()).isFalse();
    }

    @Test
    void storiesRestoredFromAStoreAreJoinedByNewDocuments() {
        StoryClusterer c = new StoryClusterer();
        c.restore(StoryDocument.ofText("q1", null, QUAKE_1), "s-old");
        c.restore(StoryDocument.ofText("v1", null, VOTE_1), "s-v1");
        assertThat(c.add(StoryDocument.ofText("q2", null, QUAKE_2)).story()).isEqualTo("s-old");
        assertThat(c.storyOf("q1")).isEqualTo("s-old");
    }

    @Test
    void sharedActorsAndEventsCountAsTerms() {
        StoryDocument bare = new StoryDocument("a", null, "Talks went on.", List.of());
        StoryDocument analyzed = new StoryDocument("a", null, "Talks went on.", List.of("actor:kestland", "event:KES-04-LUM"));
        assertThat(Terms.of(bare)).containsOnlyKeys("talks", "went");
        assertThat(Terms.of(analyzed)).containsKeys("actor:kestland", "event:KES-04-LUM");
    }

    @Test
    void namesInsideASentenceWeighMoreThanOtherWords() {
        var terms = Terms.of(StoryDocument.ofText("a", null, "Officials met Orsk leaders. Orsk agreed."));
        // "Orsk" inside the first sentence is a name; opening the second it is not told apart
        assertThat(terms.get("orsk")).isGreaterThan(terms.get("officials"));
        assertThat(terms.get("leaders")).isEqualTo(1.0);
    }

    @Test
    void aYearWeighsMoreThanANameAndANameMoreThanAWord() {
        var terms = Terms.of(StoryDocument.ofText("a", null, "The champion met Orsk fighters in 2012."));
        assertThat(terms.get("2012")).isGreaterThan(terms.get("orsk"));
        assertThat(terms.get("orsk")).isGreaterThan(terms.get("fighters"));
        // other numbers are plain words
        assertThat(Terms.of(StoryDocument.ofText("b", null, "He won 58 bouts.")).get("58")).isEqualTo(1.0);
    }

    @Test
    void aLargerStoryAsksForACloserMatch() {
        StoryClusterer c = new StoryClusterer(0.2);
        assertThat(c.bar(1)).isEqualTo(0.2);
        assertThat(c.bar(10)).isCloseTo(0.2 * (1 + StoryClusterer.GROWTH * Math.log(10)), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(c.bar(100)).isGreaterThan(c.bar(10));
    }

    @Test
    void wordRarityStartsFromGeneralNews() {
        assertThat(Background.MEANTIME.documents()).isEqualTo(120);
        // before any document, common news words are already less rare than a name never seen
        StoryClusterer informed = new StoryClusterer();
        assertThat(informed.idf("people")).isLessThan(informed.idf("orsk"));
        StoryClusterer blank = new StoryClusterer(StoryClusterer.THRESHOLD, Background.NONE);
        assertThat(blank.idf("people")).isEqualTo(blank.idf("orsk"));
        // the stream adds to the sample: a word seen in every new document grows common
        for (int i = 0; i < 50; i++) {
            informed.add(StoryDocument.ofText("d" + i, null, "Orsk report number " + i));
        }
        assertThat(informed.idf("orsk")).isLessThan(new StoryClusterer().idf("orsk"));
    }

    @Test
    void aBackgroundTableReadsBackAsWritten() {
        Background b = Background.of(List.of("Quake hits Orsk.", "Orsk votes; quake fears."));
        assertThat(b.frequencies()).containsEntry("orsk", 2).containsEntry("votes", 1);
        assertThat(b.table()).contains("#documents\t2\n").contains("orsk\t2\n");
    }
}
