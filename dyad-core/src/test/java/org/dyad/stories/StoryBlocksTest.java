package org.dyad.stories;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoryBlocksTest {
    private static final String QUAKE_1 = "A strong earthquake struck Lumbria on Monday, killing twelve people in the mountain town of Orsk.";
    private static final String QUAKE_2 = "Rescuers in Orsk searched the rubble after Monday's Lumbria earthquake, which killed twelve people.";
    private static final String QUAKE_3 = "Aid reached Orsk, where the Lumbria earthquake killed twelve people; rescuers left the rubble.";
    private static final String VOTE_1 = "Voters in Kestland elect a new parliament on Sunday; the Green Alliance leads the polls.";
    private static final String VOTE_2 = "The Green Alliance won the Kestland parliament election, taking most seats in Sunday's vote.";

    /** One story over three weeks, each report within the window of the one before; an election beside it; two undated reports. */
    private static final List<StoryBlocks.Entry> DOCUMENTS = List.of(
            entry("q1", "2024-05-06", QUAKE_1),
            entry("v1", "2024-05-05", VOTE_1),
            entry("q2", "2024-05-09T08:00:00Z", QUAKE_2),
            entry("v2", "2024-05-06", VOTE_2),
            entry("q3", "2024-05-21", QUAKE_3),
            entry("u1", null, QUAKE_2),
            entry("u2", null, QUAKE_1));

    private static StoryBlocks.Entry entry(String id, String published, String text) {
        return new StoryBlocks.Entry(published, StoryDocument.ofText(id, published, text));
    }

    /** What one clusterer gives over the documents in the library's order. */
    private static Map<String, String> onePass(List<StoryBlocks.Entry> documents) {
        StoryClusterer c = new StoryClusterer();
        Map<String, String> stories = new LinkedHashMap<>();
        documents.stream().sorted(StoryBlocks.ORDER).forEach(e -> stories.put(e.document().id(), c.add(e.document()).story()));
        return stories;
    }

    @Test
    void inOneBlockTheStoriesAreThoseOfOnePass() {
        Map<String, String> stories = new StoryBlocks.Plan(3650, 100).stories(DOCUMENTS);
        assertThat(stories).containsExactlyEntriesOf(onePass(DOCUMENTS));
        assertThat(stories).containsEntry("q3", "s-q1").containsEntry("u1", "s-q1").containsEntry("v2", "s-v1");
    }

    /**
     * A block a day and an undated block a document: the earthquake story crosses four boundaries
     * (into q2's and q3's days, then into each undated block) and is still one story, named after its
     * first report; the election stays apart.
     */
    @Test
    void aStoryCrossingBlockBoundariesIsOneStory() {
        StoryBlocks.Plan daily = new StoryBlocks.Plan(1, 1);
        Map<String, String> stories = daily.stories(DOCUMENTS);
        assertThat(stories).containsExactlyInAnyOrderEntriesOf(onePass(DOCUMENTS));
        assertThat(stories).containsEntry("q2", "s-q1").containsEntry("q3", "s-q1")
                .containsEntry("u1", "s-q1").containsEntry("u2", "s-q1")
                .containsEntry("v2", "s-v1");
        // The boundaries are real: q3's block clusters q2's lead-in and q3, and points back through q2.
        List<StoryBlocks.Local> q3Block = StoryBlocks.cluster(List.of(DOCUMENTS.get(2)), List.of(DOCUMENTS.get(4)));
        assertThat(q3Block).containsExactly(new StoryBlocks.Local("q3", null, "q2"));
    }

    /**
     * The same words months later are another story, and the undated reports, which one JVM would put
     * on the earthquake story, can only join a story of the window before the last dated day: the rule
     * that keeps the undated block's lead-in bounded.
     */
    @Test
    void theUndatedJoinOnlyStoriesOfTheLastWindow() {
        List<StoryBlocks.Entry> withLate = new ArrayList<>(DOCUMENTS);
        withLate.add(entry("late", "2024-09-30", QUAKE_1));
        Map<String, String> stories = new StoryBlocks.Plan(3650, 100).stories(withLate);
        assertThat(stories).containsEntry("q3", "s-q1").containsEntry("late", "s-late")
                .containsEntry("u1", "s-late").containsEntry("u2", "s-late");
        assertThat(onePass(withLate)).containsEntry("late", "s-late").containsEntry("u1", "s-q1");
    }

    @Test
    void aLeadInOutsideTheWindowIsNotRead() {
        StoryBlocks.Plan daily = new StoryBlocks.Plan(1, 1);
        java.time.LocalDate may9 = java.time.LocalDate.parse("2024-05-09");
        List<Long> later = daily.leadInto(daily.block(may9), may9, java.time.LocalDate.parse("2024-09-30"));
        assertThat(later).hasSize(StoryClusterer.WINDOW_DAYS).doesNotContain(StoryBlocks.UNDATED)
                .last().isEqualTo(daily.block(may9.plusDays(StoryClusterer.WINDOW_DAYS)));
        assertThat(daily.leadInto(daily.undatedBlock(0), null, may9)).containsExactly(daily.undatedBlock(1));
    }

    @Test
    void resolvingFollowsPointersBackToTheBlockWhereTheStoryStarted() {
        List<StoryBlocks.Local> pointedAt = new ArrayList<>(List.of(
                new StoryBlocks.Local("c", null, "b"), new StoryBlocks.Local("b", null, "a"), new StoryBlocks.Local("a", "s-a", null)));
        assertThat(StoryBlocks.resolve(pointedAt)).containsEntry("c", "s-a").containsEntry("b", "s-a").containsEntry("a", "s-a");
        assertThat(StoryBlocks.story(new StoryBlocks.Local("d", null, "c"), StoryBlocks.resolve(pointedAt))).isEqualTo("s-a");
    }
}
